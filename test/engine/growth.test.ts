import { describe, expect, it } from 'vitest';
import { cagr, compoundRates, pointOnPath, project, requiredGrowth, shareOfPath, type Computed } from '../../src/engine/growth.js';
import { becauseText } from '../../src/render/reason-text.js';

/** The value of a defined result (fails the test when it is undefined). */
function valueOf(result: Computed): number {
  if (result.value === null) throw new Error(`expected a number, got null: ${result.reason}`);
  return result.value;
}

/** An undefined result: null with a non-empty reason, never NaN or Infinity. */
function expectUndefined(result: Computed, reasonPattern?: RegExp): void {
  expect(result.value).toBeNull();
  const words = becauseText(result.reason!, 'en');
  expect(words.length).toBeGreaterThan(0);
  expect(becauseText(result.reason!, 'zh').length).toBeGreaterThan(0);
  if (reasonPattern) expect(words).toMatch(reasonPattern);
}

describe('cagr', () => {
  it('is (v1/v0)^(1/years) − 1', () => {
    // (121/100)^(1/2) − 1 = 1.1 − 1 = 0.1
    expect(valueOf(cagr(100, 121, 2))).toBeCloseTo(0.1, 12);
    // (50/100)^(1/1) − 1 = −0.5
    expect(valueOf(cagr(100, 50, 1))).toBeCloseTo(-0.5, 12);
    // (8/1)^(1/3) − 1 = 2 − 1 = 1
    expect(valueOf(cagr(1, 8, 3))).toBeCloseTo(1, 12);
    // no change: 0
    expect(valueOf(cagr(100, 100, 5))).toBe(0);
    // (1.05^5 = 1.2762815625)^(1/5) − 1 = 0.05
    expect(valueOf(cagr(100, 127.62815625, 5))).toBeCloseTo(0.05, 12);
  });

  it('falls to −100% when the end value is zero', () => {
    expect(valueOf(cagr(200, 0, 3))).toBe(-1);
  });

  it('is undefined, with a reason, for a zero or negative base', () => {
    expectUndefined(cagr(0, 5, 2), /positive start value/);
    expectUndefined(cagr(-10, 5, 2), /positive start value/);
    expectUndefined(cagr(-10, -20, 2), /positive start value/);
  });

  it('is undefined for a negative end value', () => {
    expectUndefined(cagr(10, -5, 2), /non-negative end value/);
  });

  it('is undefined for zero or negative years', () => {
    expectUndefined(cagr(100, 121, 0), /no years/);
    expectUndefined(cagr(100, 121, -2), /no years/);
  });

  it('gives null rather than Infinity when the ratio overflows', () => {
    expectUndefined(cagr(Number.MIN_VALUE, Number.MAX_VALUE, 1));
  });
});

describe('compoundRates', () => {
  it('is Π(1 + gᵢ)', () => {
    // 1.1 × 1.1 = 1.21
    expect(valueOf(compoundRates([0.1, 0.1]))).toBeCloseTo(1.21, 12);
    // 1.05 × 0.98 = 1.029
    expect(valueOf(compoundRates([0.05, -0.02]))).toBeCloseTo(1.029, 12);
    // a single rate
    expect(valueOf(compoundRates([0.07]))).toBeCloseTo(1.07, 12);
    // 1.06 × 1.04 × 1.05 = 1.15752
    expect(valueOf(compoundRates([0.06, 0.04, 0.05]))).toBeCloseTo(1.15752, 12);
  });

  it('is undefined without rates', () => {
    expectUndefined(compoundRates([]), /no yearly rates/);
  });

  it('is undefined when a year falls by 100% or more', () => {
    expectUndefined(compoundRates([-1]), /fall of 100%/);
    expectUndefined(compoundRates([0.1, -1.5, 0.2]), /fall of 150%/);
  });

  it('accepts a fall just short of 100%', () => {
    // 1 × (1 − 0.99) = 0.01
    expect(valueOf(compoundRates([-0.99]))).toBeCloseTo(0.01, 12);
  });
});

describe('requiredGrowth', () => {
  it('is the rate that lands on the target', () => {
    // 121 × 1.1² = 146.41
    expect(valueOf(requiredGrowth(121, 146.41, 2))).toBeCloseTo(0.1, 12);
    // (150/200)^(1/1) − 1 = −0.25
    expect(valueOf(requiredGrowth(200, 150, 1))).toBeCloseTo(-0.25, 12);
    // already there: 0
    expect(valueOf(requiredGrowth(80, 80, 3))).toBe(0);
  });

  it('is undefined with no years left', () => {
    expectUndefined(requiredGrowth(100, 110, 0), /no years left/);
    expectUndefined(requiredGrowth(100, 110, -1), /no years left/);
  });

  it('is undefined from a zero or negative latest value', () => {
    expectUndefined(requiredGrowth(0, 110, 2), /positive start value/);
    expectUndefined(requiredGrowth(-3, 110, 2), /positive start value/);
  });
});

