// plan record on copies of real plans, in process: the file keeps every line, the new
// entry holds the values given, and a refused change writes nothing.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import jsYaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidPlanError } from '../../src/commands/support/load-valid-plan.js';
import { recordCommand, type RecordFlags } from '../../src/commands/record.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { expectEveryLineKept, expectValid, workspace } from './edit-helpers.js';
import type { Observation } from '../../src/model/types.js';

const { temp, copyOf } = workspace('plan-record-');


const SHANGHAI_OBSERVATIONS = join('observations', 'shanghai.yaml');

function record(folder: string, args: [string, string, string], flags: Partial<RecordFlags> & { source?: string } = {}) {
  return recordCommand(args[0], args[1], args[2], { source: 'test bulletin', ...flags, plan: folder }, { cwd: temp });
}

function observations(file: string): Observation[] {
  return (jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { observations: Observation[] }).observations;
}


function leftovers(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(lock|tmp|break)$/.test(name));
}

describe('round trip', () => {
  it('the embedded Shanghai plan: every line kept, the new entry parsed back with its values, the plan still valid', () => {
    const folder = copyOf('plan');
    const file = join(folder, SHANGHAI_OBSERVATIONS);
    const before = readFileSync(file, 'utf8');
    const outcome = record(folder, ['gdp-growth', '2025', '5.2'], {
      measure: 'rate',
      published: '2026-01-20',
      url: 'https://tjj.sh.gov.cn/2025',
      quality: 'official',
      note: '2025年统计公报: 初步核算',
      source: '2025年上海市国民经济和社会发展统计公报',
    });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    expect(outcome.stderr).toMatch(/^recorded gdp-growth \(rate\) 2025 = 5\.2 in .*observations\/shanghai\.yaml/);
    const after = readFileSync(file, 'utf8');
    expectEveryLineKept(before, after);
    // Only added lines, and quoted as the file quotes its sources and dates.
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      '  - indicator: gdp-growth\n    year: 2025\n    value: 5.2\n    measure: rate\n    source: "2025年上海市国民经济和社会发展统计公报"\n' +
        '    published: "2026-01-20"\n    url: https://tjj.sh.gov.cn/2025\n    quality: official\n    note: "2025年统计公报: 初步核算"\n',
    );
    expect(observations(file).at(-1)).toEqual({
      indicator: 'gdp-growth',
      year: 2025,
      value: 5.2,
      measure: 'rate',
      source: '2025年上海市国民经济和社会发展统计公报',
      published: '2026-01-20',
      url: 'https://tjj.sh.gov.cn/2025',
      quality: 'official',
      note: '2025年统计公报: 初步核算',
    });
    expectValid(folder);
    expect(leftovers(folder)).toEqual([]);
  });

  it('the new file replaces the old by rename (a new inode), never by writing over it in place', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'observations.yaml');
    const inode = statSync(file).ino;
    expect(record(folder, ['gdp-growth', '2028', '4.9'], { measure: 'rate' }).exitCode).toBe(0);
    expect(statSync(file).ino).not.toBe(inode);
  });

  it('the minimal fixture with comments added to its observations file: comments and layout survive', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'observations.yaml');
    const commented = readFileSync(file, 'utf8')
      .replace('observations:\n', 'observations:   # yearly growth rates\n  # first release\n')
      .replace('value: 5.2\n', 'value: 5.2          # preliminary\n')
      .concat('\n# more to come when the 2028 bulletin is out\n');
    writeFileSync(file, commented);
    const outcome = record(folder, ['forest-coverage', '2027', '18.5'], { approx: true });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expectEveryLineKept(commented, after);
    expect(after).toContain('    value: 5.2          # preliminary\n');
    expect(after.endsWith('\n# more to come when the 2028 bulletin is out\n')).toBe(true);
    expect(observations(file)).toEqual([
      { indicator: 'gdp-growth', year: 2027, value: 5.2, measure: 'rate', source: 'statistical bulletin 2027' },
      { indicator: 'forest-coverage', year: 2027, value: 18.5, approx: true, source: 'test bulletin' },
    ]);
    expectValid(folder);
  });

  it('goes to the file that holds the indicator, else to the first observations file the plan includes', () => {
    const folder = copyOf('fixtures/valid/minimal');
    writeFileSync(join(folder, 'first.yaml'), 'schema: plan/v1\nkind: observations\nobservations: []\n');
    const planFile = join(folder, 'plan.yaml');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('  - indicators.yaml\n', '  - indicators.yaml\n  - first.yaml\n'));
    expect(record(folder, ['gdp-growth', '2028', '4.9'], { measure: 'rate' }).exitCode).toBe(0);
    expect(observations(join(folder, 'observations.yaml'))).toHaveLength(2);
    expect(record(folder, ['forest-coverage', '2028', '19'], {}).exitCode).toBe(0);
    expect(observations(join(folder, 'first.yaml'))).toEqual([{ indicator: 'forest-coverage', year: 2028, value: 19, source: 'test bulletin' }]);
    expectValid(folder);
  });
});

