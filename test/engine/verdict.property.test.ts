// Metamorphic properties of the verdicts over random plans of every target kind: changes
// that must not change the answer, and changes whose effect on the answer is known.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, type EvaluateOptions } from '../../src/kinds/evaluate.js';
import type { Evaluation } from '../../src/engine/types.js';
import type { Comparator, Indicator, Observation, Plan, Target } from '../../src/model/types.js';
import { indicator, makePlan } from './plan-builder.js';
import { whyOf } from './why.js';

const RUNS = { numRuns: 2000 };
const AS_OF = '2024-06-30';
const options: EvaluateOptions = { asOf: AS_OF, rule: { kind: 'as-of', date: AS_OF }, method: 'pace' };

const positive = fc.double({ min: 0.5, max: 5000, noNaN: true });
const rate = fc.double({ min: -30, max: 30, noNaN: true });
const year = fc.integer({ min: 2019, max: 2026 });
const published = fc.option(fc.constantFrom('2021-03-01', '2022-03-01', '2023-03-01', '2024-03-01', '2024-06-30'), { nil: undefined });
const comparator = fc.constantFrom<Comparator>('>=', '>', '<=', '<', 'approx');

const targets: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ kind: fc.constant('level' as const), comparator, value: positive }),
  fc.record({ kind: fc.constant('average-growth' as const), comparator: fc.constantFrom<Comparator>('>=', 'approx'), value: fc.double({ min: 0.5, max: 10, noNaN: true }), observe: fc.constantFrom('level' as const, 'rate' as const) }),
  fc.record({ kind: fc.constant('cumulative-growth' as const), comparator: fc.constantFrom<Comparator>('>=', 'approx'), value: fc.double({ min: 1, max: 50, noNaN: true }), observe: fc.constantFrom('level' as const, 'rate' as const) }),
  fc.record({ kind: fc.constant('factor' as const), factor: fc.double({ min: 1.1, max: 4, noNaN: true }), baseYear: fc.constant(2020) }),
  fc.record({ kind: fc.constant('reduction' as const), value: fc.double({ min: 1, max: 30, noNaN: true }), observe: fc.constantFrom('level' as const, 'rate' as const) }),
  fc.record({ kind: fc.constant('cumulative-sum' as const), comparator: fc.constantFrom<Comparator>('>=', 'approx'), value: positive }),
  fc.record({ kind: fc.constant('every-year' as const), comparator: fc.constantFrom('>=' as const, '<=' as const), value: positive }),
  fc.record({ kind: fc.constant('in-step-with' as const), indicator: fc.constant('ref') }),
);

const observationsOf = (id: string): fc.Arbitrary<Observation[]> =>
  fc
    .array(fc.record({ year, level: positive, growth: rate, published }), { maxLength: 8 })
    .map((rows) =>
      rows.flatMap((row) => [
        { indicator: id, year: row.year, value: row.level, source: 's', ...(row.published && row.published >= `${row.year}-01-01` ? { published: row.published } : {}) },
        { indicator: id, year: row.year, value: row.growth, measure: 'rate' as const, source: 's' },
      ]),
    )
    .map(uniqueByYearAndMeasure);

