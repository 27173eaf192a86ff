// The Open SDG progress measure as sdg-build's ProgressMeasure.py computes it (methodology 2,
// a target value given):
//   cagr_o = (current/base)^(1/(t − t0)) − 1, cagr_r = (target/base)^(1/(T − t0)) − 1
//   progress value = sign · direction · cagr_o / |cagr_r|   (sign −1 for a negative base)
//   target achieved: current ≥ target (positive direction) or ≤ target (negative)
//   labels: ≥ 0.95 substantial, ≥ 0.6 moderate, ≥ 0 limited, < 0 deterioration
//   score: 5 when achieved; min(7.1429p − 4.2857, 5) for p ≥ 0.6; max(4.1667p − 2.5, −5) below
//   base year missing → the next later year; base value 0 → 0.001; target 0 → 0.001;
//   base and current of opposite sign, or a single year → not available.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sdgMeasure, sdgStatus, type SdgInput } from '../../src/engine/sdg.js';
import type { SdgResult } from '../../src/engine/types.js';

/** Base 2015 = 100, target 150 in 2030, positive direction; the 2020 value varies. */
function positive(current: number): SdgResult {
  return sdgMeasure({ series: [{ year: 2015, value: 100 }, { year: 2020, value: current }], baseYear: 2015, target: 150, targetYear: 2030, direction: 1 });
}

describe('sdgMeasure: progress value, label and score', () => {
  it('moderate progress: base 2015 = 100, current 2020 = 110, target 2030 = 150', () => {
    const r = positive(110);
    // cagr_o = 1.1^(1/5) − 1 = 0.0192448765; cagr_r = 1.5^(1/15) − 1 = 0.0273996591
    // value = 0.0192448765 / 0.0273996591 = 0.7023764948 → moderate (0.6 ≤ v < 0.95)
    expect(r.progressValue).toBeCloseTo(0.7023764947842465, 10);
    expect(r.label).toBe('moderate_progress');
    // score = 7.1429 × 0.7023765 − 4.2857 = 0.7313050646
    expect(r.score).toBeCloseTo(0.7313050645943937, 9);
    expect(r).toMatchObject({ baseYear: 2015, baseValue: 100, currentYear: 2020, currentValue: 110, target: 150, targetYear: 2030, direction: 1 });
    expect(sdgStatus(r)).toBe('at-risk');
  });

  it('substantial progress: current 115', () => {
    const r = positive(115);
    // cagr_o = 1.15^(1/5) − 1 = 0.0283467221; value = 0.0283467221 / 0.0273996591 = 1.0345647745
    expect(r.progressValue).toBeCloseTo(1.0345647744847781, 10);
    expect(r.label).toBe('substantial_progress');
    // score = 7.1429 × 1.0345648 − 4.2857 = 3.1040927277
    expect(r.score).toBeCloseTo(3.1040927276673216, 9);
    expect(sdgStatus(r)).toBe('on-track');
  });

  it('limited progress: current 105', () => {
    const r = positive(105);
    // cagr_o = 1.05^(1/5) − 1 = 0.0098057977; value = 0.3578802806 → limited (0 ≤ v < 0.6)
    expect(r.progressValue).toBeCloseTo(0.3578802805787645, 10);
    expect(r.label).toBe('limited_progress');
    // score = 4.1667 × 0.3578803 − 2.5 = −1.0088202349
    expect(r.score).toBeCloseTo(-1.0088202349124622, 9);
    expect(sdgStatus(r)).toBe('off-track');
  });

  it('deterioration: current 95', () => {
    const r = positive(95);
    // cagr_o = 0.95^(1/5) − 1 = −0.0102062183; value = −0.3724943544 → deterioration
    expect(r.progressValue).toBeCloseTo(-0.37249435437417233, 10);
    expect(r.label).toBe('deterioration');
    // score = 4.1667 × −0.3724944 − 2.5 = −4.0520722264
    expect(r.score).toBeCloseTo(-4.052072226370864, 9);
    expect(sdgStatus(r)).toBe('off-track');
  });

  it('caps the score at 5 and −5', () => {
    // current 140: value = (1.4^(1/5) − 1) / 0.0273996591 = 2.5405562735; 7.1429 × 2.54 − 4.2857 = 13.86 → 5
    const high = positive(140);
    expect(high.progressValue).toBeCloseTo(2.540556273462877, 9);
    expect(high.label).toBe('substantial_progress');
    expect(high.score).toBe(5);
    // current 50: value = (0.5^(1/5) − 1) / 0.0273996591 = −4.724490783; 4.1667 × −4.72 − 2.5 = −22.2 → −5
    const low = positive(50);
    expect(low.progressValue).toBeCloseTo(-4.724490783000188, 9);
    expect(low.score).toBe(-5);
  });

  it('negative direction: base 100 → 90, target 50', () => {
    const r = sdgMeasure({ series: [{ year: 2015, value: 100 }, { year: 2020, value: 90 }], baseYear: 2015, target: 50, targetYear: 2030, direction: -1 });
    // cagr_o = 0.9^(1/5) − 1 = −0.0208516376; cagr_r = 0.5^(1/15) − 1 = −0.0451583961
    // value = 1 × −1 × −0.0208516376 / 0.0451583961 = 0.4617444251 → limited
    expect(r.progressValue).toBeCloseTo(0.46174442506014873, 10);
    expect(r.label).toBe('limited_progress');
    // score = 4.1667 × 0.4617444 − 2.5 = −0.5760495041
    expect(r.score).toBeCloseTo(-0.5760495041018785, 9);
  });

  it('negative base value flips the sign', () => {
    // base −100 → current −80, target −50, positive direction (towards higher values)
    const r = sdgMeasure({ series: [{ year: 2015, value: -100 }, { year: 2020, value: -80 }], baseYear: 2015, target: -50, targetYear: 2030, direction: 1 });
    // cagr_o = 0.8^(1/5) − 1 = −0.0436475002; cagr_r = 0.5^(1/15) − 1 = −0.0451583961
    // value = −1 × 1 × −0.0436475002 / 0.0451583961 = 0.9665423042 → substantial
    expect(r.progressValue).toBeCloseTo(0.9665423041902719, 10);
    expect(r.label).toBe('substantial_progress');
    // score = 7.1429 × 0.9665423 − 4.2857 = 2.6182150246
    expect(r.score).toBeCloseTo(2.6182150246006923, 9);
  });
});

