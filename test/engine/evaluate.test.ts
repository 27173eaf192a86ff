// One hand-checked example per target kind through evaluatePlan. The plan runs 2021–2025
// with base year 2020 and the default settings (approx tolerance 5%, in-step tolerance
// 1 point, compound path, thresholds 0.95 / 0.60). Every expected number is worked out in
// the comment beside it.

import { describe, expect, it } from 'vitest';
import { evaluatePlan, type EvaluateOptions } from '../../src/kinds/evaluate.js';
import { dateOfYear, ObservationIndex } from '../../src/engine/observations.js';
import { COMPUTED_FIELDS, type Evaluation } from '../../src/engine/types.js';
import type { Component, Indicator, Observation, Target } from '../../src/model/types.js';
import { evaluateOne, indicator, makePlan, series } from './plan-builder.js';
import { whyOf } from './why.js';

const at = (asOf: string): EvaluateOptions => ({ asOf, rule: { kind: 'all' }, method: 'pace' });

function expectNullWithReason(evaluation: Evaluation, field: (typeof COMPUTED_FIELDS)[number]): void {
  expect(evaluation.computed[field], field).toBeNull();
  expect(evaluation.computed.reasons[field], field).toBeTruthy();
}

describe('level', () => {
  const target: Target = { kind: 'level', comparator: '>=', value: 200 };

  it('measures progress along the compound path (on-track)', () => {
    const e = evaluateOne({ indicators: [indicator('x', target)], observations: series('x', { 2020: 100, 2023: 150 }) }, at('2023-12-31'));
    expect(e.status).toBe('on-track');
    expect(e.baseline).toMatchObject({ year: 2020, value: 100 });
    expect(e.latest).toMatchObject({ year: 2023, value: 150 });
    expect(e.current).toBe(150);
    // progress = ln(150/100) / ln(200/100) = 0.405465 / 0.693147 = 0.5849625007
    expect(e.computed.progress).toBeCloseTo(0.5849625007211562, 10);
    // expected = (2023 − 2020) / (2025 − 2020) = 0.6
    expect(e.computed.expected).toBeCloseTo(0.6, 12);
    // expected value = 100 × 2^0.6 = 151.5716566510
    expect(e.computed.expectedValue).toBeCloseTo(151.5716566510398, 8);
    // pace = 0.5849625 / 0.6 = 0.9749375012 ≥ 0.95
    expect(e.computed.pace).toBeCloseTo(0.974937501201927, 10);
    // average growth = 1.5^(1/3) − 1 = 0.1447142426
    expect(e.computed.averageGrowth).toBeCloseTo(0.14471424255333187, 10);
    // required growth = (200/150)^(1/2) − 1 = 0.1547005384
    expect(e.computed.requiredGrowth).toBeCloseTo(0.15470053837925146, 10);
    // projected = 150 × 1.1447142^2 = 150 × 1.5^(2/3) = 196.5556045657
    expect(e.computed.projected).toBeCloseTo(196.55560456566724, 8);
    expectNullWithReason(e, 'cumulative');
  });

  it('is at-risk between the thresholds and off-track below them', () => {
    // pace = ln 1.3 / ln 2 / 0.6 = 0.6308527 → at-risk
    const risk = evaluateOne({ indicators: [indicator('x', target)], observations: series('x', { 2020: 100, 2023: 130 }) }, at('2023-12-31'));
    expect(risk.computed.pace).toBeCloseTo(0.6308527054228831, 10);
    expect(risk.status).toBe('at-risk');
    // pace = ln 1.1 / ln 2 / 0.6 = 0.2291725 → off-track
    const off = evaluateOne({ indicators: [indicator('x', target)], observations: series('x', { 2020: 100, 2023: 110 }) }, at('2023-12-31'));
    expect(off.computed.pace).toBeCloseTo(0.22917253958322503, 10);
    expect(off.status).toBe('off-track');
  });

  it('is off-track when moving away from the target', () => {
    // progress = ln 0.9 / ln 2 < 0
    const e = evaluateOne({ indicators: [indicator('x', target)], observations: series('x', { 2020: 100, 2022: 90 }) }, at('2022-12-31'));
    expect(e.computed.progress).toBeCloseTo(Math.log(0.9) / Math.log(2), 10);
    expect(e.status).toBe('off-track');
    expect(whyOf(e)).toMatch(/moving away/);
  });

  it('counts an approx (左右) target as met within 5% of its value', () => {
    const approx: Target = { kind: 'level', comparator: 'approx', value: 4.5 };
    // tolerance 0.05 × 4.5 = 0.225: 4.3 ≥ 4.275 → achieved
    const met = evaluateOne({ indicators: [indicator('rd', approx)], observations: series('rd', { 2020: 4.1, 2025: 4.3 }) }, at('2025-12-31'));
    expect(met.status).toBe('achieved');
    expect(whyOf(met)).toMatch(/±0\.225/);
    // 4.25 < 4.275 and 2025 is the target year → missed
    const missed = evaluateOne({ indicators: [indicator('rd', approx)], observations: series('rd', { 2020: 4.1, 2025: 4.25 }) }, at('2025-12-31'));
    expect(missed.status).toBe('missed');
    // decreasing: target 10, tolerance 0.5; 10.4 ≤ 10.5 → achieved
    const down = evaluateOne(
      { indicators: [indicator('pm', { kind: 'level', comparator: 'approx', value: 10 }, { direction: 'decrease' })], observations: series('pm', { 2020: 14, 2024: 10.4 }) },
      at('2024-12-31'),
    );
    expect(down.status).toBe('achieved');
  });

  it('uses an explicit tolerance over the default', () => {
    // tolerance 0.1: 4.3 < 4.4 → not met, and not yet the target year
    const e = evaluateOne(
      { indicators: [indicator('rd', { kind: 'level', comparator: 'approx', value: 4.5, tolerance: 0.1 })], observations: series('rd', { 2020: 4.1, 2023: 4.3 }) },
      at('2023-12-31'),
    );
    expect(e.status).not.toBe('achieved');
    // progress = ln(4.3/4.1)/ln(4.5/4.1) = 0.0476280/0.0930904 = 0.511632; pace = /0.6 = 0.852720 → at-risk
    expect(e.computed.pace).toBeCloseTo(Math.log(4.3 / 4.1) / Math.log(4.5 / 4.1) / 0.6, 10);
    expect(e.status).toBe('at-risk');
  });

  it('is achieved early once the value meets the target', () => {
    // life expectancy > 84: 84.1 in 2022 meets it three years early
    const e = evaluateOne(
      { indicators: [indicator('life', { kind: 'level', comparator: '>', value: 84 })], observations: series('life', { 2020: 83.6, 2022: 84.1 }) },
      at('2022-12-31'),
    );
    expect(e.status).toBe('achieved');
    // progress = ln(84.1/83.6) / ln(84/83.6) = 0.0059630 / 0.0047733 = 1.249231
    expect(e.computed.progress).toBeCloseTo(Math.log(84.1 / 83.6) / Math.log(84 / 83.6), 10);
    expect(e.computed.progress!).toBeGreaterThan(1);
    // exactly 84 does not meet "> 84"
    const equal = evaluateOne(
      { indicators: [indicator('life', { kind: 'level', comparator: '>', value: 84 })], observations: series('life', { 2020: 83.6, 2022: 84 }) },
      at('2022-12-31'),
    );
    expect(equal.status).not.toBe('achieved');
  });

  it('takes the plan baseline over observations', () => {
    // baseline 120 (2020): progress = ln(150/120)/ln(200/120) = 0.2231435513/0.5108256238 = 0.4368292054
    const e = evaluateOne(
      { indicators: [indicator('x', target, { baseline: { year: 2020, value: 120, source: 'outline' } })], observations: series('x', { 2020: 100, 2023: 150 }) },
      at('2023-12-31'),
    );
    expect(e.baseline).toMatchObject({ year: 2020, value: 120 });
    expect(e.computed.progress).toBeCloseTo(0.4368292054, 9);
  });

  it('is missed when the target year has passed without meeting it', () => {
    const e = evaluateOne({ indicators: [indicator('x', target)], observations: series('x', { 2020: 100, 2025: 190 }) }, at('2025-12-31'));
    expect(e.status).toBe('missed');
    // the target year is reached: no required growth, projection = latest
    expectNullWithReason(e, 'requiredGrowth');
    expect(e.computed.projected).toBe(190);
  });

  it('ignores observations after the as-of year', () => {
    const e = evaluateOne({ indicators: [indicator('x', target)], observations: series('x', { 2020: 100, 2022: 130, 2024: 250 }) }, at('2022-12-31'));
    expect(e.latest?.year).toBe(2022);
    expect(e.status).not.toBe('achieved');
  });
});