function uniqueByYearAndMeasure(observations: Observation[]): Observation[] {
  const seen = new Set<string>();
  return observations.filter((observation) => {
    const key = `${observation.year}|${observation.measure ?? 'level'}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const plans = fc.record({ target: targets, direction: fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease'), own: observationsOf('x'), reference: observationsOf('ref') }).map(({ target, direction, own, reference }) => {
  // A comparator that contradicts the direction is refused by validate: keep them agreeing.
  const agreeing = 'comparator' in target && target.comparator !== 'approx' && target.kind !== 'average-growth' && target.kind !== 'cumulative-growth'
    ? { ...target, comparator: (direction === 'increase' ? '>=' : '<=') as Comparator }
    : target;
  const indicators: Indicator[] = [indicator('x', agreeing as Target, { direction, unit: '%' }), indicator('ref', { kind: 'average-growth', comparator: '>=', value: 5, observe: 'rate' }, { unit: '%' })];
  return makePlan({ indicators, observations: [...own, ...reference] });
});

const evaluateX = (plan: Plan, opts: EvaluateOptions = options): Evaluation => evaluatePlan(plan, opts).find((evaluation) => evaluation.indicator.id === 'x')!;

describe('verdict properties over random plans', () => {
  it('nothing published after the as-of date changes anything', () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: 2019, max: 2025 }), positive, (plan, lateYear, lateValue) => {
        const before = evaluateX(plan);
        const late: Observation = { indicator: 'x', year: lateYear, value: lateValue, source: 'late', published: '2024-07-01' };
        const after = evaluateX({ ...plan, observations: [...plan.observations, late] });
        expect(after.status).toBe(before.status);
        expect(whyOf(after)).toBe(whyOf(before));
        expect(after.computed).toEqual(before.computed);
      }),
      RUNS,
    );
  });

  it('no output holds NaN or Infinity', () => {
    fc.assert(
      fc.property(plans, fc.constantFrom<EvaluateOptions['method']>('pace', 'sdg'), (plan, method) => {
        for (const evaluation of evaluatePlan(plan, { ...options, method })) {
          const text = JSON.stringify(evaluation, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? `NON-FINITE ${value}` : value));
          expect(text).not.toMatch(/NON-FINITE|NaN|Infinity/);
          expect(whyOf(evaluation)).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      RUNS,
    );
  });

  // For the kinds whose verdict rests on every year of a span (yearly rates compounded, a
  // bound kept every year, growth compared year by year, flows summed). A level is judged
  // on its latest value, so dropping the latest year rightly shows the one before it.
  const needsEveryYear = (plan: Plan): boolean => {
    const target = plan.indicators[0]!.target;
    return target.kind === 'every-year' || target.kind === 'in-step-with' || target.kind === 'cumulative-sum' || ('observe' in target && target.observe === 'rate');
  };

  it('removing a year from a complete series never turns on-track or not-assessed into achieved', () => {
    let checked = 0;
    fc.assert(
      fc.property(plans.filter(needsEveryYear), fc.integer({ min: 2021, max: 2024 }), (plan, dropped) => {
        const before = evaluateX(plan).status;
        if (before !== 'on-track' && before !== 'not-assessed') return;
        checked++;
        const after = evaluateX({ ...plan, observations: plan.observations.filter((observation) => !(observation.indicator === 'x' && observation.year === dropped)) }).status;
        expect(after).not.toBe('achieved');
      }),
      RUNS,
    );
    // The property is not vacuous: enough random plans were on-track or not assessed.
    expect(checked).toBeGreaterThan(200);
  });

  it('scaling a level target, its baseline and its observations by a constant leaves the status unchanged', () => {
    const levelPlans = fc.record({ comparator, value: positive, direction: fc.constantFrom<'increase' | 'decrease'>('increase', 'decrease'), own: observationsOf('x'), base: fc.option(positive, { nil: undefined }) });
    fc.assert(
      fc.property(levelPlans, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ comparator: chosen, value, direction, own, base }, scale) => {
        const build = (factor: number): Plan => {
          const agreeing: Comparator = chosen === 'approx' ? 'approx' : direction === 'increase' ? '>=' : '<=';
          const baseline = base === undefined ? {} : { baseline: { year: 2020, value: base * factor, source: 's' } };
          return makePlan({
            indicators: [indicator('x', { kind: 'level', comparator: agreeing, value: value * factor }, { direction, ...baseline })],
            observations: own.filter((observation) => observation.measure !== 'rate').map((observation) => ({ ...observation, value: observation.value * factor })),
          });
        };
        const original = evaluateX(build(1));
        const scaled = evaluateX(build(scale));
        // Equal up to rounding: a value within rounding of the target (or of a threshold)
        // may tip either way once scaled; 4999.999999999997 against 4999.999999999996 did.
        if (nearBoundary(original) || nearTarget(original, value)) return;
        expect(scaled.status).toBe(original.status);
      }),
      RUNS,
    );
  });

  it('flipping the direction and negating every value mirrors the status', () => {
    const levelPlans = fc.record({ comparator: fc.constantFrom<Comparator>('>=', '>', 'approx'), value: positive, own: observationsOf('x'), base: fc.option(positive, { nil: undefined }) });
    fc.assert(
      fc.property(levelPlans, ({ comparator: chosen, value, own, base }) => {
        const build = (sign: 1 | -1): Plan => {
          const mirrored: Comparator = sign === 1 ? chosen : chosen === '>=' ? '<=' : chosen === '>' ? '<' : 'approx';
          const baseline = base === undefined ? {} : { baseline: { year: 2020, value: sign * base, source: 's' } };
          return makePlan({
            // The linear path: a compound path needs positive values, so it cannot mirror.
            defaults: { path: 'linear' },
            indicators: [indicator('x', { kind: 'level', comparator: mirrored, value: sign * value }, { direction: sign === 1 ? 'increase' : 'decrease', ...baseline })],
            observations: own.filter((observation) => observation.measure !== 'rate').map((observation) => ({ ...observation, value: sign * observation.value })),
          });
        };
        const original = evaluateX(build(1));
        const mirrored = evaluateX(build(-1));
        expect(mirrored.status).toBe(original.status);
        if (original.computed.progress !== null) expect(mirrored.computed.progress).toBeCloseTo(original.computed.progress, 9);
      }),
      RUNS,
    );
  });
});

/** The latest value within rounding of the target, or of an approx target's tolerance edges. */
function nearTarget(evaluation: Evaluation, target: number): boolean {
  const latest = evaluation.latest?.value;
  if (latest === undefined) return false;
  const edges = [target, target * 0.95, target * 1.05];
  return edges.some((edge) => Math.abs(latest - edge) <= 1e-9 * Math.max(1, Math.abs(edge)));
}

/** A pace or value within rounding of a threshold: scaling may move it across. */
function nearBoundary(evaluation: Evaluation): boolean {
  const pace = evaluation.computed.pace;
  const thresholds = [0.6, 0.95, 1.2];
  if (pace !== null && thresholds.some((threshold) => Math.abs(pace - threshold) < 1e-9)) return true;
  const progress = evaluation.computed.progress;
  return progress !== null && (Math.abs(progress) < 1e-9 || Math.abs(progress - 1) < 1e-9);
}

