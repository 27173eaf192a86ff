// plan record killed at random moments, again and again: the file is always the old one or
// the new one, never a broken one, and the next run takes over whatever lock was left. A
// test of about 10 s: npm run test:slow, which CI runs after npm test.

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BIN, copyOf, env, expectValidPlan, observationCount, runRecord } from '../record/process-helpers.js';

describe('plan record under kill -9', () => {
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