describe('average-growth', () => {
  it('compounds yearly rates (observe: rate)', () => {
    const e = evaluateOne(
      {
        indicators: [indicator('gdp', { kind: 'average-growth', comparator: 'approx', value: 5, observe: 'rate' })],
        observations: series('gdp', { 2021: 6, 2022: 4, 2023: 5 }, { measure: 'rate' }),
      },
      at('2023-12-31'),
    );
    // factor = 1.06 × 1.04 × 1.05 = 1.15752; target index = 1.05^5 = 1.2762815625
    expect(e.computed.cumulative).toBeCloseTo(0.15752, 12);
    // average = 1.15752^(1/3) − 1 = 0.0499682530
    expect(e.computed.averageGrowth).toBeCloseTo(0.04996825300838603, 10);
    expect(e.current).toBeCloseTo(4.996825300838603, 8);
    // progress = ln 1.15752 / ln 1.2762815625 = 0.146325 / 0.243951 = 0.5996281748
    expect(e.computed.progress).toBeCloseTo(0.5996281748046921, 10);
    expect(e.computed.expected).toBeCloseTo(0.6, 12);
    // pace = 0.5996281748 / 0.6 = 0.9993802913 → on-track
    expect(e.computed.pace).toBeCloseTo(0.9993802913411536, 10);
    // required = (1.2762815625 / 1.15752)^(1/2) − 1 = 0.0500476223
    expect(e.computed.requiredGrowth).toBeCloseTo(0.05004762228725501, 10);
    // projected index = 1.15752 × 1.0499683^2 = 1.2760886308
    expect(e.computed.projected).toBeCloseTo(1.2760886308333923, 10);
    // expected index by 2023 = 1.05^3 = 1.157625
    expect(e.computed.expectedValue).toBeCloseTo(1.157625, 10);
    expect(e.baseline).toBeNull();
    expect(e.latest).toMatchObject({ year: 2023, value: 5 });
    expect(e.status).toBe('on-track');
  });

  it('judges the five-year average against an approx target at the end of the period', () => {
    const rates = (r: number) => series('gdp', { 2021: r, 2022: r, 2023: r, 2024: r, 2025: r }, { measure: 'rate' });
    const gdp = indicator('gdp', { kind: 'average-growth', comparator: 'approx', value: 5, observe: 'rate' });
    // 4.8% a year ≥ 5 − 0.05 × 5 = 4.75 → achieved
    const met = evaluateOne({ indicators: [gdp], observations: rates(4.8) }, at('2025-12-31'));
    expect(met.computed.averageGrowth).toBeCloseTo(0.048, 12);
    expect(met.status).toBe('achieved');
    // 4.7% < 4.75 → missed
    const missed = evaluateOne({ indicators: [gdp], observations: rates(4.7) }, at('2025-12-31'));
    expect(missed.status).toBe('missed');
  });

  it('compounds around a gap in the yearly rates, names it, and gives no verdict on part of the period', () => {
    // 2022 missing: 2021 and 2023 compound to 1.06 × 1.05 = 1.113 over 2 of 3 years
    const gap = {
      indicators: [indicator('gdp', { kind: 'average-growth', comparator: '>=', value: 5, observe: 'rate' })],
      observations: series('gdp', { 2021: 6, 2023: 5 }, { measure: 'rate' }),
    };
    const e = evaluateOne(gap, at('2023-12-31'));
    expect(e.latest?.year).toBe(2023);
    expect(e.computed.cumulative).toBeCloseTo(0.113, 12);
    expect(e.computed.coverage).toEqual({ observed: 2, expected: 3, missing: [2022] });
    expect(whyOf(e)).toMatch(/2022 not observed/);
    // average over the years observed: √1.113 − 1 = 5.499%
    expect(e.current).toBeCloseTo((Math.sqrt(1.113) - 1) * 100, 10);
    // the same series at the end of the period: never achieved on a subset of the years
    const end = evaluateOne({ ...gap, observations: series('gdp', { 2021: 6, 2023: 5, 2024: 6, 2025: 6 }, { measure: 'rate' }) }, at('2026-06-30'));
    expect(end.status).toBe('not-assessed');
    expect(end.computed.coverage).toEqual({ observed: 4, expected: 5, missing: [2022] });
    // and the final year unpublished when the period is over: no verdict either
    const lastMissing = evaluateOne({ ...gap, observations: series('gdp', { 2021: 6, 2022: 6, 2023: 5, 2024: 6 }, { measure: 'rate' }) }, at('2026-06-30'));
    expect(lastMissing.status).toBe('not-assessed');
    expect(lastMissing.computed.coverage?.missing).toEqual([2025]);
  });

  it('derives growth from levels', () => {
    const e = evaluateOne(
      {
        indicators: [indicator('gdp', { kind: 'average-growth', comparator: '>=', value: 5 })],
        observations: series('gdp', { 2020: 100, 2022: 112.36 }),
      },
      at('2022-12-31'),
    );
    // factor = 112.36 / 100 = 1.1236 = 1.06²; average 6%
    expect(e.computed.averageGrowth).toBeCloseTo(0.06, 12);
    expect(e.computed.cumulative).toBeCloseTo(0.1236, 12);
    expect(e.current).toBeCloseTo(6, 10);
    // progress = 2 ln 1.06 / (5 ln 1.05) = 0.1165378 / 0.2439508 = 0.4777102854
    expect(e.computed.progress).toBeCloseTo(0.47771028538971216, 10);
    expect(e.computed.expected).toBeCloseTo(0.4, 12);
    // pace = 0.4777103 / 0.4 = 1.1942757135 → on-track
    expect(e.computed.pace).toBeCloseTo(1.1942757134742803, 10);
    // required = (1.2762815625 / 1.1236)^(1/3) − 1 = 0.0433857993
    expect(e.computed.requiredGrowth).toBeCloseTo(0.04338579934637865, 10);
    // projected index = 1.1236 × 1.06³ = 1.3382255776
    expect(e.computed.projected).toBeCloseTo(1.3382255776, 10);
    expect(e.baseline).toMatchObject({ year: 2020, value: 100 });
    expect(e.status).toBe('on-track');
  });

  it('takes a plan baseline of the base year when the base year is not observed', () => {
    const e = evaluateOne(
      {
        indicators: [indicator('gdp', { kind: 'average-growth', comparator: '>=', value: 5 }, { baseline: { year: 2020, value: 100, source: 'outline' } })],
        observations: series('gdp', { 2022: 112.36 }),
      },
      at('2022-12-31'),
    );
    expect(e.computed.averageGrowth).toBeCloseTo(0.06, 12);
  });

  it('has no data without a base-year value', () => {
    const e = evaluateOne(
      { indicators: [indicator('gdp', { kind: 'average-growth', comparator: '>=', value: 5 })], observations: series('gdp', { 2021: 105, 2022: 112 }) },
      at('2022-12-31'),
    );
    expect(e.status).toBe('no-data');
    expect(whyOf(e)).toMatch(/base year 2020/);
  });
});

