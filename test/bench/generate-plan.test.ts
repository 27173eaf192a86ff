// The benchmark's generated plans are valid plans, so the benchmark times real work.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { generatePlan } from '../../fixtures/generate-plan.mjs';
import { evaluatePlan } from '../../src/kinds/evaluate.js';
import { loadPlan } from '../../src/load/load-plan.js';

it('generates a plan that validates, with every indicator evaluated', () => {
  const folder = mkdtempSync(join(tmpdir(), 'plan-generated-'));
  try {
    generatePlan(folder, 1200);
    const loaded = loadPlan(folder);
    expect(loaded.findings).toEqual([]);
    expect(loaded.plan!.indicators).toHaveLength(1200);
    expect(loaded.plan!.observations).toHaveLength(1200 * 0.9 * 5);
    expect(loaded.files.size).toBe(1 + 2 * 2);
    const statuses = new Set(evaluatePlan(loaded.plan!, { asOf: '2025-06-30', rule: { kind: 'all' }, method: 'pace' }).map((evaluation) => evaluation.status));
    expect(statuses.has('no-data')).toBe(false);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
