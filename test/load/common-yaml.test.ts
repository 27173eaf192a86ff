// The fast reader of common plan YAML (src/load/common-yaml.ts) gives js-yaml's data or
// declines: on every YAML file of the repository, on a generated plan, and on thousands of
// generated documents full of YAML's corners, mutated as a slip of the keyboard would.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../fixtures/generate-plan.mjs';
import { NOT_COMMON, parseCommonYaml } from '../../src/load/common-yaml.js';
import { PACKAGE_ROOT } from '../../src/util/package-paths.js';
import { checkDataShape } from '../../src/validate/data-shape.js';

type Outcome = { kind: 'declined' } | { kind: 'same' };

/** Declined, or the same data as js-yaml (numbers by Object.is, keys in the same order); anything else throws. */
function compare(text: string): Outcome {
  const result = parseCommonYaml(text);
  if (result === NOT_COMMON) return { kind: 'declined' };
  const common = result.data;
  // Clean: the data checks would find nothing (and are skipped).
  if (result.clean && checkDataShape(common).length > 0) throw new Error(`clean, but the data checks find ${JSON.stringify(checkDataShape(common))}:\n${text}`);
  let expected: unknown;
  try {
    expected = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
  } catch (error) {
    throw new Error(`accepted what js-yaml refuses (${(error as Error).message}):\n${text}`);
  }
  if (!isDeepStrictEqual(common, expected) || JSON.stringify(common) !== JSON.stringify(expected)) {
    throw new Error(`differs from js-yaml:\n${text}\ncommon: ${JSON.stringify(common)}\njs-yaml: ${JSON.stringify(expected)}`);
  }
  return { kind: 'same' };
}

function yamlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const temp = mkdtempSync(join(tmpdir(), 'plan-common-yaml-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('common YAML against js-yaml', () => {
  it('every YAML file of the repository: the same data, or declined', () => {
    const files = ['plan', 'examples', 'fixtures'].flatMap((folder) => yamlFiles(join(PACKAGE_ROOT, folder)));
    expect(files.length).toBeGreaterThan(50);
    const outcomes = files.map((file) => compare(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).kind);
    // Most plan files are common YAML; the fixtures of slips are not.
    expect(outcomes.filter((kind) => kind === 'same').length).toBeGreaterThan(files.length / 2);
  });

  it('a generated plan: every file read, the same data', () => {
    generatePlan(join(temp, 'generated'), 1500);
    const files = yamlFiles(join(temp, 'generated'));
    for (const file of files) expect(compare(readFileSync(file, 'utf8'))).toEqual({ kind: 'same' });
  });

  it('reads the shapes plan files use', () => {
    const text = [
      '# comment',
      'schema: plan/v1',
      'kind: indicators   # trailing comment',
      'empty:',
      'indicators:',
      '  - id: gdp-growth',
      '    name: {zh: 地区生产总值增长, en: "GDP growth"}',
      "    quote: 'it''s 5% a year'",
      '    list: [1, -2.5, 007, -0, 0x1F, .inf, ~, true, null, "x", a b]',
      '    nested:',
      '      a: 1',
      '',
      '      b: http://example.com/a?b=c#d',
      '  -   id: second',
      '      target: {kind: level, comparator: ">=", value: 1e3, note: R&D 50%}',
      'indentless:',
      '- a',
      '- {x: 1, }',
      'last: 2021-03-31',
    ].join('\n');
    expect(compare(text)).toEqual({ kind: 'same' });
  });

  it('says unclean whatever the data checks would find', () => {
    const clean = (text: string): boolean => (parseCommonYaml(text) as { clean: boolean }).clean;
    expect(clean('a: 1\nb: [x, {c: d}]\n')).toBe(true);
    for (const text of ['a: .inf\n', 'a: [-.inf]\n', 'constructor: 1\n', 'a: {prototype: 1}\n', 'a: x\u202ey\n', `a: ${'['.repeat(33)}1${']'.repeat(33)}\n`]) {
      expect(clean(text), JSON.stringify(text)).toBe(false);
      expect(checkDataShape((parseCommonYaml(text) as { data: unknown }).data).length, JSON.stringify(text)).toBeGreaterThan(0);
    }
  });

  it('declines what it does not read, and what js-yaml refuses', () => {
    const declined = [
      '',
      '# only a comment\n',
      '- a\n- b\n',
      'a: 1\na: 2\n',
      'a: b: c\n',
      'a:\n  multi\n  line\n',
      'a: first\n  continued\n',
      'a: |\n  block\n',
      'a: "escaped \\n"\n',
      'a: "open\n',
      'a: {b: 1\n',
      'a: {b: 1,\n  c: 2}\n',
      'a:\tb\n',
      'a: b\r\n',
      'True: 1\n',
      '__proto__: 1\n',
      'a: &anchor 1\nb: *anchor\n',
      '---\na: 1\n',
      'a: 1\n---\nb: 2\n',
      '  a: 1\n',
      'a: 1\n  b: 2\n',
      'a: [1, [2, {c: }]]\n',
      'a: 😀\n',
      'a: b #c\n  d: 1\n',
    ];
    for (const text of declined) expect(compare(text), JSON.stringify(text)).toEqual({ kind: 'declined' });
  });

  it('generated documents and their slips: the same data, or declined', () => {
    let same = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SLIPS)), { maxLength: 3 }), (seed, slips) => {
        let text = document(random(seed));
        for (const [at, slip] of slips) {
          const position = at % (text.length + 1);
          text = slip === '' ? text.slice(0, position) + text.slice(position + 1) : text.slice(0, position) + slip + text.slice(position);
        }
        if (compare(text).kind === 'same') same += 1;
      }),
      { numRuns: Number(process.env.COMMON_YAML_RUNS ?? 3000) },
    );
    // Not only declines: many documents are read.
    if (process.env.COMMON_YAML_RUNS) console.log(`read ${same}`);
    expect(same).toBeGreaterThan(Number(process.env.COMMON_YAML_RUNS ?? 3000) / 10);
  });
});