describe('vintages and duplicates', () => {
  it('another publication date is a new vintage, listed beside the first', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const outcome = record(folder, ['gdp-growth', '2027', '5.4'], { measure: 'rate', published: '2028-03-31', source: 'final verification' });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    expect(outcome.stderr).toMatch(/new vintage published 2028-03-31; 2 vintages now/);
    const loaded = loadPlan(folder);
    expect(loaded.plan!.observations.filter((o) => o.indicator === 'gdp-growth' && o.year === 2027).map((o) => [o.value, o.published])).toEqual([
      [5.2, undefined],
      [5.4, '2028-03-31'],
    ]);
  });

  it('the same figure again is nothing to do; another value for the same vintage is refused unless --replace', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'observations.yaml');
    const before = readFileSync(file);
    const same = record(folder, ['gdp-growth', '2027', '5.2'], { measure: 'rate' });
    expect(same.exitCode).toBe(0);
    expect(same.stderr).toMatch(/^nothing to do: .*observations\.yaml:5 already records/);
    const conflict = record(folder, ['gdp-growth', '2027', '5.3'], { measure: 'rate' });
    expect(conflict.exitCode).toBe(1);
    expect(conflict.stderr).toMatch(/already records gdp-growth \(rate\) 2027 = 5\.2/);
    expect(conflict.stderr).toMatch(/--published DATE.*--replace/);
    expect(readFileSync(file).equals(before)).toBe(true);

    const replaced = record(folder, ['gdp-growth', '2027', '5.3'], { measure: 'rate', replace: true, source: 'corrected bulletin' });
    expect(replaced.exitCode, replaced.stderr).toBe(0);
    expect(replaced.stderr).toMatch(/5\.2 → 5\.3/);
    expect(observations(file)).toEqual([{ indicator: 'gdp-growth', year: 2027, value: 5.3, measure: 'rate', source: 'corrected bulletin' }]);
  });
});

