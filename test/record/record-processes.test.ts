// plan record as separate processes, through the built CLI: two started at once both
// land (the lock serialises them), and one killed at any moment leaves the old file or
// the new one, never a broken one, and never a lock the next run cannot take over.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
const temp = mkdtempSync(join(tmpdir(), 'plan-record-processes-'));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** What was left beside the observations file when the process ended. */
  leftLock: boolean;
  leftTemporary: boolean;
}

function env(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete environment.PLAN_DEBUG;
  return environment;
}

beforeAll(() => {
  // `npm test` builds first; run alone, build when the CLI is missing or has no `record`.
  const probe = spawnSync(process.execPath, [BIN, 'record', '--help'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let counter = 0;
function copyOf(source: string): string {
  const folder = join(temp, `plan-${++counter}`);
  cpSync(join(ROOT, source), folder, { recursive: true });
  return folder;
}

function temporaries(file: string): string[] {
  const folder = resolve(file, '..');
  const name = file.slice(folder.length + 1);
  return readdirSync(folder).filter((entry) => entry.startsWith(`.${name}.`) && entry.endsWith('.tmp'));
}

/** Whether the process `pid` holds the lock on `file`, or has begun writing it (its temporary file). */
function holdsLock(file: string, pid: number): boolean {
  try {
    return readFileSync(`${file}.lock`, 'utf8') === `${pid}\n`;
  } catch {
    return false;
  }
}
function isWriting(file: string, pid: number): boolean {
  return temporaries(file).some((name) => name.includes(`.${pid}.`));
}

/**
 * Run `plan record`; `kill` decides when to SIGKILL it: after a delay, or once it holds
 * the lock, or once it has begun the atomic write (its temporary file exists).
 */
function runRecord(args: string[], file: string, kill?: { afterMs: number } | { when: 'lock' | 'temporary'; thenMs: number }): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'record', ...args], { env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
    const pid = child.pid!;
    let stderr = '';
    let ended = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      ended = true;
      done({ code, signal, stderr, leftLock: holdsLock(file, pid), leftTemporary: isWriting(file, pid) });
    });
    if (!kill) return;
    if ('afterMs' in kill) {
      setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
      return;
    }
    const seen = (): boolean => (kill.when === 'lock' ? holdsLock(file, pid) : isWriting(file, pid));
    const poll = (): void => {
      if (ended) return;
      if (seen()) setTimeout(() => child.kill('SIGKILL'), kill.thenMs);
      else setImmediate(poll);
    };
    poll();
  });
}

function observationCount(text: string): number {
  return ((jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as { observations: unknown[] }).observations ?? []).length;
}

function expectValidPlan(folder: string): void {
  const outcome = validateCommand([], { plan: folder, format: 'text' }, folder);
  expect(outcome.stdout, outcome.stderr).toBe('');
  expect(outcome.exitCode).toBe(0);
}