describe('sdgMeasure: target achieved', () => {
  it('positive direction: current ≥ target, score 5', () => {
    const r = positive(150);
    expect(r.label).toBe('target_achieved');
    expect(r.score).toBe(5);
    expect(sdgStatus(r)).toBe('achieved');
    // the progress value is still computed: (1.5^(1/5) − 1) / (1.5^(1/15) − 1) = 0.0844717712 / 0.0273996591 = 3.0829...
    expect(r.progressValue).toBeCloseTo((Math.pow(1.5, 1 / 5) - 1) / (Math.pow(1.5, 1 / 15) - 1), 10);
    expect(positive(149.99).label).not.toBe('target_achieved');
  });

  it('negative direction: current ≤ target', () => {
    const series = (current: number) => [{ year: 2015, value: 100 }, { year: 2020, value: current }];
    expect(sdgMeasure({ series: series(50), baseYear: 2015, target: 50, targetYear: 2030, direction: -1 }).label).toBe('target_achieved');
    expect(sdgMeasure({ series: series(50.01), baseYear: 2015, target: 50, targetYear: 2030, direction: -1 }).label).not.toBe('target_achieved');
  });

  it('is checked before the progress value, as in sdg-build', () => {
    // base 10 and current −5 have opposite signs (no value), but −5 ≤ target 0 (→ 0.001): achieved
    const r = sdgMeasure({ series: [{ year: 2015, value: 10 }, { year: 2020, value: -5 }], baseYear: 2015, target: 0, targetYear: 2030, direction: -1 });
    expect(r.label).toBe('target_achieved');
    expect(r.score).toBe(5);
    expect(r.progressValue).toBeNull();
  });
});

