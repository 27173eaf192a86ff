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
import { FINDING_CODES, type Finding, type FindingCode } from '../../src/validate/findings.js';

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
  // `zh: "森林覆盖率` — a double quote never closed; reported at the end of that line.
  { name: 'malformed-yaml', codes: ['YAML_SYNTAX'], file: 'indicators.yaml', line: 23, col: 17 },
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
  { name: 'observation-unknown-indicator', codes: ['INDICATOR_UNKNOWN'], file: 'observations.yaml', line: 5, col: 16 },
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
    expect(folders).toEqual([...SCENARIOS.map((scenario) => scenario.name), 'tab-indentation'].sort());
  });

  it.each(SCENARIOS)('$name → $codes at $file:$line:$col', (scenario) => {
    const folder = join(INVALID, scenario.name);
    const loaded = load(folder);
    expect(loaded.findings.map((finding) => finding.code)).toEqual(scenario.codes);
    for (const finding of loaded.findings) {
      expect(Object.keys(FINDING_CODES)).toContain(finding.code);
      expect(finding.severity).toBe('error');
      expect(finding.message.length).toBeGreaterThan(0);
    }
    const first = loaded.findings[0]!;
    expect(where(first)).toBe(`${scenario.codes[0]}@${scenario.file}:${scenario.line}:${scenario.col}`);
  });

  it.each(SCENARIOS)('$name: validate exits 1 and reports the same first finding', (scenario) => {
    const folder = join(INVALID, scenario.name);
    const outcome = validateCommand([], { plan: folder, format: 'json' }, folder);
    expect(outcome.exitCode).toBe(1);
    const findings = JSON.parse(outcome.stdout) as Finding[];
    expect(findings.map((finding) => finding.code)).toEqual(scenario.codes);
    expect(where(findings[0]!)).toBe(`${scenario.codes[0]}@${scenario.file}:${scenario.line}:${scenario.col}`);
  });

  it('tab-indentation: a tab used as indentation is a syntax error at the tab', () => {
    // The parser reports follow-on errors after the tab; the first one is the tab itself.
    const loaded = load(join(INVALID, 'tab-indentation'));
    expect(loaded.plan).toBeNull();
    expect(loaded.findings.length).toBeGreaterThan(0);
    expect(new Set(loaded.findings.map((finding) => finding.code))).toEqual(new Set(['YAML_SYNTAX']));
    expect(loaded.findings.every((finding) => finding.file === 'indicators.yaml')).toBe(true);
    expect(where(loaded.findings[0]!)).toBe('YAML_SYNTAX@indicators.yaml:26:1');
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
    const folders = [MINIMAL, ...SCENARIOS.map((scenario) => join(INVALID, scenario.name)), join(INVALID, 'tab-indentation')];
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
