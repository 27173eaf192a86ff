// One engine, one answer: `plan show ID` evaluates the indicator inside the
// whole plan, so its status and numbers equal the `plan status` row for the same flags.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showCommand } from '../../src/commands/show.js';
import { statusReport } from '../../src/commands/status.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Plan } from '../../src/model/types.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../../src/util/package-paths.js';

const today = new Date('2026-11-30T12:00:00Z');
const FLAG_SETS = [{}, { year: '2025' }, { year: '2022' }, { asOf: '2023-06-30' }, { asOf: '2023-11-22' }, { method: 'sdg', year: '2024' }];

const fixtureRoot = join(PACKAGE_ROOT, 'fixtures', 'valid');
const plans: [string, Plan][] = [
  ['embedded', loadPlan(EMBEDDED_PLAN).plan!],
  ['national example', loadPlan(join(PACKAGE_ROOT, 'examples', 'national-14th-fyp')).plan!],
  ...readdirSync(fixtureRoot).map((name): [string, Plan] => [name, loadPlan(join(fixtureRoot, name)).plan!]),
];

describe.each(plans)('show agrees with status: %s', (_name, plan) => {
  it.each(FLAG_SETS)('for %o', (flags) => {
    const report = statusReport(plan, flags, today);
    expect(report.indicators.length).toBe(plan.indicators.length);
    for (const row of report.indicators) {
      const shown = JSON.parse(showCommand(plan, row.id, { ...flags, format: 'json', lang: 'en' }, today)) as Record<string, unknown>;
      expect({ id: row.id, status: shown.status, why: shown.why }).toEqual({ id: row.id, status: row.status, why: row.why });
      // The report names the reason by its code; show gives the same reason with its arguments.
      const reason = shown.reason as { code: string; notes: { code: string }[] };
      expect({ code: reason.code, notes: reason.notes.map((note) => note.code) }).toEqual({ code: row.reason.code, notes: row.reason.notes ?? [] });
      expect(shown.computed).toEqual(JSON.parse(JSON.stringify(row.computed)));
      expect(shown.baseline).toEqual(row.baseline);
      expect(shown.latest).toEqual(row.latest);
      expect(shown.current).toEqual(row.current);
    }
  });
});
