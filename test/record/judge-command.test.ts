// plan judge on copies of real plans, in process: the judgement lands under `judgements:`
// of the right observations file with every other line kept, a judgement the plan cannot
// hold (not a milestone) is refused with the finding and writes nothing, and plan show
// lists the evidence dated by its as-of date.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { judgeCommand, type JudgeFlags } from '../../src/commands/judge.js';
import { appendEntry, replaceEntry } from '../../src/edit/record.js';
import { showCommand } from '../../src/commands/show.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { expectEveryLineKept, expectValid, ROOT, workspace } from './edit-helpers.js';
import type { Judgement } from '../../src/model/types.js';
import { UsageError } from '../../src/util/errors.js';

const { temp, copyOf } = workspace('plan-judge-');


const JUDGEMENTS_FILE = join('observations', 'judgements.yaml');
/** A milestone of the embedded plan that no judgement mentions yet. */
const UNJUDGED = 'yangtze-delta-sci-tech-finance-reform-zone';

function judge(folder: string, id: string, flags: Partial<JudgeFlags> = {}) {
  return judgeCommand(id, { status: 'partly', date: '2024-05-10', evidence: 'test evidence', source: 'test source', ...flags, plan: folder }, { cwd: temp });
}

function judgementsIn(file: string): Judgement[] | undefined {
  return (jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { judgements?: Judgement[] }).judgements;
}


/** Every file of a folder, path → bytes. */
function snapshot(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml'));
  return new Map(files.map((name) => [name, readFileSync(join(folder, name))]));
}

function expectUnchanged(folder: string, before: Map<string, Buffer>): void {
  const after = snapshot(folder);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
  expect(readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(lock|tmp|break)$/.test(name))).toEqual([]);
}

/** The minimal fixture with three milestones, and observations files given as name → text (included after observations.yaml). */
function minimalWithMilestones(extraFiles: Record<string, string> = {}): string {
  const folder = copyOf('fixtures/valid/minimal');
  const milestone = (id: string, zh: string) =>
    `  - id: ${id}\n    name: {zh: ${zh}, en: ${id}}\n    unit: "/"\n    direction: increase\n    section: "2.2"\n    quote: 建成${zh}\n    target: {kind: milestone, deliverable: The ${id} opens.}\n`;
  const indicators = join(folder, 'indicators.yaml');
  writeFileSync(indicators, readFileSync(indicators, 'utf8') + milestone('bridge', '大桥') + milestone('tunnel', '隧道') + milestone('port', '港口'));
  const planFile = join(folder, 'plan.yaml');
  const includes = Object.keys(extraFiles).map((name) => `  - ${name}\n`).join('');
  writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('  - observations.yaml\n', `  - observations.yaml\n${includes}`));
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(folder, name), text);
  expectValid(folder);
  return folder;
}

