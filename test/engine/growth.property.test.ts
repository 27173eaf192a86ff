import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cagr, compoundRates, pointOnPath, project, requiredGrowth, shareOfPath, type Computed } from '../../src/engine/growth.js';
import { measureFrame } from '../../src/engine/progress.js';
import { evaluateOne, indicator, series } from './plan-builder.js';
import { becauseText } from '../../src/render/reason-text.js';

const RUNS = { numRuns: 300 };

/** Relative error, safe at zero. */
function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}

const positive = fc.double({ min: 1e-6, max: 1e9, noNaN: true, noDefaultInfinity: true });
/**
 * Two positive values whose ratio stays within 1e-3..1e4: a rate near −100% (a ratio of
 * 1e-8 over one year) cannot carry 1e-9 relative precision as the fraction 1 + g in
 * double arithmetic, whatever the implementation.
 */
const positivePair = fc
  .tuple(positive, fc.double({ min: Math.log(1e-3), max: Math.log(1e4), noNaN: true }))
  .map(([v0, logRatio]) => [v0, v0 * Math.exp(logRatio)] as const);
const years = fc.integer({ min: 1, max: 60 });
/** A yearly growth rate as a fraction, away from the −100% pole. */
const rate = fc.double({ min: -0.9, max: 2, noNaN: true, noDefaultInfinity: true });
const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** A result is either a finite number, or null with a non-empty reason. */
function isTotal(result: Computed): boolean {
  if (result.value === null) return becauseText(result.reason, 'en').length > 0 && becauseText(result.reason, 'zh').length > 0;
  return Number.isFinite(result.value);
}