describe('cumulative-growth', () => {
  const land = indicator('land', { kind: 'cumulative-growth', comparator: '>=', value: 20 });

  it('compares the total growth with +20% over the period', () => {
    const e = evaluateOne({ indicators: [land], observations: series('land', { 2020: 50, 2023: 56 }) }, at('2023-12-31'));
    // factor = 56 / 50 = 1.12 → +12%
    expect(e.computed.cumulative).toBeCloseTo(0.12, 12);
    expect(e.current).toBeCloseTo(12, 10);
    // progress = ln 1.12 / ln 1.2 = 0.1133287 / 0.1823216 = 0.6215868672
    expect(e.computed.progress).toBeCloseTo(0.6215868671803761, 10);
    // pace = 0.6215869 / 0.6 = 1.0359781120 → on-track
    expect(e.computed.pace).toBeCloseTo(1.0359781119672937, 10);
    // average = 1.12^(1/3) − 1 = 0.0384988204; required = (1.2/1.12)^(1/2) − 1 = 0.0350983390
    expect(e.computed.averageGrowth).toBeCloseTo(0.03849882037022079, 10);
    expect(e.computed.requiredGrowth).toBeCloseTo(0.03509833901353132, 10);
    // projected index = 1.12 × 1.12^(2/3) = 1.2078973759
    expect(e.computed.projected).toBeCloseTo(1.207897375899581, 10);
    expect(e.status).toBe('on-track');
  });

  it('is achieved as soon as the total growth is reached', () => {
    // 60.5 / 50 = 1.21 → +21% ≥ 20% in 2023
    const e = evaluateOne({ indicators: [land], observations: series('land', { 2020: 50, 2023: 60.5 }) }, at('2023-12-31'));
    expect(e.current).toBeCloseTo(21, 10);
    expect(e.status).toBe('achieved');
  });

  it('compounds yearly rates', () => {
    const e = evaluateOne(
      {
        indicators: [indicator('land', { kind: 'cumulative-growth', comparator: '>=', value: 20, observe: 'rate' })],
        observations: series('land', { 2021: 10, 2022: 10 }, { measure: 'rate' }),
      },
      at('2022-12-31'),
    );
    // 1.1 × 1.1 = 1.21 → +21% → achieved
    expect(e.computed.cumulative).toBeCloseTo(0.21, 12);
    expect(e.status).toBe('achieved');
  });
});

describe('factor', () => {
  it('measures a multiple of the 2018 value (翻两番)', () => {
    const e = evaluateOne(
      {
        indicators: [indicator('lingang', { kind: 'factor', factor: 4, baseYear: 2018 })],
        // 2020 would give ×1.33 if the plan's base year were used by mistake
        observations: series('lingang', { 2018: 100, 2020: 150, 2022: 200 }),
      },
      at('2022-12-31'),
    );
    expect(e.baseline).toMatchObject({ year: 2018, value: 100 });
    // factor = 200 / 100 = 2
    expect(e.current).toBeCloseTo(2, 12);
    // progress = ln 2 / ln 4 = 0.5
    expect(e.computed.progress).toBeCloseTo(0.5, 12);
    // expected = (2022 − 2018) / (2025 − 2018) = 4/7
    expect(e.computed.expected).toBeCloseTo(4 / 7, 12);
    // pace = 0.5 / (4/7) = 0.875 → at-risk
    expect(e.computed.pace).toBeCloseTo(0.875, 12);
    // average = 2^(1/4) − 1 = 0.1892071150; required = 2^(1/3) − 1 = 0.2599210499
    expect(e.computed.averageGrowth).toBeCloseTo(0.18920711500272103, 10);
    expect(e.computed.requiredGrowth).toBeCloseTo(0.2599210498948732, 10);
    // projected = 2 × 2^(3/4) = 3.3635856610
    expect(e.computed.projected).toBeCloseTo(3.3635856610148585, 10);
    // expected multiple by 2022 = 4^(4/7) = 2.2081790273
    expect(e.computed.expectedValue).toBeCloseTo(2.2081790273476245, 10);
    expect(e.status).toBe('at-risk');
  });

  it('is achieved at ×4', () => {
    const e = evaluateOne(
      { indicators: [indicator('lingang', { kind: 'factor', factor: 4, baseYear: 2018 })], observations: series('lingang', { 2018: 100, 2024: 401 }) },
      at('2024-12-31'),
    );
    expect(e.status).toBe('achieved');
  });
});

