// Real reports validate against the schema that `plan schema report` prints.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajv2020Module from 'ajv/dist/2020.js';
import ajvFormatsModule from 'ajv-formats';
import { COMPUTED_FIELDS } from '../../src/engine/types.js';
import { describe, expect, it } from 'vitest';
import { statusReport } from '../../src/commands/status.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { EMBEDDED_PLAN, SCHEMAS_DIR } from '../../src/util/package-paths.js';

// Both packages are CommonJS with a `default` property: the one form Node and TypeScript agree on.
const ajv = new ajv2020Module.default({ allErrors: true, strict: false });
ajvFormatsModule.default(ajv);
const validateReport = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS_DIR, 'report.schema.json'), 'utf8')));
const plan = loadPlan(EMBEDDED_PLAN).plan!;
const today = new Date('2026-11-29T12:00:00Z');

describe('plan-report/v1', () => {
  for (const flags of [{}, { year: '2025' }, { asOf: '2023-06-30' }, { method: 'sdg', year: '2025' }]) {
    it(`validates the report for ${JSON.stringify(flags)}`, () => {
      const report = statusReport(plan, { ...flags }, today);
      const valid = validateReport(JSON.parse(JSON.stringify(report)));
      expect(validateReport.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      expect(report.summary.total).toBe(plan.indicators.length);
      const counted = Object.values(report.summary.byStatus).reduce((sum, count) => sum + count, 0);
      expect(counted).toBe(report.summary.total);
    });
  }

  it('never puts NaN or Infinity into a computed number', () => {
    const report = statusReport(plan, { year: '2025' }, today);
    for (const row of report.indicators) {
      for (const field of COMPUTED_FIELDS) {
        const value = row.computed[field];
        if (value === null) expect(typeof row.computed.reasons[field]).toBe('string');
        else expect(Number.isFinite(value)).toBe(true);
      }
      const coverage = row.computed.coverage;
      if (coverage) expect(coverage.observed + coverage.missing.length).toBeLessThanOrEqual(coverage.expected + (coverage.derived?.length ?? 0));
    }
  });

  it('fails the schema when a required field is missing', () => {
    const report = statusReport(plan, {}, today);
    const broken = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    delete broken.summary;
    expect(validateReport(broken)).toBe(false);
  });
});
