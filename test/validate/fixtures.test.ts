// Every fixture under fixtures/invalid/ holds exactly one problem. Loading it must give
// that problem's finding code at the exact file, line and column (hand-checked against
// the fixture), quickly, without writing anything. Two scenarios are too big to commit and
// are generated into a temporary folder: a 70 MB file and 10,000 nested flow sequences.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan, type LoadedPlan } from '../../src/load/load-plan.js';
import { MAX_FILE_BYTES } from '../../src/load/read-plan-file.js';
import { validateCommand } from '../../src/commands/validate.js';
import { FINDING_CODES, type Finding, type FindingCode } from '../../src/model/findings.js';
import { findingText } from '../../src/render/finding-text.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'fixtures');
const INVALID = join(FIXTURES, 'invalid');
const MINIMAL = join(FIXTURES, 'valid', 'minimal');

interface Scenario {
  /** Folder name under fixtures/invalid/. */
  name: string;
  /** Codes of all findings, in reported order. */
  codes: FindingCode[];
  /** Where the first finding points. */
  file: string;
  line: number;
  col: number;
  /** What the first finding must say. */
  message?: RegExp;
}

const SCENARIOS: Scenario[] = [
  // `untis:` for `unit:` — one finding (not also "unit is required"), at the key.
  { name: 'key-typo', codes: ['KEY_UNKNOWN'], file: 'indicators.yaml', line: 25, col: 5 },
  // `kind: levels` — at the value.
  { name: 'unknown-target-kind', codes: ['TARGET_KIND_UNKNOWN'], file: 'indicators.yaml', line: 31, col: 13 },
  // `kind: factor` with a baseYear but no factor — at the target mapping.
  { name: 'factor-without-factor', codes: ['FIELD_REQUIRED'], file: 'indicators.yaml', line: 31, col: 7 },
  { name: 'in-step-without-indicator', codes: ['FIELD_REQUIRED'], file: 'indicators.yaml', line: 31, col: 7 },
  // `direction:` twice in one indicator — at the second one.
  { name: 'duplicate-key', codes: ['KEY_DUPLICATE'], file: 'indicators.yaml', line: 29, col: 5 },
  // forest-coverage defined in indicators.yaml and again in more-indicators.yaml.
  { name: 'duplicate-id-across-files', codes: ['ID_DUPLICATE'], file: 'more-indicators.yaml', line: 17, col: 9 },
  // `zh: "森林覆盖率` — a double quote never closed: one finding, at the opening quote.
  { name: 'malformed-yaml', codes: ['YAML_SYNTAX'], file: 'indicators.yaml', line: 23, col: 11, message: /^this double quote is never closed: end the text with "/ },
  // A tab as the indentation of `attribute:` — one finding at the tab, not one for every line it upsets.
  { name: 'tab-indentation', codes: ['YAML_SYNTAX'], file: 'indicators.yaml', line: 26, col: 1, message: /^YAML does not allow tabs for indentation: use spaces$/ },
  // `   unit:` three spaces where its siblings have four — at the `u`.
  { name: 'bad-indent-less', codes: ['YAML_SYNTAX'], file: 'indicators.yaml', line: 25, col: 4, message: /^`unit` is indented less than `name` on line 22 \(column 4, not 5\)/ },
  // `      attribute:` six spaces under `unit:` with four — at the `a`.
  { name: 'bad-indent-more', codes: ['YAML_SYNTAX'], file: 'indicators.yaml', line: 26, col: 7, message: /^`attribute` is indented more than `unit` on line 25 \(column 7, not 5\)/ },
  // `name: {zh: …, en: Forest coverage` without its `}` — at the `{`.
  { name: 'unclosed-flow', codes: ['YAML_SYNTAX'], file: 'indicators.yaml', line: 22, col: 11, message: /^this \{ starts a mapping that is never closed: end it with \}$/ },
  // `unit "%"` — at the key without its colon.
  { name: 'missing-colon', codes: ['YAML_SYNTAX'], file: 'indicators.yaml', line: 25, col: 5, message: /^`unit` has no colon/ },
  // `kind: indicatrs` — at the value, with the kind it is a slip for.
  { name: 'kind-typo', codes: ['KIND_UNKNOWN'], file: 'indicators.yaml', line: 3, col: 7, message: /^kind "indicatrs" is not known; did you mean indicators\?/ },
  // Ten levels of nine aliases each; reported at the first alias.
  { name: 'alias-bomb', codes: ['ALIAS_LIMIT'], file: 'observations.yaml', line: 11, col: 12 },
  // `__proto__:` inside an indicator — once, not also as an unknown key.
  { name: 'proto-key', codes: ['KEY_FORBIDDEN'], file: 'indicators.yaml', line: 27, col: 5 },
  // A byte 0xFF in `en: Forest cover\xffage`; column in bytes of the line.
  { name: 'non-utf8', codes: ['ENCODING_INVALID'], file: 'indicators.yaml', line: 24, col: 23 },
  { name: 'non-finite-number', codes: ['NUMBER_NOT_FINITE'], file: 'indicators.yaml', line: 33, col: 14 },
  { name: 'string-for-number', codes: ['TYPE_MISMATCH'], file: 'indicators.yaml', line: 33, col: 14 },
  // `en: "Forest \x1b[31mcoverage"` — at the opening quote of the value.
  { name: 'control-character-in-name', codes: ['CONTROL_CHARACTER'], file: 'indicators.yaml', line: 24, col: 11 },
  // `adopted: 2021-02-30` — not a calendar date; the plan's includes are then not read.
  { name: 'invalid-date', codes: ['FORMAT_INVALID'], file: 'plan.yaml', line: 12, col: 10 },
  // `published: 2999-06-30` — well formed, out of range.
  { name: 'date-out-of-range', codes: ['DATE_OUT_OF_RANGE'], file: 'observations.yaml', line: 10, col: 16 },
  { name: 'unknown-version', codes: ['VERSION_UNSUPPORTED'], file: 'indicators.yaml', line: 2, col: 9 },
  // No `schema:` key — at the first key of the file (line 1 is the modeline).
  { name: 'missing-version', codes: ['VERSION_MISSING'], file: 'observations.yaml', line: 2, col: 1 },
  // `indicator: gdp-grwoth` — with the id it is a slip for.
  { name: 'observation-unknown-indicator', codes: ['INDICATOR_UNKNOWN'], file: 'observations.yaml', line: 5, col: 16, message: /^no indicator `gdp-grwoth` in the plan; did you mean `gdp-growth`\?$/ },
  // `- ../x.yaml` in include.
  { name: 'include-outside-folder', codes: ['INCLUDE_OUTSIDE'], file: 'plan.yaml', line: 27, col: 5 },
  { name: 'include-missing', codes: ['INCLUDE_MISSING'], file: 'plan.yaml', line: 27, col: 5 },
  // direction: decrease with comparator ">=" — at the comparator's value.
  { name: 'comparator-contradicts-direction', codes: ['COMPARATOR_DIRECTION'], file: 'indicators.yaml', line: 32, col: 19 },
  // gdp-growth 2027 rate twice without `published` — at the second observation.
  { name: 'duplicate-observation', codes: ['OBSERVATION_DUPLICATE'], file: 'observations.yaml', line: 10, col: 5 },
  // revision: 2 with only revision 1 in `revisions`.
  { name: 'revision-unlisted', codes: ['REVISION_UNLISTED'], file: 'plan.yaml', line: 13, col: 11 },
];

/** Path, size and modification time of every file below a folder. */
function snapshot(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const stats = statSync(path);
        out.push(`${relative(folder, path)}|${stats.size}|${stats.mtimeMs}`);
      }
    }
  };
  walk(folder);
  return out.sort();
}