describe('plan judge: round trip', () => {
  it('the embedded Shanghai plan: the entry goes under judgements: of the file holding the indicator, every line kept, parsed back, the plan still valid', () => {
    const folder = copyOf('plan');
    const file = join(folder, JUDGEMENTS_FILE);
    const before = readFileSync(file, 'utf8');
    const others = snapshot(folder);
    others.delete(JUDGEMENTS_FILE);
    const outcome = judge(folder, 'pudong-pioneer-area', {
      status: 'achieved',
      date: '2025-12-20',
      evidence: '引领区《行动方案》280项任务全部落地 [test: "quoted"]',
      source: '浦东新区: 2025年工作报告',
      url: 'https://www.pudong.gov.cn/2025',
    });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    expect(outcome.stderr).toBe(`judged pudong-pioneer-area on 2025-12-20 achieved in ${basename(folder)}/observations/judgements.yaml\n`);
    const after = readFileSync(file, 'utf8');
    expectEveryLineKept(before, after);
    // Only added lines at the end of the list (the end of this file), quoted as the file quotes them.
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      '  - indicator: pudong-pioneer-area\n    date: "2025-12-20"\n    status: achieved\n' +
        '    evidence: "引领区《行动方案》280项任务全部落地 [test: \\"quoted\\"]"\n    source: "浦东新区: 2025年工作报告"\n    url: https://www.pudong.gov.cn/2025\n',
    );
    expect(judgementsIn(file)!.at(-1)).toEqual({
      indicator: 'pudong-pioneer-area',
      date: '2025-12-20',
      status: 'achieved',
      evidence: '引领区《行动方案》280项任务全部落地 [test: "quoted"]',
      source: '浦东新区: 2025年工作报告',
      url: 'https://www.pudong.gov.cn/2025',
    });
    expect(judgementsIn(file)).toHaveLength(judgementsIn(join(ROOT, 'plan', JUDGEMENTS_FILE))!.length + 1);
    // No other file touched.
    for (const [name, bytes] of others) expect(readFileSync(join(folder, name)).equals(bytes), name).toBe(true);
    expectValid(folder);
    const plan = loadPlan(folder).plan!;
    expect(plan.judgements.filter((judgement) => judgement.indicator === 'pudong-pioneer-area').map((judgement) => judgement.status)).toEqual(['partly', 'achieved']);
  });

  it('a milestone never judged goes to the file holding the most judgements, not the first observations file', () => {
    const folder = copyOf('plan');
    const first = join(folder, 'observations', 'shanghai.yaml');
    const firstBefore = readFileSync(first);
    const outcome = judge(folder, UNJUDGED);
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    expect(readFileSync(first).equals(firstBefore)).toBe(true);
    expect(judgementsIn(join(folder, JUDGEMENTS_FILE))!.at(-1)).toEqual({
      indicator: UNJUDGED,
      date: '2024-05-10',
      status: 'partly',
      evidence: 'test evidence',
      source: 'test source',
    });
    expectValid(folder);
  });

  it('which file: the one holding the indicator\'s judgements, else the one holding most judgements, else the first observations file', () => {
    const empty = minimalWithMilestones();
    const observations = join(empty, 'observations.yaml');
    const before = readFileSync(observations, 'utf8');
    expect(judge(empty, 'bridge', { status: 'not-yet', date: '2027-03-01' }).exitCode).toBe(0);
    const after = readFileSync(observations, 'utf8');
    expect(after).toBe(
      before + 'judgements:\n  - indicator: bridge\n    date: 2027-03-01\n    status: not-yet\n    evidence: test evidence\n    source: test source\n',
    );
    expectValid(empty);

    const folder = minimalWithMilestones({
      'judged.yaml':
        'schema: plan/v1\nkind: observations\njudgements:   # the tunnel\n' +
        '  - {indicator: tunnel, date: "2027-05-01", status: not-yet, evidence: boring not started, source: s}\n' +
        '  - {indicator: tunnel, date: "2028-05-01", status: partly, evidence: boring, source: s}\n',
      'port.yaml': 'schema: plan/v1\nkind: observations\njudgements:\n  - indicator: port\n    date: "2027-06-01"\n    status: partly\n    evidence: quay walls\n    source: s\n',
    });
    expect(judge(folder, 'port', { date: '2028-06-01', evidence: 'cranes' }).exitCode).toBe(0);
    expect(judgementsIn(join(folder, 'port.yaml'))!.map((judgement) => judgement.evidence)).toEqual(['quay walls', 'cranes']);
    expect(judge(folder, 'bridge').exitCode).toBe(0);
    const judged = readFileSync(join(folder, 'judged.yaml'), 'utf8');
    // A flow mapping like its neighbours, the comment kept.
    expect(judged).toContain('judgements:   # the tunnel\n');
    expect(judged.endsWith('  - { indicator: bridge, date: "2024-05-10", status: partly, evidence: test evidence, source: test source }\n')).toBe(true);
    expect(judgementsIn(join(folder, 'judged.yaml'))!.map((judgement) => judgement.indicator)).toEqual(['tunnel', 'tunnel', 'bridge']);
    expect(judgementsIn(join(folder, 'observations.yaml'))).toBeUndefined();
    expectValid(folder);
  });
});