describe('plan record in separate processes', () => {
  it('exit codes through the CLI: 0 recorded, 1 refused with the finding, 2 for bad usage', () => {
    const folder = copyOf('plan');
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'record', ...args, '--plan', folder], { env: env(), encoding: 'utf8' });
    const recorded = run('air-pollutants', '2025', '27', '--component', 'pm25', '--source', 'bulletin', '--published', '2026-03-01');
    expect(recorded.status, recorded.stderr).toBe(0);
    expect(recorded.stdout).toBe('');
    const refused = run('air-pollutants', '2025', '27', '--source', 'bulletin');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/COMPONENT_REQUIRED/);
    const typo = run('air-polutants', '2025', '27', '--source', 'bulletin');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/did you mean air-pollutants\?/);
    expect(run('air-pollutants', '2025', 'x', '--source', 'b').status).toBe(2);
    expect(run('air-pollutants', '2025', '27').stderr).toMatch(/--source/);
    for (const result of [recorded, refused, typo]) expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('two started at once on the same file both land', async () => {
    const folder = copyOf('fixtures/valid/minimal');
    const file = join(folder, 'observations.yaml');
    for (let round = 0; round < 3; round++) {
      const years = [2028 + 2 * round, 2029 + 2 * round];
      const runs = await Promise.all(years.map((year) => runRecord(['gdp-growth', String(year), '5', '--measure', 'rate', '--source', `run ${year}`, '--plan', folder], file)));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      const recorded = (jsYaml.load(readFileSync(file, 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { observations: { year: number }[] }).observations.map((o) => o.year);
      for (const year of years) expect(recorded).toContain(year);
      expect(recorded).toHaveLength(3 + 2 * round);
    }
    expect(existsSync(`${file}.lock`)).toBe(false);
    expectValidPlan(folder);
  });

  it('killed at random moments, again and again: the file is always the old one or the new one, and the next run succeeds', async () => {
    const folder = copyOf('plan');
    const file = join(folder, 'observations', 'shanghai.yaml');
    const args = (run: number): string[] => {
      // Vintages of 2025's growth published from 2027 on: none of them is in the plan yet.
      const published = new Date(Date.UTC(2027, 0, 2 + run)).toISOString().slice(0, 10);
      return ['gdp-growth', '2025', String(5 + run / 100), '--measure', 'rate', '--source', `vintage ${run}`, '--published', published, '--plan', folder];
    };
    // How long an undisturbed run takes, to spread the kills over it.
    const started = performance.now();
    const first = await runRecord(args(0), file);
    const duration = performance.now() - started;
    expect(first.code, first.stderr).toBe(0);

    const RUNS = 30;
    const stats = { runs: RUNS, killed: 0, killedHoldingLock: 0, killedMidWrite: 0, landed: 0, unchanged: 0, invalid: 0 };
    for (let run = 1; run <= RUNS; run++) {
      const before = readFileSync(file, 'utf8');
      // A third killed anywhere, a third 0–40 ms after taking the lock, a third as the write begins.
      const kill =
        run % 3 === 0 ? { afterMs: Math.random() * duration * 1.1 } : run % 3 === 1 ? { when: 'lock' as const, thenMs: Math.random() * 40 } : { when: 'temporary' as const, thenMs: 0 };
      const outcome = await runRecord(args(run), file, kill);
      const after = readFileSync(file, 'utf8');
      if (outcome.signal === 'SIGKILL') {
        stats.killed++;
        if (outcome.leftLock) stats.killedHoldingLock++;
        if (outcome.leftTemporary) stats.killedMidWrite++;
      } else {
        expect(outcome.code, outcome.stderr).toBe(0);
      }
      const document = parseDocument(after);
      if (document.errors.length > 0) stats.invalid++;
      expect(document.errors).toEqual([]);
      // The old file, or the old file with the one new entry after it.
      if (after === before) stats.unchanged++;
      else {
        stats.landed++;
        expect(after.startsWith(before)).toBe(true);
        expect(observationCount(after)).toBe(observationCount(before) + 1);
      }
      expectValidPlan(folder);
    }
    // The next run takes over whatever lock was left, removes stale temporary files, and lands.
    const last = await runRecord(args(RUNS + 1), file);
    expect(last.code, last.stderr).toBe(0);
    expect(last.stderr).toMatch(/^recorded gdp-growth/);
    // no lock or temporary file left beside the plan's own files
    expect(readdirSync(join(folder, 'observations')).filter((name) => !name.endsWith('.yaml'))).toEqual([]);
    const validate = spawnSync(process.execPath, [BIN, 'validate', '--plan', folder], { env: env(), encoding: 'utf8' });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);

    console.info(`kill test: ${JSON.stringify(stats)}`);
    expect(stats.invalid).toBe(0);
    // The kills must have hit the critical section (lock taken, plan checked, file written),
    // or the test proves nothing. How many hit the write itself depends on how long the
    // file system takes to fsync; the write goes through rename (record-command.test.ts).
    expect(stats.killedHoldingLock).toBeGreaterThanOrEqual(5);
  }, 60_000);
});