describe('refusals write nothing', () => {
  it('an observation that would make the plan invalid: the finding, exit 1, the file byte for byte as it was', () => {
    const folder = copyOf('plan');
    const files = readdirSync(join(folder, 'observations')).map((name) => join(folder, 'observations', name));
    const before = files.map((file) => readFileSync(file));
    const outcome = record(folder, ['air-pollutants', '2025', '28']);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stderr).toMatch(/observations\/[\w-]+\.yaml:\d+:\d+ {2}COMPONENT_REQUIRED/);
    expect(outcome.stderr).toMatch(/nothing was written/);
    files.forEach((file, index) => expect(readFileSync(file).equals(before[index]!)).toBe(true));
    expect(leftovers(folder)).toEqual([]);

    const badUrl = record(folder, ['air-pollutants', '2025', '28'], { component: 'pm25', url: 'not a url' });
    expect(badUrl.exitCode).toBe(1);
    expect(badUrl.stderr).toMatch(/FORMAT_INVALID/);
    const badComponent = record(folder, ['air-pollutants', '2025', '28'], { component: 'pm2' });
    expect(badComponent.stderr).toMatch(/COMPONENT_UNKNOWN/);
    files.forEach((file, index) => expect(readFileSync(file).equals(before[index]!)).toBe(true));
  });

  it('--dry-run prints the change as a diff and writes nothing', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'observations.yaml');
    const before = readFileSync(file);
    const outcome = record(folder, ['gdp-growth', '2028', '4.8'], { measure: 'rate', dryRun: true });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    expect(outcome.stdout).toBe(
      `--- a/${basename(folder)}/observations.yaml\n+++ b/${basename(folder)}/observations.yaml\n` +
        '@@ -7,3 +7,8 @@\n     value: 5.2\n     measure: rate\n     source: statistical bulletin 2027\n' +
        '+  - indicator: gdp-growth\n+    year: 2028\n+    value: 4.8\n+    measure: rate\n+    source: test bulletin\n',
    );
    expect(outcome.stderr).toMatch(/dry run: nothing was written/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(leftovers(folder)).toEqual([]);
  });

  it('usage errors: an unknown indicator (with a suggestion), a value or year that is no number, a bad date, the embedded plan', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const before = readFileSync(join(folder, 'observations.yaml'));
    expect(() => record(folder, ['gdp-grwth', '2028', '1'])).toThrow(/no indicator "gdp-grwth" in the plan; did you mean gdp-growth\?/);
    for (const value of ['abc', 'NaN', 'Infinity', '1e999', '']) expect(() => record(folder, ['gdp-growth', '2028', value]), value).toThrow(/VALUE takes a finite number/);
    expect(() => record(folder, ['gdp-growth', '2028.5', '1'])).toThrow(/YEAR takes a whole number/);
    for (const date of ['2028-02-30', '2028-1-5', '20280105']) expect(() => record(folder, ['gdp-growth', '2028', '1'], { published: date }), date).toThrow(/--published takes a date/);
    expect(() => recordCommand('gdp-growth', '2028', '1', { source: 's' }, { cwd: temp })).toThrow(/embedded plan is read-only/);
    expect(readFileSync(join(folder, 'observations.yaml')).equals(before)).toBe(true);
  });

  it('a plan already invalid: refused before anything is read for writing', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'indicators.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('direction: increase', 'direction: upwards'));
    const before = readFileSync(join(folder, 'observations.yaml'));
    expect(() => record(folder, ['forest-coverage', '2028', '19'])).toThrow(InvalidPlanError);
    expect(readFileSync(join(folder, 'observations.yaml')).equals(before)).toBe(true);
  });

  it('a plan that includes no observations file: told to add one', () => {
    const folder = copyOf('fixtures/valid/minimal');
    const planFile = join(folder, 'plan.yaml');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('  - observations.yaml\n', ''));
    expect(() => record(folder, ['forest-coverage', '2028', '19'])).toThrow(/includes no observations file/);
  });
});

describe('the lock', () => {
  let holder: ChildProcess | undefined;
  afterEach(() => {
    holder?.kill('SIGKILL');
    holder = undefined;
  });

  it('a live holder makes plan record wait and give up (exit 2); a dead holder\'s lock is taken over', async () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'observations.yaml');
    holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    writeFileSync(`${file}.lock`, `${holder.pid}\n`);
    const started = Date.now();
    expect(() => recordCommand('gdp-growth', '2028', '4.8', { source: 's', measure: 'rate', plan: folder }, { cwd: temp, lockTimeoutMs: 300 })).toThrow(
      /another plan record holds the lock .*observations\.yaml\.lock \(process \d+\)/,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(observations(file)).toHaveLength(1);

    const exited = new Promise((done) => holder!.once('exit', done));
    holder.kill('SIGKILL');
    await exited;
    const outcome = recordCommand('gdp-growth', '2028', '4.8', { source: 's', measure: 'rate', plan: folder }, { cwd: temp, lockTimeoutMs: 300 });
    expect(outcome.exitCode, outcome.stderr).toBe(0);
    expect(observations(file)).toHaveLength(2);
    expect(existsSync(`${file}.lock`)).toBe(false);
  });
});