describe('sdgMeasure: base year, zero values and missing data', () => {
  it('takes the next later year when the base year is missing', () => {
    const r = sdgMeasure({
      series: [{ year: 2016, value: 100 }, { year: 2018, value: 110 }, { year: 2020, value: 120 }],
      baseYear: 2015,
      target: 150,
      targetYear: 2030,
      direction: 1,
    });
    expect(r.baseYear).toBe(2016);
    expect(r.baseValue).toBe(100);
    // cagr_o = 1.2^(1/4) − 1 = 0.0466351394; cagr_r = 1.5^(1/14) − 1 = 0.0293852645; value = 1.5870246624
    expect(r.progressValue).toBeCloseTo(1.5870246623528776, 10);
  });

  it('takes the base year itself when present, not the first year', () => {
    const r = sdgMeasure({ series: [{ year: 2010, value: 50 }, { year: 2015, value: 100 }, { year: 2020, value: 110 }], baseYear: 2015, target: 150, targetYear: 2030, direction: 1 });
    expect(r.baseYear).toBe(2015);
    expect(r.progressValue).toBeCloseTo(0.7023764947842465, 10);
  });

  it('sorts the series before choosing base and current', () => {
    const r = sdgMeasure({ series: [{ year: 2020, value: 110 }, { year: 2015, value: 100 }], baseYear: 2015, target: 150, targetYear: 2030, direction: 1 });
    expect(r.currentYear).toBe(2020);
    expect(r.progressValue).toBeCloseTo(0.7023764947842465, 10);
  });

  it('replaces a base value of 0 with 0.001', () => {
    const r = sdgMeasure({ series: [{ year: 2015, value: 0 }, { year: 2020, value: 5 }], baseYear: 2015, target: 10, targetYear: 2030, direction: 1 });
    // cagr_o = (5/0.001)^(1/5) − 1 = 4.4928027165; cagr_r = (10/0.001)^(1/15) − 1 = 0.8478497974
    // value = 5.2990550097 → substantial
    expect(r.progressValue).toBeCloseTo(5.299055009731689, 9);
    expect(r.label).toBe('substantial_progress');
  });

  it('replaces a target of 0 with 0.001', () => {
    const r = sdgMeasure({ series: [{ year: 2015, value: 10 }, { year: 2020, value: 5 }], baseYear: 2015, target: 0, targetYear: 2030, direction: -1 });
    expect(r.target).toBe(0.001);
    // cagr_o = 0.5^(1/5) − 1 = −0.1294494367; cagr_r = (0.001/10)^(1/15) − 1 = −0.4588304735
    // value = −1 × −0.1294494367 / 0.4588304735 = 0.2821291178 → limited
    expect(r.progressValue).toBeCloseTo(0.28212911781890315, 10);
    expect(r.label).toBe('limited_progress');
    // score = 4.1667 × 0.2821291 − 2.5 = −1.3244526048
    expect(r.score).toBeCloseTo(-1.3244526047839764, 9);
  });

  it('is not available when base and current have opposite signs', () => {
    for (const [base, current] of [
      [100, -5],
      [-100, 5],
    ] as const) {
      const r = sdgMeasure({ series: [{ year: 2015, value: base }, { year: 2020, value: current }], baseYear: 2015, target: 150, targetYear: 2030, direction: 1 });
      expect(r.label).toBe('not_available');
      expect(r.progressValue).toBeNull();
      expect(r.score).toBeNull();
      expect(r.reason).toEqual({ code: 'OPPOSITE_SIGNS' });
      expect(sdgStatus(r)).toBe('not-assessed');
    }
  });

  it('is not available with a single year of data', () => {
    const r = sdgMeasure({ series: [{ year: 2015, value: 100 }], baseYear: 2015, target: 150, targetYear: 2030, direction: 1 });
    expect(r.label).toBe('not_available');
    expect(r.progressValue).toBeNull();
    expect(r.score).toBeNull();
    expect(r.reason).toEqual({ code: 'TWO_YEARS_NEEDED' });
    // current is reported: the indicator has data, it cannot be measured
    expect(r.currentYear).toBe(2015);
    expect(sdgStatus(r)).toBe('not-assessed');
  });

  it('is not available when all data precede the base year', () => {
    const r = sdgMeasure({ series: [{ year: 2012, value: 90 }, { year: 2014, value: 100 }], baseYear: 2015, target: 150, targetYear: 2030, direction: 1 });
    expect(r.label).toBe('not_available');
    expect(r.reason).toEqual({ code: 'NO_DATA_FROM_BASE_YEAR', year: 2015 });
  });

  it('is not available without data, which maps to no-data', () => {
    const r = sdgMeasure({ series: [], baseYear: 2015, target: 150, targetYear: 2030, direction: 1 });
    expect(r.label).toBe('not_available');
    expect(r.currentYear).toBeNull();
    expect(sdgStatus(r)).toBe('no-data');
  });

  it('is not available when the target equals the base (no required growth)', () => {
    const r = sdgMeasure({ series: [{ year: 2015, value: 100 }, { year: 2020, value: 90 }], baseYear: 2015, target: 100, targetYear: 2030, direction: 1 });
    expect(r.label).toBe('not_available');
    expect(r.progressValue).toBeNull();
  });
});