describe('growth arithmetic: properties', () => {
  it('(a) compounding the cagr over the years returns the end value', () => {
    fc.assert(
      fc.property(positivePair, years, ([v0, v1], n) => {
        const growth = cagr(v0, v1, n);
        expect(growth.value).not.toBeNull();
        const back = v0 * Math.pow(1 + growth.value!, n);
        expect(relativeError(back, v1)).toBeLessThan(1e-9);
        // project() is the same compounding
        const projected = project(v0, growth.value!, n);
        expect(relativeError(projected.value!, v1)).toBeLessThan(1e-9);
      }),
      RUNS,
    );
  });

  it('(b) the required growth compounded from the latest value lands on the target', () => {
    fc.assert(
      fc.property(positivePair, years, ([latest, target], n) => {
        const required = requiredGrowth(latest, target, n);
        expect(required.value).not.toBeNull();
        const landed = project(latest, required.value!, n);
        expect(landed.value).not.toBeNull();
        expect(relativeError(landed.value!, target)).toBeLessThan(1e-9);
      }),
      RUNS,
    );
  });

  it('(c) a value exactly on the compound path has pace 1 (measureFrame)', () => {
    const nonZeroRate = rate.filter((g) => Math.abs(g) > 1e-3);
    fc.assert(
      fc.property(
        positive,
        nonZeroRate,
        fc.integer({ min: 2, max: 30 }).chain((span) => fc.tuple(fc.constant(span), fc.integer({ min: 1, max: span }))),
        (base, g, [span, elapsed]) => {
          const target = base * Math.pow(1 + g, span);
          const latest = base * Math.pow(1 + g, elapsed);
          const { computed } = measureFrame({
            baseYear: 2000,
            base,
            targetYear: 2000 + span,
            target,
            latestYear: 2000 + elapsed,
            latest,
            path: 'compound',
            observed: new Map([
              [2000, base],
              [2000 + elapsed, latest],
            ]),
          });
          expect(computed.pace).not.toBeNull();
          expect(Math.abs(computed.pace! - 1)).toBeLessThan(1e-9);
          expect(Math.abs(computed.progress! - elapsed / span)).toBeLessThan(1e-9);
          // growth so far equals the path's rate; required growth for the rest too
          expect(Math.abs(computed.averageGrowth! - g)).toBeLessThan(1e-9 * Math.max(1, Math.abs(g)));
          if (elapsed < span) {
            expect(Math.abs(computed.requiredGrowth! - g)).toBeLessThan(1e-9 * Math.max(1, Math.abs(g)));
            expect(relativeError(computed.projected!, target)).toBeLessThan(1e-9);
          }
          expect(relativeError(computed.expectedValue!, latest)).toBeLessThan(1e-9);
        },
      ),
      RUNS,
    );
  });

  it('(c) a level series placed on the compound path is on-track with pace 1 (evaluatePlan)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 0.005, max: 0.5, noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.integer({ min: 2021, max: 2024 }),
        (base, g, increase, lastYear) => {
          // increase: grow at g towards base·(1+g)^5; decrease: shrink at g towards base·(1−g)^5
          const step = increase ? 1 + g : 1 - g;
          const target = base * Math.pow(step, 5);
          const values: Record<number, number> = {};
          for (let year = 2020; year <= lastYear; year++) values[year] = base * Math.pow(step, year - 2020);
          const evaluation = evaluateOne(
            {
              indicators: [indicator('x', { kind: 'level', comparator: increase ? '>=' : '<=', value: target }, { direction: increase ? 'increase' : 'decrease' })],
              observations: series('x', values),
            },
            { asOf: `${lastYear}-12-31`, rule: { kind: 'all' }, method: 'pace' },
          );
          expect(evaluation.status).toBe('on-track');
          expect(Math.abs(evaluation.computed.pace! - 1)).toBeLessThan(1e-9);
          expect(Math.abs(evaluation.computed.expected! - (lastYear - 2020) / 5)).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('(c) yearly rates exactly at an average-growth target have pace 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 2021, max: 2024 }), (percent, lastYear) => {
        const rates: Record<number, number> = {};
        for (let year = 2021; year <= lastYear; year++) rates[year] = percent;
        const evaluation = evaluateOne(
          {
            indicators: [indicator('gdp', { kind: 'average-growth', comparator: '>=', value: percent, observe: 'rate' })],
            observations: series('gdp', rates, { measure: 'rate' }),
          },
          { asOf: `${lastYear}-12-31`, rule: { kind: 'all' }, method: 'pace' },
        );
        expect(Math.abs(evaluation.computed.pace! - 1)).toBeLessThan(1e-9);
        expect(Math.abs(evaluation.computed.averageGrowth! - percent / 100)).toBeLessThan(1e-12);
        expect(Math.abs(evaluation.computed.requiredGrowth! - percent / 100)).toBeLessThan(1e-12);
        expect(evaluation.status).toBe('on-track');
      }),
      { numRuns: 60 },
    );
  });

  it('(d) no function gives NaN or ±Infinity for finite inputs', () => {
    fc.assert(
      fc.property(anyFinite, anyFinite, anyFinite, (a, b, c) => {
        expect(isTotal(cagr(a, b, c))).toBe(true);
        expect(isTotal(requiredGrowth(a, b, c))).toBe(true);
        expect(isTotal(project(a, b, c))).toBe(true);
        expect(isTotal(shareOfPath(a, b, c, 'compound'))).toBe(true);
        expect(isTotal(shareOfPath(a, b, c, 'linear'))).toBe(true);
        expect(isTotal(compoundRates([a, b, c]))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('(d) the same holds for small, integer and boundary inputs', () => {
    const tricky = fc.oneof(
      fc.constantFrom(0, -0, 1, -1, 0.5, -0.5, 2, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 1e-300, 1e300),
      fc.integer({ min: -5, max: 5 }),
    );
    fc.assert(
      fc.property(tricky, tricky, tricky, fc.array(tricky, { maxLength: 6 }), (a, b, c, list) => {
        expect(isTotal(cagr(a, b, c))).toBe(true);
        expect(isTotal(requiredGrowth(a, b, c))).toBe(true);
        expect(isTotal(project(a, b, c))).toBe(true);
        expect(isTotal(shareOfPath(a, b, c, 'compound'))).toBe(true);
        expect(isTotal(shareOfPath(a, b, c, 'linear'))).toBe(true);
        expect(isTotal(compoundRates(list))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('(d) pointOnPath stays between base and target for a share in [0, 1]', () => {
    fc.assert(
      fc.property(anyFinite, anyFinite, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('compound' as const, 'linear' as const), (base, target, share, path) => {
        const point = pointOnPath(base, target, share, path);
        expect(Number.isFinite(point)).toBe(true);
        const low = Math.min(base, target);
        const high = Math.max(base, target);
        const slack = 1e-9 * Math.max(Math.abs(low), Math.abs(high));
        expect(point).toBeGreaterThanOrEqual(low - slack);
        expect(point).toBeLessThanOrEqual(high + slack);
      }),
      { numRuns: 2000 },
    );
  });

  // Yearly reductions rᵢ compound as a growth index of the rates −rᵢ (the reduction kind).
  const reductionOf = (reductions: number[]): number | null => {
    const factor = compoundRates(reductions.map((r) => -r)).value;
    return factor === null ? null : 1 - factor;
  };

  it('(e) reductions compounded as the rates −rᵢ give 1 − Π(1 − rᵢ), in any order', () => {
    const reduction = fc.double({ min: -1, max: 0.99, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(fc.array(reduction, { minLength: 1, maxLength: 20 }), (reductions) => {
        const total = reductionOf(reductions);
        expect(total).not.toBeNull();
        // Π(1 − rᵢ), computed here through the sum of logarithms (an independent route)
        const remaining = Math.exp(reductions.reduce((sum, r) => sum + Math.log1p(-r), 0));
        expect(Math.abs(total! - (1 - remaining))).toBeLessThan(1e-9 * Math.max(1, remaining));
        const reversed = reductionOf([...reductions].reverse());
        expect(Math.abs(total! - reversed!)).toBeLessThan(1e-12 * Math.max(1, remaining));
      }),
      RUNS,
    );
  });

  it('(e) yearly reductions all positive and below 1 give a total reduction in (max rᵢ, 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 0.5, noNaN: true }), { minLength: 1, maxLength: 10 }), (reductions) => {
        const total = reductionOf(reductions)!;
        expect(total).toBeGreaterThanOrEqual(Math.max(...reductions) - 1e-15);
        expect(total).toBeLessThan(1);
        // never more than the plain sum
        expect(total).toBeLessThanOrEqual(reductions.reduce((a, b) => a + b, 0) + 1e-15);
      }),
      RUNS,
    );
  });
});