describe('reduction', () => {
  it('measures a fall in levels against −9%', () => {
    const e = evaluateOne(
      { indicators: [indicator('fert', { kind: 'reduction', value: 9 }, { direction: 'decrease' })], observations: series('fert', { 2020: 100, 2023: 95 }) },
      at('2023-12-31'),
    );
    // factor 0.95 → down 5%
    expect(e.current).toBeCloseTo(5, 10);
    expect(e.computed.cumulative).toBeCloseTo(0.05, 12);
    // progress = ln 0.95 / ln 0.91 = −0.0512933 / −0.0943107 = 0.5438757803
    expect(e.computed.progress).toBeCloseTo(0.5438757802947624, 10);
    // pace = 0.5438758 / 0.6 = 0.9064596338 → at-risk
    expect(e.computed.pace).toBeCloseTo(0.9064596338246039, 10);
    // average = 0.95^(1/3) − 1 = −0.0169524275; required = (0.91/0.95)^(1/2) − 1 = −0.0212790301
    expect(e.computed.averageGrowth).toBeCloseTo(-0.016952427508441503, 10);
    expect(e.computed.requiredGrowth).toBeCloseTo(-0.021279030140814115, 10);
    // projected index = 0.95 × 0.95^(2/3) = 0.9180634033
    expect(e.computed.projected).toBeCloseTo(0.9180634032924686, 10);
    expect(e.status).toBe('at-risk');
  });

  it('compounds yearly reductions as 1 − Π(1 − rᵢ)', () => {
    const fert = indicator('fert', { kind: 'reduction', value: 9, observe: 'rate' }, { direction: 'decrease' });
    const partial = evaluateOne({ indicators: [fert], observations: series('fert', { 2021: 3, 2022: 2 }, { measure: 'rate' }) }, at('2022-12-31'));
    // factor = 0.97 × 0.98 = 0.9506 → down 4.94%
    expect(partial.computed.cumulative).toBeCloseTo(0.0494, 12);
    expect(partial.current).toBeCloseTo(4.94, 10);
    // progress = ln 0.9506 / ln 0.91 = 0.5371811028; pace = /0.4 = 1.3429527569 ≥ 1.2 → ahead
    expect(partial.computed.progress).toBeCloseTo(0.537181102779316, 10);
    expect(partial.computed.pace).toBeCloseTo(1.3429527569482897, 10);
    // required = (0.91 / 0.9506)^(1/3) − 1 = −0.0144442544
    expect(partial.computed.requiredGrowth).toBeCloseTo(-0.014444254437468662, 10);
    expect(partial.status).toBe('ahead');
    // five years of 2%: 1 − 0.98^5 = 9.6079% ≥ 9% → achieved
    const full = evaluateOne(
      { indicators: [fert], observations: series('fert', { 2021: 2, 2022: 2, 2023: 2, 2024: 2, 2025: 2 }, { measure: 'rate' }) },
      at('2025-12-31'),
    );
    expect(full.computed.cumulative).toBeCloseTo(0.0960792032, 10);
    expect(full.status).toBe('achieved');
    // five years of 1.8%: 1 − 0.982^5 = 1 − 0.9131822 = 8.68% < 9% (the default comparator is ≥) → missed
    const short = evaluateOne(
      { indicators: [fert], observations: series('fert', { 2021: 1.8, 2022: 1.8, 2023: 1.8, 2024: 1.8, 2025: 1.8 }, { measure: 'rate' }) },
      at('2025-12-31'),
    );
    expect(short.computed.cumulative).toBeCloseTo(1 - 0.982 ** 5, 12);
    expect(short.status).toBe('missed');
  });
});

describe('cumulative-sum', () => {
  const flows = series('housing', { 2021: 20, 2022: 25, 2023: 15 });

  it('expects the sum to accrue evenly', () => {
    const e = evaluateOne({ indicators: [indicator('housing', { kind: 'cumulative-sum', comparator: '>=', value: 110 })], observations: flows }, at('2023-12-31'));
    // 20 + 25 + 15 = 60
    expect(e.computed.cumulative).toBe(60);
    expect(e.current).toBe(60);
    // progress = 60 / 110 = 0.5454545
    expect(e.computed.progress).toBeCloseTo(60 / 110, 12);
    // expected by 2023 = 110 × 3/5 = 66 → share 0.6
    expect(e.computed.expectedValue).toBeCloseTo(66, 10);
    expect(e.computed.expected).toBeCloseTo(0.6, 12);
    // pace = 60 / 66 = 0.9090909 → at-risk
    expect(e.computed.pace).toBeCloseTo(60 / 66, 12);
    // projected = 60 + (60 / 3) × 2 = 100
    expect(e.computed.projected).toBeCloseTo(100, 10);
    expectNullWithReason(e, 'averageGrowth');
    expectNullWithReason(e, 'requiredGrowth');
    expect(e.status).toBe('at-risk');
    expect(e.path.map((p) => p.observed)).toEqual([20, 45, 60, null, null]);
  });

  it('follows a schedule when the plan gives one', () => {
    const schedule = [
      { year: 2021, value: 10 },
      { year: 2022, value: 10 },
      { year: 2023, value: 10 },
      { year: 2024, value: 35 },
      { year: 2025, value: 45 },
    ];
    const e = evaluateOne({ indicators: [indicator('housing', { kind: 'cumulative-sum', comparator: '>=', value: 110, schedule })], observations: flows }, at('2023-12-31'));
    // planned by 2023 = (10 + 10 + 10) / 110 × 110 = 30 → share 0.272727
    expect(e.computed.expectedValue).toBeCloseTo(30, 10);
    expect(e.computed.expected).toBeCloseTo(30 / 110, 12);
    // pace = 60 / 30 = 2 ≥ 1.2 → ahead of schedule (the even path said at-risk)
    expect(e.computed.pace).toBeCloseTo(2, 12);
    expect(e.status).toBe('ahead');
  });

  it('is achieved once the sum is reached and counts only from the first year', () => {
    const e = evaluateOne(
      {
        indicators: [indicator('housing', { kind: 'cumulative-sum', comparator: '>=', value: 110 })],
        // the 2020 flow is before the period and does not count: 20 + 25 + 15 + 55 = 115
        observations: series('housing', { 2020: 99, 2021: 20, 2022: 25, 2023: 15, 2024: 55 }),
      },
      at('2024-12-31'),
    );
    expect(e.computed.cumulative).toBe(115);
    expect(e.status).toBe('achieved');
  });

  it('reads running totals (observe: total)', () => {
    const e = evaluateOne(
      { indicators: [indicator('housing', { kind: 'cumulative-sum', comparator: '>=', value: 110, observe: 'total' })], observations: series('housing', { 2021: 20, 2022: 45, 2023: 60 }) },
      at('2023-12-31'),
    );
    expect(e.computed.cumulative).toBe(60);
    expect(e.computed.pace).toBeCloseTo(60 / 66, 12);
  });
});