describe('sdgMeasure: properties', () => {
  const input: fc.Arbitrary<SdgInput> = fc.record({
    series: fc.uniqueArray(
      fc.record({
        year: fc.integer({ min: 2010, max: 2024 }),
        value: fc.oneof(fc.constant(0), fc.double({ min: -1e4, max: 1e4, noNaN: true }).filter((v) => Math.abs(v) > 1e-6)),
      }),
      { selector: (point) => point.year, maxLength: 8 },
    ),
    baseYear: fc.integer({ min: 2010, max: 2024 }),
    target: fc.oneof(fc.constant(0), fc.double({ min: -1e4, max: 1e4, noNaN: true }).filter((v) => Math.abs(v) > 1e-6)),
    targetYear: fc.integer({ min: 2025, max: 2040 }),
    direction: fc.constantFrom(1 as const, -1 as const),
  });

  it('labels and scores follow the progress value by the 0.95 / 0.6 / 0 thresholds', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = sdgMeasure(i);
        if (r.progressValue !== null) expect(Number.isFinite(r.progressValue)).toBe(true);
        if (r.label === 'target_achieved') {
          expect(r.score).toBe(5);
          const target = i.target === 0 ? 0.001 : i.target;
          expect(i.direction === 1 ? r.currentValue! >= target : r.currentValue! <= target).toBe(true);
          return;
        }
        if (r.label === 'not_available') {
          expect(r.score).toBeNull();
          return;
        }
        const p = r.progressValue!;
        const label = p >= 0.95 ? 'substantial_progress' : p >= 0.6 ? 'moderate_progress' : p >= 0 ? 'limited_progress' : 'deterioration';
        expect(r.label).toBe(label);
        expect(r.score!).toBeGreaterThanOrEqual(-5);
        expect(r.score!).toBeLessThanOrEqual(5);
        // the two score lines: slope 7.1429 from 0.6 (score 0) upwards, 4.1667 below
        if (p >= 0.6) expect(r.score!).toBeGreaterThanOrEqual(-1e-3);
        else expect(r.score!).toBeLessThan(1e-3);
      }),
      { numRuns: 1000 },
    );
  });

  it('reverses the value when the direction is reversed', () => {
    fc.assert(
      fc.property(input, (i) => {
        const up = sdgMeasure({ ...i, direction: 1 });
        const down = sdgMeasure({ ...i, direction: -1 });
        if (up.progressValue === null) expect(down.progressValue).toBeNull();
        else expect(down.progressValue! + up.progressValue).toBeCloseTo(0, 9);
      }),
      { numRuns: 500 },
    );
  });
});