describe('project', () => {
  it('compounds the current value at the rate', () => {
    // 100 × 1.1² = 121
    expect(valueOf(project(100, 0.1, 2))).toBeCloseTo(121, 10);
    // 200 × 0.9³ = 145.8
    expect(valueOf(project(200, -0.1, 3))).toBeCloseTo(145.8, 10);
    // no years: the current value
    expect(valueOf(project(57, 0.3, 0))).toBe(57);
  });

  it('is undefined for a past target year', () => {
    expectUndefined(project(100, 0.1, -1), /already past/);
  });

  it('is undefined for a rate of −100% or less', () => {
    expectUndefined(project(100, -1, 2), /fall of 100%/);
    expectUndefined(project(100, -1.5, 2), /fall of 150%/);
  });

  it('gives null rather than Infinity on overflow', () => {
    expectUndefined(project(1e300, 1e10, 5), /finite/);
  });
});

describe('shareOfPath', () => {
  it('measures a compound path on the log scale', () => {
    // ln(110/100) / ln(121/100) = ln 1.1 / (2 ln 1.1) = 0.5
    expect(valueOf(shareOfPath(100, 110, 121, 'compound'))).toBeCloseTo(0.5, 12);
    // ln(200/100) / ln(400/100) = 0.5 (a factor target ×4 half way)
    expect(valueOf(shareOfPath(1, 2, 4, 'compound'))).toBeCloseTo(0.5, 12);
    // a decrease: ln(0.95) / ln(0.91) = 0.5438757802947624
    expect(valueOf(shareOfPath(1, 0.95, 0.91, 'compound'))).toBeCloseTo(0.5438757802947624, 12);
  });

  it('measures a linear path by difference', () => {
    // (110 − 100) / (121 − 100) = 10/21
    expect(valueOf(shareOfPath(100, 110, 121, 'linear'))).toBeCloseTo(10 / 21, 12);
  });

  it('is negative when moving away and above 1 beyond the target', () => {
    // ln 0.9 / ln 1.21 = −0.5527...
    expect(valueOf(shareOfPath(100, 90, 121, 'compound'))).toBeLessThan(0);
    expect(valueOf(shareOfPath(100, 90, 121, 'compound'))).toBeCloseTo(Math.log(0.9) / Math.log(1.21), 12);
    // ln 1.331 / ln 1.21 = 3/2
    expect(valueOf(shareOfPath(100, 133.1, 121, 'compound'))).toBeCloseTo(1.5, 12);
  });

  it('falls back to the linear share where logarithms are undefined', () => {
    // base 0: (5 − 0) / (10 − 0) = 0.5
    expect(valueOf(shareOfPath(0, 5, 10, 'compound'))).toBeCloseTo(0.5, 12);
    // value 0: (0 − 100) / (50 − 100) = 2
    expect(valueOf(shareOfPath(100, 0, 50, 'compound'))).toBeCloseTo(2, 12);
    // negative values: (−5 − (−10)) / (0 − (−10)) = 0.5
    expect(valueOf(shareOfPath(-10, -5, 0, 'compound'))).toBeCloseTo(0.5, 12);
  });

  it('is undefined when the target equals the base', () => {
    expectUndefined(shareOfPath(100, 120, 100, 'compound'), /no distance/);
    expectUndefined(shareOfPath(100, 120, 100, 'linear'), /no distance/);
  });
});

describe('pointOnPath', () => {
  it('interpolates a compound path geometrically', () => {
    // 100 × (121/100)^0.5 = 110
    expect(pointOnPath(100, 121, 0.5, 'compound')).toBeCloseTo(110, 10);
    // 100 × 2^0.6 = 151.5716566510398
    expect(pointOnPath(100, 200, 0.6, 'compound')).toBeCloseTo(151.5716566510398, 9);
    expect(pointOnPath(100, 121, 0, 'compound')).toBeCloseTo(100, 12);
    expect(pointOnPath(100, 121, 1, 'compound')).toBeCloseTo(121, 10);
  });

  it('interpolates a linear path arithmetically', () => {
    // 100 + 21 × 0.5 = 110.5
    expect(pointOnPath(100, 121, 0.5, 'linear')).toBeCloseTo(110.5, 10);
  });

  it('uses the linear path where a compound one is undefined', () => {
    // base 0: 0 + 10 × 0.3 = 3
    expect(pointOnPath(0, 10, 0.3, 'compound')).toBeCloseTo(3, 12);
    // negative target: 10 + (−10 − 10) × 0.25 = 5
    expect(pointOnPath(10, -10, 0.25, 'compound')).toBeCloseTo(5, 12);
  });
});