describe('every-year', () => {
  const unemployment = indicator('unemp', { kind: 'every-year', comparator: '<', value: 5.5 }, { direction: 'decrease' });

  it('is on-track while every observed year keeps the bound', () => {
    const e = evaluateOne({ indicators: [unemployment], observations: series('unemp', { 2021: 5.0, 2022: 5.4, 2023: 4.8 }) }, at('2023-12-31'));
    expect(e.status).toBe('on-track');
    // 3 of 3 years kept
    expect(e.computed.progress).toBe(1);
    expect(e.current).toBe(4.8);
  });

  it('is achieved only when every year is observed and kept', () => {
    const all = evaluateOne({ indicators: [unemployment], observations: series('unemp', { 2021: 5.0, 2022: 5.4, 2023: 5.3, 2024: 5.2, 2025: 5.1 }) }, at('2025-12-31'));
    expect(all.status).toBe('achieved');
    expect(all.computed.coverage).toEqual({ observed: 5, expected: 5, missing: [] });
    // 2021 and 2022 unobserved: kept in 2023–2025 says nothing of the whole period
    const gap = evaluateOne({ indicators: [unemployment], observations: series('unemp', { 2023: 5.3, 2024: 5.2, 2025: 5.1 }) }, at('2026-03-31'));
    expect(gap.status).toBe('not-assessed');
    expect(whyOf(gap)).toMatch(/2021, 2022 not observed/);
    expect(gap.computed.coverage).toEqual({ observed: 3, expected: 5, missing: [2021, 2022] });
    // mid-period, kept in every year observed so far: on track, the gap named
    const mid = evaluateOne({ indicators: [unemployment], observations: series('unemp', { 2021: 5.0, 2023: 5.3 }) }, at('2023-12-31'));
    expect(mid.status).toBe('on-track');
    expect(whyOf(mid)).toMatch(/2022 not observed/);
  });

  it('is missed as soon as a year breaks the bound: it can no longer be kept every year', () => {
    const broken = series('unemp', { 2021: 5.0, 2022: 5.6, 2023: 4.8 });
    const e = evaluateOne({ indicators: [unemployment], observations: broken }, at('2023-12-31'));
    expect(e.status).toBe('missed');
    // 2 of 3 years kept
    expect(e.computed.progress).toBeCloseTo(2 / 3, 12);
    expect(whyOf(e)).toMatch(/2022: 5\.6/);
    const end = evaluateOne({ indicators: [unemployment], observations: [...broken, ...series('unemp', { 2024: 5, 2025: 5 })] }, at('2025-12-31'));
    expect(end.status).toBe('missed');
    // exactly 5.5 breaks "< 5.5"
    const equal = evaluateOne({ indicators: [unemployment], observations: series('unemp', { 2021: 5.5 }) }, at('2021-12-31'));
    expect(equal.status).toBe('missed');
  });
});

describe('in-step-with', () => {
  const income = indicator('income', { kind: 'in-step-with', indicator: 'gdp' });
  const gdp = indicator('gdp', { kind: 'average-growth', comparator: 'approx', value: 5, observe: 'rate' });
  const rates = (id: string, values: Record<number, number>): Observation[] => series(id, values, { measure: 'rate' });

  it('compares compounded growth with the reference', () => {
    const e = evaluateOne(
      { indicators: [income, gdp], observations: [...rates('income', { 2021: 8, 2022: 2, 2023: 6 }), ...rates('gdp', { 2021: 8.1, 2022: -0.2, 2023: 5 })] },
      at('2023-12-31'),
    );
    // own = 1.08 × 1.02 × 1.06 = 1.167696; reference = 1.081 × 0.998 × 1.05 = 1.13277...
    expect(e.computed.cumulative).toBeCloseTo(0.167696, 12);
    // own average = 1.167696^(1/3) − 1 = 0.0530361105
    expect(e.computed.averageGrowth).toBeCloseTo(0.053036110481523124, 10);
    expect(e.current).toBeCloseTo(5.3036110481523124, 8);
    // pace = ln 1.167696 / ln 1.1327679 = 1.2434966867
    expect(e.computed.pace).toBeCloseTo(1.243496686677487, 10);
    expect(e.computed.progress).toBeCloseTo(1.243496686677487, 10);
    // 5.30% against 4.24%: +1.06 points → on-track
    expect(e.status).toBe('on-track');
  });

  it('is at-risk trailing by 1–2 points, off-track beyond, missed at the end', () => {
    const gdpRates = rates('gdp', { 2021: 7, 2022: 7, 2023: 7, 2024: 7, 2025: 7 });
    // 5.5% against 7%: −1.5 points → at-risk
    const risk = evaluateOne({ indicators: [income, gdp], observations: [...rates('income', { 2021: 5.5, 2022: 5.5 }), ...gdpRates] }, at('2022-12-31'));
    expect(risk.computed.averageGrowth).toBeCloseTo(0.055, 12);
    expect(risk.status).toBe('at-risk');
    // 4% against 7%: −3 points → off-track
    const off = evaluateOne({ indicators: [income, gdp], observations: [...rates('income', { 2021: 4, 2022: 4 }), ...gdpRates] }, at('2022-12-31'));
    expect(off.status).toBe('off-track');
    // the period over and still trailing → missed
    const end = evaluateOne({ indicators: [income, gdp], observations: [...rates('income', { 2021: 5.5, 2022: 5.5, 2023: 5.5, 2024: 5.5, 2025: 5.5 }), ...gdpRates] }, at('2025-12-31'));
    expect(end.status).toBe('missed');
    // within a point (6.5 against 7) at the end → achieved
    const kept = evaluateOne({ indicators: [income, gdp], observations: [...rates('income', { 2021: 6.5, 2022: 6.5, 2023: 6.5, 2024: 6.5, 2025: 6.5 }), ...gdpRates] }, at('2025-12-31'));
    expect(kept.status).toBe('achieved');
  });

  it('compares only years with both rates', () => {
    const e = evaluateOne(
      { indicators: [income, gdp], observations: [...rates('income', { 2021: 6, 2022: 6 }), ...rates('gdp', { 2022: 6 })] },
      at('2022-12-31'),
    );
    expect(e.path.map((p) => p.year)).toEqual([2022]);
    expect(whyOf(e)).toMatch(/2021 not comparable/);
  });
});

