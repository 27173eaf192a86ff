// The second example plan, examples/national-14th-fyp: the national 14th Five-Year Plan's
// main indicator table (专栏1). It loads without findings, uses the kinds its phrases call
// for, keeps row 4's two parts under one row number, gives a verdict at the mid-term
// evaluation for every row with data, and three rows are checked by hand.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualResults } from '../../src/engine/annual.js';
import { evaluatePlan, evaluationContext, type EvaluateOptions } from '../../src/kinds/evaluate.js';
import { dateOfYear } from '../../src/engine/observations.js';
import type { Evaluation } from '../../src/engine/types.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Plan } from '../../src/model/types.js';
import { PACKAGE_ROOT } from '../../src/util/package-paths.js';
import { whyOf } from '../engine/why.js';

const EXAMPLE = join(PACKAGE_ROOT, 'examples', 'national-14th-fyp');
/** The mid-term evaluation was heard by the NPC Standing Committee on 2023-12-26. */
const MID_TERM = '2023-12-26';

function examplePlan(): Plan {
  const loaded = loadPlan(EXAMPLE);
  expect(loaded.findings).toEqual([]);
  return loaded.plan!;
}

const asOf = (date: string): EvaluateOptions => ({ asOf: date, rule: { kind: 'as-of', date }, method: 'pace' });

/** As `plan status --year 2025`: as of the day the last 2025 figure first came out. */
function year2025(plan: Plan): EvaluateOptions {
  const date = dateOfYear(plan.observations, 2025);
  return { asOf: date, rule: { kind: 'year', year: 2025, date }, method: 'pace' };
}

function byId(evaluations: Evaluation[]): Map<string, Evaluation> {
  return new Map(evaluations.map((evaluation) => [evaluation.indicator.id, evaluation]));
}

