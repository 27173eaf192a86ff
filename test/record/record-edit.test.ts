// The text edit behind `plan record`: an entry spliced into the observations file, every
// other byte kept; the file an observation belongs in; the diff a dry run prints.

import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/edit/line-diff.js';
import { appendObservation, decideRecord, replaceObservation } from '../../src/edit/record.js';
import type { Observation, Plan } from '../../src/model/types.js';

const HEAD = '# yaml-language-server: $schema=../schemas/observations.schema.json\nschema: plan/v1\nkind: observations\n';
const NEW: Observation = { indicator: 'gdp-growth', year: 2028, value: 5.3, measure: 'rate', source: 'bulletin: 2028', published: '2029-03-31' };

function observationsOf(text: string): unknown[] {
  return (jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as { observations: unknown[] }).observations;
}

/** The old text's lines, in order, inside the new text's (the edit only added lines). */
function keepsEveryLine(before: string, after: string): boolean {
  const newLines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    while (at < newLines.length && newLines[at] !== line) at++;
    if (at === newLines.length) return false;
    at++;
  }
  return true;
}

describe('appendObservation', () => {
  it('keeps comments, blank lines, aligned comments and quoting; the entry goes after the last one, in schema key order', () => {
    const text =
      HEAD +
      'observations:\n' +
      '# the first release\n' +
      '- indicator: gdp-growth     # aligned comment\n' +
      '  year: 2027\n' +
      '  value: 5.2\n' +
      '  measure: rate\n' +
      '  source: "bulletin 2027"\n' +
      '  published: "2028-01-20"   # from the URL\n' +
      '\n' +
      '# the end of the list\n';
    const after = appendObservation(text, { ...NEW, note: 'revised', quality: 'official' });
    expect(after.startsWith(text.slice(0, text.indexOf('\n# the end')))).toBe(true);
    expect(after.endsWith('\n\n# the end of the list\n')).toBe(true);
    expect(keepsEveryLine(text, after)).toBe(true);
    // Dash at column 0 like the others; strings quoted as the file quotes them.
    expect(after).toContain(
      '- indicator: gdp-growth\n  year: 2028\n  value: 5.3\n  measure: rate\n  source: "bulletin: 2028"\n  published: "2029-03-31"\n  quality: official\n  note: revised\n',
    );
    expect(observationsOf(after)).toEqual([
      { indicator: 'gdp-growth', year: 2027, value: 5.2, measure: 'rate', source: 'bulletin 2027', published: '2028-01-20' },
      { indicator: 'gdp-growth', year: 2028, value: 5.3, measure: 'rate', source: 'bulletin: 2028', published: '2029-03-31', quality: 'official', note: 'revised' },
    ]);
  });

  it('indented lists get an indented entry; a file without a final line break gets one', () => {
    const text = HEAD + 'observations:\n  - indicator: a\n    year: 2020\n    value: 1\n    source: x';
    const after = appendObservation(text, NEW);
    expect(after).toBe(text + '\n  - indicator: gdp-growth\n    year: 2028\n    value: 5.3\n    measure: rate\n    source: "bulletin: 2028"\n    published: 2029-03-31\n');
  });

  it('a list of flow mappings gets a flow mapping; a flow list gets one more item', () => {
    const block = HEAD + 'observations:\n  - {indicator: a, year: 2020, value: 1, source: x}\n';
    const afterBlock = appendObservation(block, NEW);
    expect(afterBlock.startsWith(block)).toBe(true);
    expect(afterBlock.slice(block.length)).toMatch(/^ {2}- \{ indicator: gdp-growth, year: 2028, .* \}\n$/);
    const flow = HEAD + 'observations: [ {indicator: a, year: 2020, value: 1, source: x} ]   # one\n';
    const afterFlow = appendObservation(flow, NEW);
    expect(afterFlow).toMatch(/^observations: \[ \{indicator: a, year: 2020, value: 1, source: x\}, \{ indicator: gdp-growth, .* \} \] {3}# one\n/m);
    expect(observationsOf(afterFlow)).toHaveLength(2);
  });

  it('an empty, null or missing list becomes a block list', () => {
    for (const tail of ['observations:\n', 'observations: ~\n', 'observations: []   # none yet\njudgements: []\n', '']) {
      const after = appendObservation(HEAD + tail, NEW);
      expect(observationsOf(after), tail).toEqual([NEW]);
      expect(after).toContain('  - indicator: gdp-growth\n    year: 2028\n');
      if (tail.includes('# none yet')) expect(after).toContain('observations:   # none yet\n  - indicator');
    }
  });

  it('keeps CRLF line breaks and a byte-order mark', () => {
    const text = '\uFEFF' + HEAD.replace(/\n/g, '\r\n') + 'observations:\r\n  - indicator: a\r\n    year: 2020\r\n    value: 1\r\n    source: x\r\n';
    const after = appendObservation(text, NEW);
    expect(after.startsWith(text)).toBe(true);
    expect(after.slice(text.length)).not.toMatch(/[^\r]\n/);
    expect(observationsOf(after.slice(1))).toHaveLength(2);
  });

  it('strings that need quoting or escaping come back exactly', () => {
    const tricky = ['null', '123', 'a: b', '#hash', ' lead', 'line one\nline two', 'quote " and \' both', '-', '2029-03-31'];
    for (const note of tricky) {
      const after = appendObservation(HEAD + 'observations:\n  - indicator: a\n    year: 2020\n    value: 1\n    source: x\n', { ...NEW, note });
      expect((observationsOf(after)[1] as Observation).note, JSON.stringify(note)).toBe(note);
    }
  });

  it('refuses a file whose layout it cannot splice into without changing other data', () => {
    // A kept (|+) block scalar's trailing blank lines belong to the value.
    const text = HEAD + 'observations:\n  - indicator: a\n    year: 2020\n    value: 1\n    source: x\n    note: |+\n      kept\n\n';
    expect(() => appendObservation(text, NEW)).toThrow(/by hand/);
    expect(() => appendObservation(HEAD + 'observations: 5\n', NEW)).toThrow(/not a list/);
  });
});

describe('replaceObservation', () => {
  it('rewrites one entry in place and leaves its neighbours byte for byte', () => {
    const first = '  - indicator: a   # first\n    year: 2020\n    value: 1\n    source: "x"\n';
    const second = '  - indicator: gdp-growth\n    year: 2028\n    value: 9\n    source: "old"\n';
    const third = '  # the last one\n  - indicator: b\n    year: 2021\n    value: 2\n    source: "y"\n';
    const text = HEAD + 'observations:\n' + first + second + third;
    const after = replaceObservation(text, 1, NEW);
    expect(after).toBe(HEAD + 'observations:\n' + first + '  - indicator: gdp-growth\n    year: 2028\n    value: 5.3\n    measure: rate\n    source: "bulletin: 2028"\n    published: 2029-03-31\n' + third);
  });
});

describe('decideRecord', () => {
  const gdp = (file: string, year: number, value: number, published?: string): [Observation, string] => [
    { indicator: 'gdp-growth', year, value, source: 's', ...(published ? { published } : {}) },
    file,
  ];
  function planWith(include: string[], entries: [Observation, string][]): Plan {
    const plan = {
      header: { include },
      indicators: [],
      observations: entries.map(([observation]) => observation),
      judgements: [],
      origins: { indicators: new Map(), observations: new Map(), judgements: new Map() },
    } as unknown as Plan;
    const perFile = new Map<string, number>();
    for (const [observation, file] of entries) {
      const index = perFile.get(file) ?? 0;
      perFile.set(file, index + 1);
      plan.origins.observations.set(observation, { file, path: ['observations', index] });
    }
    return plan;
  }
  const kinds = (observationFiles: string[]) => (file: string) => (observationFiles.includes(file) ? ('observations' as const) : ('indicators' as const));

  it('a new figure goes to the file with most observations of its indicator, else the first observations file', () => {
    const plan = planWith(['ind.yaml', 'a.yaml', 'b.yaml'], [gdp('a.yaml', 2020, 1), gdp('b.yaml', 2021, 1), gdp('b.yaml', 2022, 1)]);
    expect(decideRecord(plan, gdp('', 2023, 1)[0], false, kinds(['a.yaml', 'b.yaml']))).toEqual({ action: 'append', file: 'b.yaml' });
    const other: Observation = { indicator: 'forest-coverage', year: 2023, value: 1, source: 's' };
    expect(decideRecord(plan, other, false, kinds(['a.yaml', 'b.yaml']))).toEqual({ action: 'append', file: 'a.yaml' });
    expect(decideRecord(planWith(['ind.yaml'], []), other, false, kinds([]))).toEqual({ action: 'no-observations-file' });
  });

  it('same identity: same value is nothing to do, another value a conflict unless replaced; another vintage is new', () => {
    const plan = planWith(['ind.yaml', 'a.yaml'], [gdp('a.yaml', 2020, 1), gdp('a.yaml', 2021, 2, '2022-03-31')]);
    const kindOf = kinds(['a.yaml']);
    expect(decideRecord(plan, gdp('', 2021, 2, '2022-03-31')[0], false, kindOf)).toMatchObject({ action: 'unchanged', file: 'a.yaml', index: 1 });
    expect(decideRecord(plan, gdp('', 2021, 3, '2022-03-31')[0], false, kindOf)).toMatchObject({ action: 'conflict', index: 1 });
    expect(decideRecord(plan, gdp('', 2021, 3, '2022-03-31')[0], true, kindOf)).toMatchObject({ action: 'replace', index: 1 });
    expect(decideRecord(plan, gdp('', 2021, 3, '2023-03-31')[0], false, kindOf)).toEqual({ action: 'append', file: 'a.yaml' });
    // measure: level is the default, so it names the same figure.
    expect(decideRecord(plan, { ...gdp('', 2020, 5)[0], measure: 'level' }, false, kindOf)).toMatchObject({ action: 'conflict', index: 0 });
    expect(decideRecord(plan, { ...gdp('', 2020, 5)[0], measure: 'rate' }, false, kindOf)).toMatchObject({ action: 'append' });
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with context and correct line numbers', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].join('\n') + '\n';
    const after = ['a', 'B', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'].join('\n') + '\n';
    expect(unifiedDiff(before, after, { oldLabel: 'a/f', newLabel: 'b/f', context: 1 })).toBe(
      '--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -10,1 +10,2 @@\n j\n+k\n',
    );
    expect(unifiedDiff(before, before, { oldLabel: 'a', newLabel: 'b' })).toBe('');
    expect(unifiedDiff('', 'x\n', { oldLabel: 'a', newLabel: 'b' })).toBe('--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n');
  });
});