describe('standard', () => {
  const components: Component[] = [
    { id: 'pm25', name: { zh: 'PM2.5', en: 'PM2.5' }, unit: 'μg/m³', limit: 35, stricterLimit: 25 },
    { id: 'pm10', name: { zh: 'PM10', en: 'PM10' }, unit: 'μg/m³', limit: 70, stricterLimit: 50 },
    { id: 'o3', name: { zh: 'O3', en: 'O3' }, unit: 'μg/m³', limit: 160, stricterLimit: 100 },
  ];
  const air = (stricter = true): Indicator =>
    indicator('air', { kind: 'standard', standard: 'GB 3095-2012 Grade II', ...(stricter ? { stricter: { standard: 'WHO IT-2', atLeast: 2 } } : {}) }, { direction: 'decrease', components });
  const reading = (year: number, values: Record<string, number>): Observation[] =>
    Object.entries(values).map(([component, value]) => ({ indicator: 'air', component, year, value, source: 'test' }));

  it('is achieved with every component within its limit and enough better than the stricter tier', () => {
    // pm25 24 ≤ 25 and pm10 48 ≤ 50 are stricter; o3 150 is only within 160: 2 ≥ 2
    const e = evaluateOne({ indicators: [air()], observations: reading(2023, { pm25: 24, pm10: 48, o3: 150 }) }, at('2023-12-31'));
    expect(e.status).toBe('achieved');
    expect(e.computed.progress).toBe(1);
    expect(e.components?.map((c) => [c.id, c.withinLimit, c.withinStricter])).toEqual([
      ['pm25', true, true],
      ['pm10', true, true],
      ['o3', true, false],
    ]);
  });

  it('is at-risk with too few components better than the stricter tier, missed in the target year', () => {
    // only pm25 better than 25: 1 < 2
    const e = evaluateOne({ indicators: [air()], observations: reading(2023, { pm25: 24, pm10: 60, o3: 150 }) }, at('2023-12-31'));
    expect(e.status).toBe('at-risk');
    expect(whyOf(e)).toMatch(/1 of the required 2/);
    const end = evaluateOne({ indicators: [air()], observations: reading(2025, { pm25: 24, pm10: 60, o3: 150 }) }, at('2025-12-31'));
    expect(end.status).toBe('missed');
  });

  it('is off-track when a component exceeds its limit', () => {
    const e = evaluateOne({ indicators: [air()], observations: reading(2023, { pm25: 36, pm10: 48, o3: 150 }) }, at('2023-12-31'));
    expect(e.status).toBe('off-track');
    // 2 of 3 components within the limit
    expect(e.computed.progress).toBeCloseTo(2 / 3, 12);
    expect(whyOf(e)).toMatch(/pm25 36 \(limit 35\)/);
  });

  it('is not assessed with a component unobserved', () => {
    const e = evaluateOne({ indicators: [air(false)], observations: reading(2023, { pm25: 24, pm10: 48 }) }, at('2023-12-31'));
    expect(e.status).toBe('not-assessed');
    expect(e.computed.progress).toBeCloseTo(2 / 3, 12);
    expect(whyOf(e)).toMatch(/no data for o3/);
  });

  it('uses the latest reading of each component', () => {
    const e = evaluateOne({ indicators: [air(false)], observations: [...reading(2022, { pm25: 40, pm10: 48, o3: 150 }), ...reading(2023, { pm25: 30 })] }, at('2023-12-31'));
    expect(e.components?.find((c) => c.id === 'pm25')).toMatchObject({ year: 2023, value: 30, withinLimit: true });
    expect(e.status).toBe('achieved');
  });

  it('does not count a "stricter" limit that is not stricter', () => {
    const loose: Component[] = [{ id: 'so2', name: { zh: 'SO2', en: 'SO2' }, unit: 'μg/m³', limit: 60, stricterLimit: 80 }];
    const e = evaluateOne(
      {
        indicators: [indicator('air', { kind: 'standard', standard: 'Grade II', stricter: { standard: 'X', atLeast: 1 } }, { components: loose })],
        observations: [{ indicator: 'air', component: 'so2', year: 2023, value: 10, source: 't' }],
      },
      at('2023-12-31'),
    );
    expect(e.components?.[0]?.withinStricter).toBeNull();
    expect(e.status).toBe('at-risk');
  });
});

describe('external', () => {
  it('is not assessed while the value is not recorded', () => {
    const e = evaluateOne(
      { indicators: [indicator('energy', { kind: 'external', authority: 'the State Council', value: null }, { direction: 'decrease' })], observations: series('energy', { 2020: 1, 2023: 0.9 }) },
      at('2023-12-31'),
    );
    expect(e.status).toBe('not-assessed');
    expect(whyOf(e)).toMatch(/the State Council/);
    for (const field of COMPUTED_FIELDS) expectNullWithReason(e, field);
  });

  it('is evaluated as a level once the value is recorded', () => {
    const e = evaluateOne(
      { indicators: [indicator('energy', { kind: 'external', authority: 'the State Council', value: 100 }, { direction: 'decrease' })], observations: series('energy', { 2020: 120, 2023: 95 }) },
      at('2023-12-31'),
    );
    // comparator defaults to ≤ for a decreasing indicator: 95 ≤ 100 → achieved
    expect(e.status).toBe('achieved');
    expect(e.indicator.target.kind).toBe('external');
    expect(whyOf(e)).toMatch(/target set by the State Council/);
    // progress = ln(95/120) / ln(100/120) = −0.2336149 / −0.1823216 = 1.2813373
    expect(e.computed.progress).toBeCloseTo(Math.log(95 / 120) / Math.log(100 / 120), 10);
  });

  it('is evaluated as a reduction when the measure says so', () => {
    // 13.5% reduction; 2020 → 2023 100 → 90: down 10%; progress = ln 0.9 / ln 0.865 = 0.7284; pace 1.214 ≥ 1.2 → ahead
    const e = evaluateOne(
      {
        indicators: [indicator('energy', { kind: 'external', authority: 'the State Council', value: 13.5, measure: 'reduction' }, { direction: 'decrease' })],
        observations: series('energy', { 2020: 100, 2023: 90 }),
      },
      at('2023-12-31'),
    );
    expect(e.computed.cumulative).toBeCloseTo(0.1, 12);
    expect(e.computed.pace).toBeCloseTo(Math.log(0.9) / Math.log(0.865) / 0.6, 10);
    expect(e.status).toBe('ahead');
  });
});