function load(folder: string): LoadedPlan {
  return loadPlan(folder, { displayBase: folder });
}

function where(finding: Finding): string {
  return `${finding.code}@${finding.file}:${finding.line}:${finding.col}`;
}

let temp: string;
let fixturesBefore: string[];

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'plan-fixtures-'));
  fixturesBefore = snapshot(FIXTURES);
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('fixtures/invalid', () => {
  it('has a folder for every scenario and no folder without one', () => {
    const folders = readdirSync(INVALID, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(SCENARIOS.map((scenario) => scenario.name).sort());
  });

  it.each(SCENARIOS)('$name → $codes at $file:$line:$col', (scenario) => {
    const folder = join(INVALID, scenario.name);
    const loaded = load(folder);
    expect(loaded.findings.map((finding) => finding.code)).toEqual(scenario.codes);
    for (const finding of loaded.findings) {
      expect(FINDING_CODES).toContain(finding.code);
      expect(finding.severity).toBe('error');
      expect(findingText(finding, 'en').length).toBeGreaterThan(0);
    }
    const first = loaded.findings[0]!;
    expect(where(first)).toBe(`${scenario.codes[0]}@${scenario.file}:${scenario.line}:${scenario.col}`);
    if (scenario.message) expect(findingText(first, 'en')).toMatch(scenario.message);
  });

  it.each(SCENARIOS)('$name: validate exits 1 and reports the same first finding', (scenario) => {
    const folder = join(INVALID, scenario.name);
    const outcome = validateCommand([], { plan: folder, format: 'json' }, folder);
    expect(outcome.exitCode).toBe(1);
    const findings = JSON.parse(outcome.stdout) as Finding[];
    expect(findings.map((finding) => finding.code)).toEqual(scenario.codes);
    expect(where(findings[0]!)).toBe(`${scenario.codes[0]}@${scenario.file}:${scenario.line}:${scenario.col}`);
  });

  it('proto-key: the key does not reach any object prototype', () => {
    const loaded = load(join(INVALID, 'proto-key'));
    expect(loaded.findings.map((finding) => finding.code)).toEqual(['KEY_FORBIDDEN']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('non-utf8: the fixture really holds the byte 0xFF', () => {
    const bytes = readFileSync(join(INVALID, 'non-utf8', 'indicators.yaml'));
    const line24 = bytes.toString('latin1').split('\n')[23]!;
    expect(line24.charCodeAt(22)).toBe(0xff);
  });
});

describe('generated scenarios', () => {
  it('huge-file: an included file over the size limit → FILE_TOO_LARGE, not read', () => {
    const folder = join(temp, 'huge-file');
    cpSync(MINIMAL, folder, { recursive: true });
    // A sparse 70 MB file: the size is real to stat, nothing is written to disk.
    const huge = join(folder, 'observations.yaml');
    writeFileSync(huge, '');
    truncateSync(huge, 70 * 1024 * 1024);
    expect(statSync(huge).size).toBeGreaterThan(MAX_FILE_BYTES);
    const before = snapshot(folder);

    const loaded = load(folder);
    expect(loaded.plan).toBeNull();
    expect(loaded.findings.map(where)).toEqual(['FILE_TOO_LARGE@observations.yaml:0:0']);
    const outcome = validateCommand([], { plan: folder, format: 'json' }, folder);
    expect(outcome.exitCode).toBe(1);
    expect(snapshot(folder)).toEqual(before);
  });

  it('deeply-nested: 10,000 nested flow sequences → NESTING_TOO_DEEP, no stack overflow', () => {
    const folder = join(temp, 'deeply-nested');
    cpSync(MINIMAL, folder, { recursive: true });
    const depth = 10_000;
    const prefix = 'observations: ';
    const text = ['# yaml-language-server: $schema=../../../schemas/observations.schema.json', 'schema: plan/v1', 'kind: observations', prefix + '['.repeat(depth) + ']'.repeat(depth), ''].join('\n');
    writeFileSync(join(folder, 'observations.yaml'), text);
    const before = snapshot(folder);

    const loaded = load(folder);
    expect(loaded.plan).toBeNull();
    expect(loaded.findings.map((finding) => finding.code)).toEqual(['NESTING_TOO_DEEP']);
    const first = loaded.findings[0]!;
    expect(first.file).toBe('observations.yaml');
    expect(first.line).toBe(4);
    // Where the parser gives up: the 100th bracket, whatever the stack size.
    expect(first.col).toBe(prefix.length + 100);
    const outcome = validateCommand([], { plan: folder, format: 'text' }, folder);
    expect(outcome.exitCode).toBe(1);
    // The quoted source line is cut around the column, not 20,000 characters long.
    expect(Math.max(...outcome.stdout.split('\n').map((line) => line.length))).toBeLessThan(400);
    expect(snapshot(folder)).toEqual(before);
  });

  it('deeply-nested with an anchor (the careful parser) → NESTING_TOO_DEEP too', () => {
    const folder = join(temp, 'deeply-nested-anchor');
    cpSync(MINIMAL, folder, { recursive: true });
    const depth = 10_000;
    const text = ['schema: plan/v1', 'kind: observations', 'observations: &deep ' + '['.repeat(depth) + ']'.repeat(depth), ''].join('\n');
    writeFileSync(join(folder, 'observations.yaml'), text);
    const loaded = load(folder);
    expect(loaded.findings.map((finding) => finding.code)).toEqual(['NESTING_TOO_DEEP']);
    // Where the stack ran out depends on the stack size: only the line is fixed.
    expect(loaded.findings[0]!.file).toBe('observations.yaml');
    expect(loaded.findings[0]!.line).toBe(3);
  });
});

describe('one slip, one finding, in the embedded plan', () => {
  it.each([
    ['a tab as indentation', (line: string) => `\t${line.trimStart()}`, 'YAML does not allow tabs for indentation: use spaces', 1],
    ['one space too few', (line: string) => line.slice(1), 'is indented less than', 4],
  ])('%s on one line of main.yaml → exactly one finding, at that line', (_name, spoil, message, col) => {
    const folder = join(temp, `embedded-${col}`);
    cpSync(join(ROOT, 'plan'), folder, { recursive: true });
    const file = join(folder, 'indicators', 'main.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.startsWith('    unit: 万元/人'));
    lines[at] = spoil(lines[at]!);
    writeFileSync(file, lines.join('\n'));
    const loaded = load(folder);
    expect(loaded.findings.map(where)).toEqual([`YAML_SYNTAX@indicators/main.yaml:${at + 1}:${col}`]);
    expect(findingText(loaded.findings[0]!, 'en')).toContain(message);
  });
});

describe('fixtures/valid/minimal', () => {
  it('loads with no findings and validates with exit 0', () => {
    const loaded = load(MINIMAL);
    expect(loaded.findings).toEqual([]);
    expect(loaded.plan?.indicators.map((indicator) => indicator.id)).toEqual(['gdp-growth', 'forest-coverage']);
    const outcome = validateCommand([], { plan: MINIMAL, format: 'json' }, MINIMAL);
    expect(outcome.exitCode).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual([]);
  });

  it('every fixture file starts with the yaml-language-server modeline', () => {
    const folders = [MINIMAL, ...SCENARIOS.map((scenario) => join(INVALID, scenario.name))];
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
        const first = readFileSync(join(folder, name), 'latin1').split('\n')[0]!;
        expect(first, `${folder}/${name}`).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/(plan|indicators|observations)\.schema\.json$/);
      }
    }
  });
});

describe('nothing is written', () => {
  it('leaves every file under fixtures/ as it was', () => {
    // Runs last in this file: every scenario above has been loaded and validated by now.
    expect(snapshot(FIXTURES)).toEqual(fixturesBefore);
  });
});