describe('the national 14th FYP example plan', () => {
  it('loads and validates without findings', () => {
    const plan = examplePlan();
    expect(plan.header.id).toBe('china-14th-fyp');
    expect(plan.header.languages).toEqual(['zh', 'en']);
    expect(plan.header.period).toEqual({ start: 2021, end: 2025 });
  });

  it('has all 20 rows, row 4 in two parts', () => {
    const plan = examplePlan();
    const rows = plan.indicators.map((indicator) => indicator.no);
    expect([...new Set(rows)].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    const row4 = plan.indicators.filter((indicator) => indicator.no === 4).map((indicator) => indicator.id);
    expect(row4).toEqual(['rd-spending-growth', 'rd-intensity']);
    expect(plan.indicators).toHaveLength(21);
    for (const indicator of plan.indicators) {
      expect(indicator.section).toMatch(/^[0-9]+(\.[0-9]+)*$/);
      expect(indicator.quote.trim()).not.toBe('');
    }
  });

  it('uses every kind its phrases call for', () => {
    const plan = examplePlan();
    const kinds = new Set(plan.indicators.map((indicator) => indicator.target.kind));
    for (const kind of ['annual', 'relative', 'change', 'reduction', 'every-year', 'level', 'external'] as const) expect(kinds).toContain(kind);
    const target = (id: string) => plan.indicators.find((indicator) => indicator.id === id)!.target;
    expect(target('gdp-growth')).toMatchObject({ kind: 'annual' });
    expect(target('labour-productivity-growth')).toMatchObject({ kind: 'relative', indicator: 'gdp-growth', comparator: '>' });
    expect(target('income-growth')).toMatchObject({ kind: 'relative', indicator: 'gdp-growth', comparator: 'approx' });
    expect(target('life-expectancy')).toMatchObject({ kind: 'change', by: 1 });
    expect(target('energy-intensity-reduction')).toMatchObject({ kind: 'reduction', value: 13.5, observe: 'rate' });
    expect(target('co2-intensity-reduction')).toMatchObject({ kind: 'reduction', value: 18, observe: 'rate' });
    expect(target('urban-unemployment')).toMatchObject({ kind: 'every-year', comparator: '<=', value: 5.5 });
    expect(target('urbanisation-rate')).toMatchObject({ kind: 'level', comparator: '>=', value: 65 });
    // Targets no passage confirmed: set by the outline, no value.
    for (const id of ['doctors-per-1000', 'air-quality-good-days']) {
      expect(target(id)).toMatchObject({ kind: 'external', authority: 'the outline (text not verified in the stored pages)' });
      expect((target(id) as { value?: number | null }).value ?? null).toBeNull();
    }
  });

  it('lists the five annual GDP targets of the government work reports', () => {
    const gdp = examplePlan().indicators.find((indicator) => indicator.id === 'gdp-growth')!;
    expect(gdp.annual!.map((entry) => [entry.year, entry.comparator, entry.value])).toEqual([
      [2021, '>=', 6],
      [2022, 'approx', 5.5],
      [2023, 'approx', 5],
      [2024, 'approx', 5],
      [2025, 'approx', 5],
    ]);
    for (const entry of gdp.annual!) expect(entry).toMatchObject({ measure: 'rate', published: `${entry.year}-03-05` });
  });

  it('gives a verdict at the mid-term evaluation for every row with data published by then', () => {
    const plan = examplePlan();
    const evaluations = byId(evaluatePlan(plan, asOf(MID_TERM)));
    // Nothing published by 2023-12-26: digital economy (first value 2025-01-02), pension
    // coverage (no yearly value found), energy capacity (2023 value published 2024-09).
    const noData = [...evaluations.values()].filter((evaluation) => evaluation.status === 'no-data').map((evaluation) => evaluation.indicator.id);
    expect(noData.sort()).toEqual(['digital-economy-share', 'energy-capacity', 'pension-coverage']);
    expect(Object.fromEntries([...evaluations].map(([id, evaluation]) => [id, evaluation.status]))).toEqual({
      'gdp-growth': 'missed',
      'labour-productivity-growth': 'on-track',
      'urbanisation-rate': 'achieved',
      'rd-spending-growth': 'ahead',
      'rd-intensity': 'achieved',
      'high-value-patents': 'ahead',
      'digital-economy-share': 'no-data',
      'income-growth': 'on-track',
      'urban-unemployment': 'missed',
      'education-years': 'on-track',
      'doctors-per-1000': 'not-assessed',
      'pension-coverage': 'no-data',
      'childcare-places': 'at-risk',
      'life-expectancy': 'ahead',
      'energy-intensity-reduction': 'off-track',
      'co2-intensity-reduction': 'off-track',
      'air-quality-good-days': 'not-assessed',
      'surface-water-good': 'achieved',
      'forest-coverage': 'not-assessed',
      'grain-capacity': 'achieved',
      'energy-capacity': 'no-data',
    });
  });

  it('GDP: each year against its annual target; 2022 missed, so the period is missed', () => {
    const plan = examplePlan();
    const gdp = plan.indicators.find((indicator) => indicator.id === 'gdp-growth')!;
    const met = (options: EvaluateOptions) =>
      Object.fromEntries(annualResults(gdp, evaluationContext(plan, options)).map((entry) => [entry.year, [entry.result?.value ?? null, entry.met]]));
    // Mid-term: 2021 8.1 ≥ 6 met; 2022 3.0 against 5.5 左右, met down to 5.5 − 5% × 5.5 =
    // 5.225, so not met; 2023's 5.2 was published on 2024-01-17, after the hearing; the 2024
    // and 2025 annual targets were set after it (March 2024, March 2025) and are not yet known.
    expect(met(asOf(MID_TERM))).toEqual({ 2021: [8.1, true], 2022: [3, false], 2023: [null, null] });
    const midTerm = byId(evaluatePlan(plan, asOf(MID_TERM))).get('gdp-growth')!;
    expect(midTerm.status).toBe('missed');
    expect(midTerm.computed.progress).toBe(0.5); // 1 of 2 years met
    // To 2025: 2023 5.2 ≥ 5 − 0.25 = 4.75, 2024 and 2025 5.0 ≥ 4.75: met; 2022 stays missed.
    const end = year2025(plan);
    expect(met(end)).toEqual({ 2021: [8.1, true], 2022: [3, false], 2023: [5.2, true], 2024: [5, true], 2025: [5, true] });
    const final = byId(evaluatePlan(plan, end)).get('gdp-growth')!;
    expect(final.status).toBe('missed');
    expect(final.computed.progress).toBe(0.8); // 4 of 5 years met
  });

  it('labour productivity grew faster than GDP in each year observed', () => {
    const plan = examplePlan();
    const evaluation = byId(evaluatePlan(plan, asOf(MID_TERM))).get('labour-productivity-growth')!;
    // 2021: 8.7 against 8.1; 2022: 4.2 against 3.0 (real rates).
    // Own: (1.087 × 1.042)^(1/2) − 1 = 1.132654^(1/2) − 1 = 6.4262% a year.
    // GDP: (1.081 × 1.030)^(1/2) − 1 = 1.113430^(1/2) − 1 = 5.5192% a year: +0.907 points.
    // Ratio of logs: ln 1.132654 / ln 1.113430 = 0.124563 / 0.107445 = 1.1593.
    expect(evaluation.status).toBe('on-track'); // faster so far; not final before 2025
    expect(evaluation.current).toBeCloseTo(6.4262, 3);
    expect(evaluation.computed.averageGrowth).toBeCloseTo(0.064262, 5);
    expect(evaluation.computed.pace).toBeCloseTo(1.1593, 3);
    expect(whyOf(evaluation)).toContain('faster so far');
    expect(evaluation.path).toEqual([
      { year: 2021, expected: 8.1, observed: 8.7 },
      { year: 2022, expected: 3, observed: 4.2 },
    ]);
    // To 2025 the 2025 rate is missing (not found): no verdict on part of the period.
    expect(byId(evaluatePlan(plan, year2025(plan))).get('labour-productivity-growth')!.status).toBe('not-assessed');
  });

  it('life expectancy: one year more than 2020', () => {
    const plan = examplePlan();
    const evaluation = byId(evaluatePlan(plan, asOf(MID_TERM))).get('life-expectancy')!;
    // Level asked for: 77.93 (2020) + 1 = 78.93. Latest known on 2023-12-26: 78.2 (2021;
    // 2023's 78.6 came out 2024-08-30). Progress = ln(78.2/77.93) / ln(78.93/77.93)
    // = 0.0034587 / 0.0127503 = 0.2713; expected (2021 − 2020)/(2025 − 2020) = 0.2;
    // pace 1.356 ≥ 1.2: ahead.
    expect(evaluation.baseline).toMatchObject({ year: 2020, value: 77.93 });
    expect(evaluation.latest).toMatchObject({ year: 2021, value: 78.2 });
    expect(evaluation.computed.progress).toBeCloseTo(0.2713, 3);
    expect(evaluation.computed.expected).toBeCloseTo(0.2, 10);
    expect(evaluation.computed.pace).toBeCloseTo(1.356, 2);
    expect(evaluation.status).toBe('ahead');
    // To 2025: 79.0 in 2024 ≥ 78.93: achieved (+1.07 since 2020).
    const final = byId(evaluatePlan(plan, year2025(plan))).get('life-expectancy')!;
    expect(final.latest).toMatchObject({ year: 2024, value: 79 });
    expect(final.status).toBe('achieved');
  });
});