describe('milestone', () => {
  const hub = indicator('hub', { kind: 'milestone', deliverable: 'Hongqiao hub basically built' });

  it('is not assessed without judgements', () => {
    const e = evaluateOne({ indicators: [hub] }, at('2023-12-31'));
    expect(e.status).toBe('not-assessed');
    expect(whyOf(e)).toMatch(/no judgement/);
  });

  it('takes the latest judgement made by the as-of date', () => {
    const judgements = [
      { indicator: 'hub', date: '2023-05-01', status: 'at-risk' as const, evidence: 'delays', source: 'report B' },
      { indicator: 'hub', date: '2022-06-30', status: 'on-track' as const, evidence: 'works started', source: 'report A' },
    ];
    expect(evaluateOne({ indicators: [hub], judgements }, at('2023-12-31')).status).toBe('at-risk');
    const earlier = evaluateOne({ indicators: [hub], judgements }, at('2022-12-31'));
    expect(earlier.status).toBe('on-track');
    expect(whyOf(earlier)).toMatch(/works started/);
    expect(evaluateOne({ indicators: [hub], judgements }, at('2022-01-01')).status).toBe('not-assessed');
  });
});

describe('vintages', () => {
  // 2021: first estimate (no `published`: known from 2021-12-31), revised twice
  const vintages: Observation[] = [
    { indicator: 'gdp', year: 2020, value: 100, source: 'yearbook 2021' },
    { indicator: 'gdp', year: 2021, value: 104, source: 'bulletin 2022' },
    { indicator: 'gdp', year: 2021, value: 106, source: 'yearbook 2022', published: '2022-09-30' },
    { indicator: 'gdp', year: 2021, value: 107, source: 'census revision', published: '2024-01-15' },
    { indicator: 'gdp', year: 2022, value: 110, source: 'bulletin 2023' },
  ];
  const value2021 = (index: ObservationIndex) => index.points('gdp', 'level').find((point) => point.year === 2021)?.value;

  it('as-of keeps what was published by the date, newest vintage first', () => {
    expect(value2021(new ObservationIndex(vintages, { kind: 'as-of', date: '2022-06-30' }))).toBe(104);
    expect(value2021(new ObservationIndex(vintages, { kind: 'as-of', date: '2022-09-30' }))).toBe(106);
    expect(value2021(new ObservationIndex(vintages, { kind: 'as-of', date: '2024-01-15' }))).toBe(107);
    // an observation without `published` is known from the last day of its year
    expect(value2021(new ObservationIndex(vintages, { kind: 'as-of', date: '2021-12-31' }))).toBe(104);
    expect(value2021(new ObservationIndex(vintages, { kind: 'as-of', date: '2021-12-30' }))).toBeUndefined();
    // all vintages known by the date are listed for display
    expect(new ObservationIndex(vintages, { kind: 'as-of', date: '2022-12-31' }).all('gdp').map((o) => o.value)).toEqual([100, 104, 106, 110]);
  });

  it('year is as of the day the last figure for the year was first published', () => {
    // 2021's first release has no date: known from 2021-12-31; its revisions came later
    expect(dateOfYear(vintages, 2021)).toBe('2021-12-31');
    const index = new ObservationIndex(vintages, { kind: 'year', year: 2021, date: dateOfYear(vintages, 2021) });
    // the 2022 yearbook and the 2024 census revision of 2021 were not known then; 2022 is not counted
    expect(index.points('gdp', 'level').map((point) => [point.year, point.value])).toEqual([
      [2020, 100],
      [2021, 104],
    ]);
    // a year whose figure came out late is as of that day
    expect(dateOfYear([...vintages, { indicator: 'jobs', year: 2021, value: 5, source: 's', published: '2022-03-01' }], 2021)).toBe('2022-03-01');
    expect(dateOfYear(vintages, 2030)).toBe('2030-12-31');
  });

  it('all keeps the newest vintage of everything', () => {
    const index = new ObservationIndex(vintages, { kind: 'all' });
    expect(index.points('gdp', 'level').map((point) => point.value)).toEqual([100, 107, 110]);
  });

  it('evaluatePlan applies the rule', () => {
    const plan = makePlan({ indicators: [indicator('gdp', { kind: 'level', comparator: '>=', value: 200 })], observations: vintages.filter((o) => o.year <= 2021) });
    const asOf = evaluatePlan(plan, { asOf: '2022-06-30', rule: { kind: 'as-of', date: '2022-06-30' }, method: 'pace' })[0]!;
    expect(asOf.latest).toMatchObject({ year: 2021, value: 104 });
    // progress = ln 1.04 / ln 2 = 0.0565835
    expect(asOf.computed.progress).toBeCloseTo(Math.log(1.04) / Math.log(2), 12);
    const byYear = evaluatePlan(plan, { asOf: '2021-12-31', rule: { kind: 'year', year: 2021, date: '2021-12-31' }, method: 'pace' })[0]!;
    expect(byYear.latest).toMatchObject({ year: 2021, value: 104 });
    expect(byYear.observations).toHaveLength(2);
  });

  it('keeps a series in another unit apart', () => {
    const observations: Observation[] = [
      { indicator: 'gdp', year: 2021, value: 4.3, unit: 'trillion yuan', source: 't' },
      { indicator: 'gdp', year: 2021, value: 43000, unit: '亿元', source: 't' },
    ];
    const index = new ObservationIndex(observations, { kind: 'all' }, new Map([['gdp', '亿元']]));
    expect(index.points('gdp', 'level').map((point) => point.value)).toEqual([43000]);
  });
});

