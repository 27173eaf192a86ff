// The diff reporters: JSON that validates against `plan schema diff`, text from plan files
// with control characters escaped, Markdown cells that cannot break their table, GitHub
// annotations at error level only for the --fail-on reasons.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { comparePlans, type DiffResult } from '../../src/diff/compare.js';
import type { Indicator, LevelTarget } from '../../src/model/types.js';
import { diffReporters, type DiffContext, type FailOn } from '../../src/render/diff-reporters.js';
import { SCHEMAS_DIR } from '../../src/util/package-paths.js';
import { indicator, makePlan, series } from '../engine/plan-builder.js';

const ajv = new ajv2020Module.default({ allErrors: true, strict: false });
const validateDiff = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS_DIR, 'diff.schema.json'), 'utf8')));

const floor: LevelTarget = { kind: 'level', comparator: '>=', value: 20 };

/** A diff with something of everything: a binding target loosened, a rename, an addition, a removal, revisions. */
function everything(): DiffResult {
  const before: Indicator[] = [
    indicator('forest', floor, { attribute: 'binding', quote: 'forest' }),
    indicator('old-name', { kind: 'average-growth', comparator: 'approx', value: 5 }, { quote: 'gdp', no: 1 }),
    indicator('dropped', floor, { quote: 'dropped' }),
  ];
  const after: Indicator[] = [
    indicator('forest', { ...floor, value: 18 }, { attribute: 'binding', quote: 'forest\u001b[2J | and more' }),
    indicator('new-name', { kind: 'average-growth', comparator: 'approx', value: 5.5 }, { quote: 'gdp', no: 1 }),
    indicator('fresh', { ...floor, value: 30 }, { quote: 'fresh' }),
  ];
  return comparePlans(
    makePlan({ indicators: before, observations: [...series('forest', { 2021: 18.5 }), ...series('old-name', { 2021: 8.1 }, { published: '2022-03-01' })] }),
    makePlan({ indicators: after, observations: [...series('forest', { 2021: 18.7 }), ...series('new-name', { 2021: 8.1 }, { published: '2022-03-01' }), ...series('new-name', { 2021: 8.3 }, { published: '2023-01-20' })] }),
  );
}

function context(failOn: FailOn[] = [], failed: FailOn[] = []): DiffContext {
  return {
    old: { label: 'HEAD~1 (abc)', planId: 'test-plan', revision: 1 },
    new: { label: 'working tree (.)', planId: 'test-plan', revision: 1 },
    failOn,
    failed,
    locate: {
      indicator: (id) => ({ file: 'plan/indicators.yaml', line: id === 'forest' ? 12 : 40, col: 5 }),
      observation: () => ({ file: 'plan/observations.yaml', line: 7, col: 12 }),
      planField: () => ({ file: 'plan/plan.yaml', line: 13, col: 11 }),
    },
  };
}

describe('plan-diff/v1 JSON', () => {
  it('validates against the schema that `plan schema diff` prints', () => {
    const output = JSON.parse(diffReporters.json(everything(), context(['loosened'], ['loosened'])));
    const valid = validateDiff(output);
    expect(validateDiff.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(output.schema).toBe('plan-diff/v1');
    expect(output.failed).toEqual(['loosened']);
  });

  it('fails the schema when a change has an unknown effect', () => {
    const output = JSON.parse(diffReporters.json(everything(), context()));
    output.indicators.changed[0].changes[0].effect = 'relaxed';
    expect(validateDiff(output)).toBe(false);
  });
});

describe('text and markdown', () => {
  it('text escapes control characters from plan files', () => {
    const text = diffReporters.text(everything(), context());
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\u001b[2J');
    expect(text).toMatch(/~ old-name → new-name {2}renamed \(same quote and section\)/);
    expect(text).toMatch(/\+ fresh {2}added/);
    expect(text).toMatch(/- dropped {2}removed/);
    expect(text).toMatch(/! forest 2021 \(no publication date\): 18\.5 → 18\.7 {2}suspicious/);
    expect(text).toMatch(/\+ new-name 2021 = 8\.3 \(published 2023-01-20\) {2}new vintage/);
  });

  it('markdown keeps a pipe from a plan file inside its cell', () => {
    const markdown = diffReporters.markdown(everything(), context());
    const quoteRow = markdown.split('\n').find((line) => line.includes('| quote |'));
    expect(quoteRow).toBeDefined();
    expect(quoteRow!.split(/(?<!\\)\|/)).toHaveLength(7);
    expect(markdown).toContain('**1 binding target loosened:** forest');
    expect(markdown).not.toContain('\u001b');
  });
});

describe('github annotations', () => {
  it('a loosened binding target is an ::error only when --fail-on loosened asks', () => {
    const failing = diffReporters.github(everything(), context(['loosened'], ['loosened']));
    expect(failing).toMatch(/^::error file=plan\/indicators\.yaml,line=12,col=5,title=binding target loosened::forest \[binding\]: .*target\.value 20 → 18 \(loosened\)/m);
    const informing = diffReporters.github(everything(), context());
    expect(informing).not.toMatch(/^::error/m);
    expect(informing).toMatch(/^::warning file=plan\/indicators\.yaml,line=12,col=5,title=binding target loosened::/m);
  });

  it('a suspicious revision is a warning at the observation; the rest are notices', () => {
    const out = diffReporters.github(everything(), context());
    expect(out).toMatch(/^::warning file=plan\/observations\.yaml,line=7,col=12,title=suspicious revision::forest 2021/m);
    expect(out).toMatch(/^::notice file=plan\/indicators\.yaml,line=40,col=5,title=indicator added::fresh added$/m);
    expect(out).toMatch(/^::notice title=indicator removed::dropped removed$/m);
    expect(out).toMatch(/^::notice file=plan\/plan\.yaml,line=13,col=11,title=revision not bumped::/m);
    expect(diffReporters.github(everything(), context(['unrevised'], ['unrevised']))).toMatch(/^::error file=plan\/plan\.yaml,line=13,col=11,title=revision not bumped::/m);
  });

  it('a message stays on one line: control characters and line breaks escaped', () => {
    const out = diffReporters.github(everything(), context());
    for (const line of out.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning|notice) /);
    expect(out).not.toContain('\u001b');
  });
});
