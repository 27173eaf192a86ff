// Undefined cases give no number and a stated reason, never NaN, Infinity or a
// crash — for every target kind, whatever the observations hold (zeros, negatives, gaps).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/kinds/evaluate.js';
import { COMPUTED_FIELDS, STATUSES } from '../../src/engine/types.js';
import type { Indicator, Observation, Target } from '../../src/model/types.js';
import { indicator, makePlan } from './plan-builder.js';
import { whyOf } from './why.js';

/**
 * Values a plan may hold: zero, small and large, either sign. (Subnormal magnitudes such as
 * 5e-324 are left out: a ratio of two of them overflows before any rule applies.)
 */
const value = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 100, -100, 1e-6),
  fc
    .tuple(fc.double({ min: 1e-6, max: 1e7, noNaN: true }), fc.boolean())
    .map(([magnitude, negative]) => (negative ? -magnitude : magnitude)),
  fc.integer({ min: -200, max: 200 }),
);

const targets: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ kind: fc.constant('level' as const), comparator: fc.constantFrom('>=' as const, '>' as const, '<=' as const, '<' as const, 'approx' as const), value }),
  fc.record({ kind: fc.constant('average-growth' as const), comparator: fc.constantFrom('>=' as const, 'approx' as const), value, observe: fc.constantFrom('level' as const, 'rate' as const) }),
  fc.record({ kind: fc.constant('cumulative-growth' as const), comparator: fc.constantFrom('>=' as const, 'approx' as const), value, observe: fc.constantFrom('level' as const, 'rate' as const) }),
  fc.record({ kind: fc.constant('factor' as const), factor: value, baseYear: fc.constantFrom(2018, 2020) }),
  fc.record({ kind: fc.constant('reduction' as const), value, observe: fc.constantFrom('level' as const, 'rate' as const) }),
  fc.record({ kind: fc.constant('cumulative-sum' as const), comparator: fc.constantFrom('>=' as const, 'approx' as const, '<=' as const), value, observe: fc.constantFrom('flow' as const, 'total' as const) }),
  fc.record({ kind: fc.constant('every-year' as const), comparator: fc.constantFrom('>=' as const, '<' as const), value }),
  fc.record({ kind: fc.constant('in-step-with' as const), indicator: fc.constant('ref') }),
  fc.record({ kind: fc.constant('external' as const), authority: fc.constant('the State Council'), value: fc.option(value), measure: fc.constantFrom('level' as const, 'reduction' as const, 'cumulative-growth' as const) }),
);

/** Up to one observation per year and measure, 2017–2026. */
const observations = fc.array(
  fc.record({ year: fc.integer({ min: 2017, max: 2026 }), value, measure: fc.constantFrom('level' as const, 'rate' as const) }),
  { maxLength: 12 },
);

describe('evaluatePlan: totality', () => {
  it('never reports NaN or Infinity, always gives a reason for a null, and never throws', () => {
    fc.assert(
      fc.property(
        targets,
        fc.constantFrom('increase' as const, 'decrease' as const),
        observations,
        observations,
        fc.integer({ min: 2020, max: 2026 }),
        fc.constantFrom('pace' as const, 'sdg' as const),
        (target, direction, own, reference, asOfYear, method) => {
          const indicators: Indicator[] = [indicator('x', target, { direction }), indicator('ref', { kind: 'level', comparator: '>=', value: 1 })];
          const obs: Observation[] = [
            ...own.map((o) => ({ indicator: 'x', year: o.year, value: o.value, measure: o.measure, source: 's' })),
            ...reference.map((o) => ({ indicator: 'ref', year: o.year, value: o.value, measure: o.measure, source: 's' })),
          ];
          const [evaluation] = evaluatePlan(makePlan({ indicators, observations: obs }), { asOf: `${asOfYear}-12-31`, rule: { kind: 'all' }, method });
          expect(STATUSES).toContain(evaluation!.status);
          expect(whyOf(evaluation!).length).toBeGreaterThan(0);
          for (const field of COMPUTED_FIELDS) {
            const number = evaluation!.computed[field];
            if (number === null) expect(evaluation!.computed.reasons[field], field).toBeTruthy();
            else expect(Number.isFinite(number), `${field} = ${number}`).toBe(true);
          }
          if (evaluation!.current !== null) expect(Number.isFinite(evaluation!.current), `current = ${evaluation!.current}`).toBe(true);
          for (const point of evaluation!.path) {
            if (point.expected !== null) expect(Number.isFinite(point.expected)).toBe(true);
            if (point.observed !== null) expect(Number.isFinite(point.observed)).toBe(true);
          }
          if (evaluation!.sdg) {
            const { progressValue, score } = evaluation!.sdg;
            if (progressValue !== null) expect(Number.isFinite(progressValue)).toBe(true);
            if (score !== null) expect(Number.isFinite(score)).toBe(true);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