describe('plan judge: refusals and replacements', () => {
  it('a judgement of an indicator that is no milestone: JUDGEMENT_NOT_MILESTONE, exit 1, every file byte for byte as it was', () => {
    const folder = copyOf('plan');
    const before = snapshot(folder);
    const outcome = judge(folder, 'gdp-growth', { status: 'achieved' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/observations\/judgements\.yaml:\d+:\d+ {2}JUDGEMENT_NOT_MILESTONE {2}`gdp-growth` is an average-growth target/);
    expect(outcome.stderr).toMatch(/judging gdp-growth on 2024-05-10 would make the plan invalid; nothing was written\n$/);
    expectUnchanged(folder, before);
  });

  it('--dry-run prints the change as a diff and writes nothing', () => {
    const folder = copyOf('plan');
    const before = snapshot(folder);
    const outcome = judge(folder, UNJUDGED, { dryRun: true, url: 'https://example.org/zone' });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    const label = `${basename(folder)}/observations/judgements.yaml`;
    expect(outcome.stdout).toMatch(new RegExp(`^--- a/${label}\n\\+\\+\\+ b/${label}\n@@ `));
    expect(outcome.stdout).toContain(
      `+  - indicator: ${UNJUDGED}\n+    date: "2024-05-10"\n+    status: partly\n+    evidence: "test evidence"\n+    source: "test source"\n+    url: https://example.org/zone\n`,
    );
    expect(outcome.stdout.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---'))).toEqual([]);
    expect(outcome.stderr).toBe('dry run: nothing was written\n');
    expectUnchanged(folder, before);
  });

  it('the same indicator and date: the same judgement is nothing to do; another status or evidence is refused unless --replace', () => {
    const folder = copyOf('plan');
    const file = join(folder, JUDGEMENTS_FILE);
    expect(judge(folder, UNJUDGED).exitCode).toBe(0);
    const count = judgementsIn(file)!.length;
    const written = snapshot(folder);

    const same = judge(folder, UNJUDGED);
    expect(same.exitCode).toBe(0);
    expect(same.stderr).toMatch(/^nothing to do: .*observations\/judgements\.yaml:\d+ already judges yangtze-delta-sci-tech-finance-reform-zone on 2024-05-10 partly: test evidence/);
    // Only the source differs: the judgement stands, as record keeps a value whose source changed.
    expect(judge(folder, UNJUDGED, { source: 'another source' }).exitCode).toBe(0);
    expectUnchanged(folder, written);

    const otherStatus = judge(folder, UNJUDGED, { status: 'achieved' });
    expect(otherStatus.exitCode).toBe(1);
    expect(otherStatus.stderr).toMatch(/already judges yangtze-delta-sci-tech-finance-reform-zone on 2024-05-10 partly: test evidence\n.*--replace/);
    expect(judge(folder, UNJUDGED, { evidence: 'other evidence' }).exitCode).toBe(1);
    expectUnchanged(folder, written);

    const replaced = judge(folder, UNJUDGED, { status: 'achieved', evidence: 'zone inaugurated', source: 'corrected', replace: true });
    expect(replaced.exitCode, replaced.stderr).toBe(0);
    expect(replaced.stderr).toMatch(/replaced the judgement of yangtze-delta-sci-tech-finance-reform-zone on 2024-05-10 in .*: partly → achieved/);
    const after = judgementsIn(file)!;
    expect(after).toHaveLength(count);
    expect(after.at(-1)).toEqual({ indicator: UNJUDGED, date: '2024-05-10', status: 'achieved', evidence: 'zone inaugurated', source: 'corrected' });
    // Another date is another judgement.
    expect(judge(folder, UNJUDGED, { date: '2025-01-10' }).exitCode).toBe(0);
    expect(judgementsIn(file)).toHaveLength(count + 1);
    expectValid(folder);
  });

  it('usage errors: an unknown indicator (with a suggestion), a bad date or status, empty evidence, the embedded plan is read-only', () => {
    const folder = copyOf('plan');
    const before = snapshot(folder);
    expect(() => judge(folder, 'pudong-pioner-area')).toThrow(/no indicator "pudong-pioner-area" in the plan; did you mean pudong-pioneer-area\?/);
    for (const date of ['2024-02-30', '2024-5-10', '20240510', '']) expect(() => judge(folder, UNJUDGED, { date }), date).toThrow(/--date: not a date \(YYYY-MM-DD\)/);
    expect(() => judge(folder, UNJUDGED, { status: 'done' })).toThrow(/--status must be one of achieved, partly, not-yet, ahead, on-track, at-risk, off-track, missed/);
    expect(() => judge(folder, UNJUDGED, { evidence: '  ' })).toThrow(/--evidence/);
    expect(() => judgeCommand(UNJUDGED, { status: 'partly', date: '2024-05-10', evidence: 'e', source: 's' }, { cwd: temp })).toThrow(UsageError);
    expect(() => judgeCommand(UNJUDGED, { status: 'partly', date: '2024-05-10', evidence: 'e', source: 's' }, { cwd: temp })).toThrow(/embedded plan is read-only/);
    expectUnchanged(folder, before);
  });
});

describe('the splice shared with plan record', () => {
  const HEAD = 'schema: plan/v1\nkind: observations\nobservations:\n  - {indicator: a, year: 2020, value: 1, source: x}\n';
  const NEW: Judgement = { indicator: 'bridge', date: '2027-03-01', status: 'partly', evidence: 'piers: 3 of 5', source: 'site visit' };

  it('judgements: [] with a comment, before other content: filled in place, the observations and the rest untouched', () => {
    const text = HEAD + 'judgements: []   # none yet\n# end\n';
    expect(appendEntry(text, 'judgements', NEW)).toBe(
      HEAD + 'judgements:   # none yet\n  - indicator: bridge\n    date: 2027-03-01\n    status: partly\n    evidence: "piers: 3 of 5"\n    source: site visit\n# end\n',
    );
  });

  it('a judgement replaced in the middle of the list: its neighbours and their comments kept', () => {
    const text =
      HEAD +
      'judgements:\n  - indicator: bridge\n    date: "2027-03-01"\n    status: not-yet\n    evidence: none\n    source: s\n' +
      '  # the tunnel\n  - indicator: tunnel\n    date: "2027-03-01"\n    status: partly\n    evidence: boring\n    source: s\n';
    expect(replaceEntry(text, 'judgements', 0, { ...NEW, url: 'https://example.org/b' })).toBe(
      HEAD +
        'judgements:\n  - indicator: bridge\n    date: "2027-03-01"\n    status: partly\n    evidence: "piers: 3 of 5"\n    source: site visit\n    url: https://example.org/b\n' +
        '  # the tunnel\n  - indicator: tunnel\n    date: "2027-03-01"\n    status: partly\n    evidence: boring\n    source: s\n',
    );
  });
});

describe('plan show: the judgements with their evidence', () => {
  it('lists every judgement dated by the as-of date (date, status, evidence, source, url), in the table and as JSON; an earlier --as-of hides a later one', () => {
    const folder = copyOf('plan');
    expect(judge(folder, UNJUDGED, { status: 'partly', date: '2024-05-10', evidence: 'pilot zone approved', source: 'PBOC notice', url: 'https://example.org/pboc' }).exitCode).toBe(0);
    expect(judge(folder, UNJUDGED, { status: 'achieved', date: '2025-03-01', evidence: 'zone operating', source: 'city report' }).exitCode).toBe(0);
    const plan = loadPlan(folder).plan!;
    const show = (asOf: string, format: 'table' | 'json' = 'table') => showCommand(plan, UNJUDGED, { format, lang: 'en', asOf }, new Date());

    const both = show('2025-06-30');
    const section = both.slice(both.indexOf('\nJudgements (evidence):\n'));
    expect(section).toBe(
      '\nJudgements (evidence):\n' +
        '  2024-05-10  partly\n    evidence  pilot zone approved\n    source    PBOC notice\n    url       https://example.org/pboc\n' +
        '  2025-03-01  achieved\n    evidence  zone operating\n    source    city report\n',
    );
    expect(both).toMatch(/status {3}achieved: judged achieved on 2025-03-01/);

    const first = show('2025-02-28');
    expect(first).toContain('pilot zone approved');
    expect(first).not.toContain('zone operating');
    const none = show('2024-05-09');
    expect(none).not.toContain('pilot zone approved');
    expect(none).toContain('\nJudgements (evidence):\n  none dated by 2024-05-09\n');

    const json = JSON.parse(show('2025-02-28', 'json')) as { judgements: Judgement[] };
    expect(json.judgements).toEqual([
      { indicator: UNJUDGED, date: '2024-05-10', status: 'partly', evidence: 'pilot zone approved', source: 'PBOC notice', url: 'https://example.org/pboc' },
    ]);
    expect((JSON.parse(show('2024-05-09', 'json')) as { judgements: Judgement[] }).judgements).toEqual([]);
  });

  it('an indicator that is judged by no one shows no judgement section; its JSON has an empty list', () => {
    const plan = loadPlan(join(ROOT, 'plan')).plan!;
    expect(showCommand(plan, 'gdp-growth', { format: 'table', lang: 'en', asOf: '2025-06-30' }, new Date())).not.toContain('Judgements (evidence)');
    expect((JSON.parse(showCommand(plan, 'gdp-growth', { format: 'json', lang: 'en', asOf: '2025-06-30' }, new Date())) as { judgements: unknown[] }).judgements).toEqual([]);
  });
});
