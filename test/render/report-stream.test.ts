// The JSON report written a batch of rows at a time is, byte for byte, the report built
// whole and stringified, and so is the CSV: on the embedded plan under several flags and on
// a generated plan, in batches of every size; and `plan status --format json` prints the
// same bytes however the plan's files were checked (on this thread, or by worker threads).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePlan } from '../../fixtures/generate-plan.mjs';
import { filteredEvaluations, statusCommand, type StatusFlags } from '../../src/commands/status.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Plan } from '../../src/model/types.js';
import { buildReport, writeJsonReport, writeRowsInBatches } from '../../src/render/report-model.js';
import { statusReporters } from '../../src/render/status-reporters.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../../src/util/package-paths.js';

const today = new Date('2026-11-30T12:00:00Z');
const temp = mkdtempSync(join(tmpdir(), 'plan-json-stream-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const generated = join(temp, 'generated');
generatePlan(generated, 1500);

const FLAGS = [{}, { year: '2022' }, { asOf: '2023-06-30' }, { method: 'sdg', year: '2024' }, { status: ['off-track', 'missed'] }, { kind: ['level'], section: '3' }];

function whole(plan: Plan, flags: object): string {
  const { choice, evaluations } = filteredEvaluations(plan, flags, today, false);
  return statusReporters.json(buildReport(plan, evaluations, { ...choice, lang: "en" }), { lang: 'en', color: false });
}

function streamed(plan: Plan, flags: object, batch: number): { text: string; pieces: number } {
  const { choice, evaluations } = filteredEvaluations(plan, flags, today, false);
  const pieces: string[] = [];
  writeJsonReport(plan, evaluations, { ...choice, lang: "en" }, (text) => pieces.push(text), batch, 0);
  return { text: pieces.join(''), pieces: pieces.length };
}

describe.each([
  ['the embedded plan', EMBEDDED_PLAN, FLAGS, [1, 7, 500]],
  ['a generated plan of 1,500 indicators', generated, [FLAGS[0]!, FLAGS[3]!, FLAGS[4]!], [7, 500]],
] as const)('%s', (_name, folder, flagSets, batches) => {
  const plan = loadPlan(folder).plan!;

  it.each(flagSets)('streamed in batches equals the report built whole, for %o', (flags) => {
    const expected = whole(plan, flags);
    for (const batch of batches) {
      const { text, pieces } = streamed(plan, flags, batch);
      expect(text).toBe(expected);
      if (batch === 1 && expected.includes('"id"')) expect(pieces).toBeGreaterThan(2);
    }
  });

  it.each(flagSets)('CSV in batches equals the CSV built whole, for %o', (flags) => {
    const { choice, evaluations } = filteredEvaluations(plan, flags, today, false);
    const options = { lang: 'zh' as const, color: false };
    const expected = statusReporters.csv(buildReport(plan, evaluations, { ...choice, lang: "en" }), options);
    for (const batch of batches) {
      const pieces: string[] = [];
      writeRowsInBatches(plan, evaluations, { ...choice, lang: "en" }, (report) => statusReporters.csv(report, options), (text) => pieces.push(text), batch, 0);
      expect(pieces.join('')).toBe(expected);
    }
  });

  it('status writes the same CSV to a writer as it returns whole', () => {
    const flags: StatusFlags = { format: 'csv', lang: 'en', color: false };
    const pieces: string[] = [];
    const written = statusCommand(plan, flags, today, (text) => pieces.push(text));
    expect(written.stdout).toBe('');
    expect(pieces.join('')).toBe(statusCommand(plan, flags, today).stdout);
  });

  it('status writes the same JSON to a writer as it returns whole', () => {
    const flags: StatusFlags = { format: 'json', lang: 'en', color: false };
    const pieces: string[] = [];
    const written = statusCommand(plan, flags, today, (text) => pieces.push(text));
    const returned = statusCommand(plan, flags, today);
    expect(written.stdout).toBe('');
    expect(pieces.join('')).toBe(returned.stdout);
    expect(returned.stdout).toBe(whole(plan, {}));
  });
});

describe('plan status --format json on the command line', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bin', 'plan.js'), 'status', '--format', 'json', '--plan', generated], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 1 << 28,
    });

  it('the same bytes with and without worker threads', () => {
    const alone = run({ PLAN_WORKERS: '0' });
    const workers = run({ PLAN_WORKERS: '2', PLAN_WORKERS_ONLY: '1', PLAN_DEBUG_WORKERS: '1' });
    expect(alone.status).toBe(0);
    expect(workers.status).toBe(0);
    expect(workers.stderr).toContain('0 files checked on the main thread, 4 by 2 worker(s)');
    expect(workers.stdout).toBe(alone.stdout);
    const report = JSON.parse(alone.stdout) as { summary: { total: number } };
    expect(report.summary.total).toBe(1500);
  });
});