describe('no data', () => {
  const kinds: Target[] = [
    { kind: 'level', comparator: '>=', value: 1 },
    { kind: 'average-growth', comparator: '>=', value: 5 },
    { kind: 'average-growth', comparator: '>=', value: 5, observe: 'rate' },
    { kind: 'cumulative-growth', comparator: '>=', value: 20 },
    { kind: 'factor', factor: 4, baseYear: 2018 },
    { kind: 'reduction', value: 9 },
    { kind: 'reduction', value: 9, observe: 'rate' },
    { kind: 'cumulative-sum', comparator: '>=', value: 110 },
    { kind: 'every-year', comparator: '<', value: 5.5 },
    { kind: 'in-step-with', indicator: 'other' },
    { kind: 'external', authority: 'X', value: 10 },
  ];

  it.each(kinds.map((target) => [`${target.kind}${'observe' in target ? ` (${target.observe})` : ''}`, target] as const))('%s without observations is no-data', (_, target) => {
    const e = evaluateOne({ indicators: [indicator('x', target), indicator('other', { kind: 'level', comparator: '>=', value: 1 })], observations: series('unrelated', { 2021: 1 }) }, at('2023-12-31'));
    expect(e.status).toBe('no-data');
    expect(whyOf(e).length).toBeGreaterThan(0);
    for (const field of COMPUTED_FIELDS) expectNullWithReason(e, field);
  });

  it('a standard without observed components is no-data', () => {
    const components: Component[] = [{ id: 'pm25', name: { zh: 'PM2.5', en: 'PM2.5' }, unit: 'μg/m³', limit: 35 }];
    const e = evaluateOne({ indicators: [indicator('air', { kind: 'standard', standard: 'Grade II' }, { components })] }, at('2023-12-31'));
    expect(e.status).toBe('no-data');
  });

  it('only observations after the as-of year is no-data', () => {
    const e = evaluateOne({ indicators: [indicator('x', { kind: 'level', comparator: '>=', value: 200 })], observations: series('x', { 2024: 150 }) }, at('2023-12-31'));
    expect(e.status).toBe('no-data');
  });
});

describe('the SDG method through evaluatePlan', () => {
  const sdg = (asOf: string): EvaluateOptions => ({ asOf, rule: { kind: 'all' }, method: 'sdg' });

  it('replaces the pace status with the SDG measure for a level target', () => {
    const e = evaluateOne({ indicators: [indicator('x', { kind: 'level', comparator: '>=', value: 200 })], observations: series('x', { 2020: 100, 2023: 150 }) }, sdg('2023-12-31'));
    // cagr_o = 1.5^(1/3) − 1 = 0.1447142; cagr_r = 2^(1/5) − 1 = 0.1486984; value = 0.9732063 ≥ 0.95
    expect(e.sdg?.progressValue).toBeCloseTo((Math.pow(1.5, 1 / 3) - 1) / (Math.pow(2, 1 / 5) - 1), 10);
    expect(e.sdg?.label).toBe('substantial_progress');
    expect(e.status).toBe('on-track');
  });

  it('ignores observations after the as-of year, as the pace method does', () => {
    const e = evaluateOne({ indicators: [indicator('x', { kind: 'level', comparator: '>=', value: 200 })], observations: series('x', { 2022: 100, 2024: 150 }) }, sdg('2021-12-31'));
    expect(e.status).toBe('no-data');
    expect(e.sdg?.currentYear).toBeNull();
  });

  it('measures an external target through the kind it stands for, once', () => {
    const e = evaluateOne(
      {
        indicators: [indicator('energy', { kind: 'external', authority: 'the State Council', value: 13.5, measure: 'reduction' }, { direction: 'decrease' })],
        observations: series('energy', { 2020: 100, 2023: 90 }),
      },
      sdg('2023-12-31'),
    );
    // index 0.9 in 2023 against 0.865 in 2025, direction −1:
    // cagr_o = 0.9^(1/3) − 1 = −0.0345106; cagr_r = 0.865^(1/5) − 1 = −0.0285886; value = 1.2071485
    expect(e.sdg?.progressValue).toBeCloseTo((1 - Math.pow(0.9, 1 / 3)) / (1 - Math.pow(0.865, 1 / 5)), 10);
    expect(e.status).toBe('on-track');
    expect(whyOf(e)).not.toMatch(/pace method/);
  });

  it('keeps the pace status for kinds the SDG measure has no rule for', () => {
    const e = evaluateOne({ indicators: [indicator('u', { kind: 'every-year', comparator: '<', value: 5.5 }, { direction: 'decrease' })], observations: series('u', { 2021: 5 }) }, sdg('2021-12-31'));
    expect(e.sdg).toBeUndefined();
    expect(e.status).toBe('on-track');
    expect(whyOf(e)).toMatch(/no rule for every-year/);
  });
});

describe('undefined numbers are null with a reason', () => {
  it('average growth of a level that fell below zero', () => {
    const gdp = indicator('profit', { kind: 'average-growth', comparator: '>=', value: 5 });
    const end = evaluateOne({ indicators: [gdp], observations: series('profit', { 2020: 100, 2025: -5 }) }, at('2025-12-31'));
    // (−5/100)^(1/5) has no real value: no average, no current, and the target is missed
    expect(end.current).toBeNull();
    expectNullWithReason(end, 'averageGrowth');
    expect(end.status).toBe('missed');
    expect(whyOf(end)).toMatch(/undefined/);
    expect(whyOf(end)).not.toMatch(/NaN/);
    // before the end: progress on the linear fallback = (−0.05 − 1) / (1.05^5 − 1) < 0 → off-track
    const midway = evaluateOne({ indicators: [gdp], observations: series('profit', { 2020: 100, 2023: -5 }) }, at('2023-12-31'));
    expect(midway.current).toBeNull();
    expect(midway.computed.progress).toBeCloseTo(-1.05 / (Math.pow(1.05, 5) - 1), 10);
    expect(midway.status).toBe('off-track');
  });

  it('shares of a cumulative-sum target of zero', () => {
    const e = evaluateOne({ indicators: [indicator('x', { kind: 'cumulative-sum', comparator: '<=', value: 0 }, { direction: 'decrease' })], observations: series('x', { 2021: 0, 2022: 0 }) }, at('2022-12-31'));
    expectNullWithReason(e, 'progress');
    expectNullWithReason(e, 'expected');
    expectNullWithReason(e, 'pace');
    expect(e.computed.cumulative).toBe(0);
    expect(e.status).toBe('achieved');
  });
});