/** What a slip inserts (or '' deletes a character). */
const SLIPS = ['', ' ', '  ', '\n', ':', ': ', '-', '- ', '#', ' #', ',', '{', '}', '[', ']', '"', "'", '\t', 'x'];

function random(seed: number): () => number {
  let state = seed || 1;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const SCALARS = [
  'abc', 'a b c', '指标1', '到2025年达到', 'R&D', 'R & D', 'http://a.b/c?d=e#f', 'a#b', 'x:y', '3.1.1', '2021-03-31', '12:30',
  '0', '7', '007', '-0', '+1', '-12', '1_000', '0x1F', '0o17', '0b101', '1e3', '1.5e3', '.5', '-.5', '1.', '12.50', '-0.0', '0.1',
  '123456789012345678901', '.inf', '-.Inf', '.NaN', 'null', 'Null', 'NULL', '~', 'true', 'TRUE', 'False', 'yes', 'on',
  'nothing', 'tree', 'fa', '-', '--x', '-x', '?x', ':x', 'a, b', 'a]', '%x', '@x', '!x', 'it\'s', 'a  b', 'ünïcödé', 'x@y.z', 'a\u202eb', '1e400',
];
const QUOTED = ['"a b"', '"a: b"', '"#x"', '"x, y"', '"007"', '""', "'a b'", "'it''s'", "''", "'x: y'", '"a \\" b"', '"tab\\tx"'];
const KEYS = ['id', 'name', 'zh', 'en', 'zh-Hant', 'a_b', 'x1', 'kind', 'value', 'source', 'year', 'unit', 'yes', 'On', 'Nope', 'tRue'];
/** Keys js-yaml reads otherwise, or that this reader leaves to it. */
const ODD_KEYS = ['null', 'True', 'FALSE', '1a', '2020', '_x', 'ключ', 'a b', '"q"', '__proto__', 'constructor', 'prototype'];

function document(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const key = (): string => (next() < 0.05 ? pick(ODD_KEYS) : pick(KEYS));
  const scalar = (): string => (next() < 0.8 ? pick(SCALARS) : pick(QUOTED));
  const flow = (depth: number): string => {
    if (depth > 2 || next() < 0.6) return scalar();
    const space = next() < 0.8 ? ' ' : '';
    const entries = Array.from({ length: Math.floor(next() * 4) }, () => flow(depth + 1));
    if (next() < 0.5) return `[${entries.join(`,${space}`)}${next() < 0.1 ? ',' : ''}]`;
    const keys = entries.map(() => key());
    return `{${entries.map((value, i) => `${keys[i]}: ${value}`).join(`,${space}`)}${next() < 0.1 ? ', ' : ''}}`;
  };
  const comment = (): string => (next() < 0.15 ? ` # ${pick(SCALARS)}` : '');
  const lines: string[] = [];
  const block = (indent: number, depth: number): void => {
    const pad = ' '.repeat(indent);
    const count = 1 + Math.floor(next() * 4);
    if (depth > 0 && next() < 0.35) {
      for (let i = 0; i < count; i++) {
        if (next() < 0.4 && depth < 4) {
          // A mapping that starts on the entry's line.
          const first = lines.length;
          block(indent + 2, depth + 1);
          lines[first] = `${pad}- ${lines[first]!.slice(indent + 2)}`;
        } else lines.push(`${pad}- ${flow(depth)}${comment()}`);
      }
      return;
    }
    for (let i = 0; i < count; i++) {
      const name = key();
      const roll = next();
      if (roll < 0.25 && depth < 4) {
        lines.push(`${pad}${name}:${comment()}`);
        const indentless = next() < 0.2;
        if (indentless) {
          for (let j = 0; j < 1 + Math.floor(next() * 3); j++) lines.push(`${pad}- ${flow(depth)}`);
        } else block(indent + (next() < 0.9 ? 2 : 4), depth + 1);
      } else if (roll < 0.3) lines.push(`${pad}${name}:`);
      else lines.push(`${pad}${name}: ${flow(depth)}${comment()}`);
      if (next() < 0.1) lines.push(next() < 0.5 ? '' : `${' '.repeat(Math.floor(next() * 6))}# note`);
    }
  };
  if (next() < 0.3) lines.push('# yaml-language-server: $schema=x');
  block(0, 0);
  return lines.join('\n') + (next() < 0.9 ? '\n' : '');
}
