// The growth factor of a series from its base year to its latest value: from levels
// (value ÷ base-year value) or from yearly rates compounded, Π(1 + sign·gᵢ). Shared by
// the growth, reduction and factor kinds.
//
// Yearly rates must cover every year for a final verdict (README, rules a verdict keeps): a missing
// rate is derived from two levels of the same series and price basis where both exist,
// else the gap stays a gap and is reported, never skipped silently.

import type { Indicator, PriceBasis } from '../model/types.js';
import { lastCountedYear, missingYears, pointRef, yearIsOver, type EvaluationContext } from './context.js';
import { compoundRates } from './growth.js';
import type { SeriesPoint } from './observations.js';
import type { Coverage, PointRef } from './types.js';
import type { Because, Span } from './reasons.js';
import type { DerivedRate, Step } from './steps.js';

export interface GrowthIndex {
  factor: number;
  /** The latest year with a value. */
  latestYear: number;
  /** Years of growth the factor covers: from the base to the latest year, less any gaps. */
  yearsCovered: number;
  /** From the base year (levels) or the first yearly rate to the latest; the years themselves where some are missing. */
  span: Span;
  baseline: PointRef | null;
  latest: PointRef;
  /** The index year by year (1 in the base year), as far as it is known without a gap. */
  observed: Map<number, number>;
  steps: Step[];
  /** For rates: the years observed (or derived) against the years needed so far. */
  coverage?: Coverage;
}

export type GrowthIndexResult = GrowthIndex | { missing: Because };

export function growthIndex(indicator: Indicator, observe: 'level' | 'rate', baseYear: number, targetYear: number, context: EvaluationContext, sign: 1 | -1 = 1): GrowthIndexResult {
  return observe === 'rate' ? rateIndex(indicator, baseYear, targetYear, context, sign) : levelIndex(indicator, baseYear, targetYear, context);
}

function levelIndex(indicator: Indicator, baseYear: number, targetYear: number, context: EvaluationContext): GrowthIndexResult {
  const points = context.index.points(indicator.id, 'level');
  const basePoint = points.find((point) => point.year === baseYear);
  const baseline = basePoint ? pointRef(basePoint) : indicator.baseline?.year === baseYear ? { ...indicator.baseline } : null;
  if (!baseline) return { missing: { code: 'NO_BASE_VALUE', year: baseYear } };
  if (baseline.value <= 0) return { missing: { code: 'BASE_NOT_POSITIVE', value: baseline.value } };
  const later = points.filter((point) => point.year > baseYear && point.year <= Math.min(targetYear, lastCountedYear(context)));
  if (later.length === 0) return { missing: { code: 'NOTHING_AFTER_BASE', year: baseYear, measure: 'level' } };
  const latest = later.at(-1)!;
  const factor = latest.value / baseline.value;
  if (!Number.isFinite(factor)) return { missing: { code: 'NOT_FINITE' } };
  const observed = new Map<number, number>([[baseYear, 1], ...later.map((point) => [point.year, point.value / baseline.value] as [number, number])]);
  return {
    factor,
    latestYear: latest.year,
    yearsCovered: latest.year - baseYear,
    span: { from: baseYear, to: latest.year },
    baseline,
    latest: pointRef(latest),
    observed,
    steps: context.explain ? [{ code: 'FACTOR_FROM_LEVELS', latest: latest.value, latestYear: latest.year, base: baseline.value, baseYear, factor }] : [],
  };
}

export interface YearRate {
  year: number;
  /** Percent a year, as recorded (a reduction's rates are positive). */
  value: number;
  point: SeriesPoint;
  /** How the rate was derived from levels, if it was not observed. */
  derived?: DerivedRate;
}

/**
 * The yearly rates of an indicator from `firstYear` to `lastYear`: observed, or derived
 * from two levels of the same series and basis where a year has no rate. Oldest first.
 */
export function yearlyRates(indicator: Indicator, firstYear: number, lastYear: number, context: EvaluationContext): YearRate[] {
  const rates = context.index.points(indicator.id, 'rate').filter((point) => point.year >= firstYear && point.year <= lastYear);
  const byYear = new Map<number, YearRate>(rates.map((point) => [point.year, { year: point.year, value: point.value, point }]));
  const basis = basisOf(rates);
  for (const year of missingYears(firstYear, lastYear, new Set(byYear.keys()))) {
    const derived = derivedRate(indicator, year, basis, context);
    if (derived) byYear.set(year, derived);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function rateIndex(indicator: Indicator, baseYear: number, targetYear: number, context: EvaluationContext, sign: 1 | -1): GrowthIndexResult {
  const limit = Math.min(targetYear, lastCountedYear(context));
  const lastObserved = context.index.points(indicator.id, 'rate').filter((point) => point.year > baseYear && point.year <= limit).at(-1)?.year ?? baseYear;
  // The years needed so far: to the latest figure, or to the target year once it is over.
  const lastNeeded = yearIsOver(context, targetYear) ? targetYear : lastObserved;
  const run = yearlyRates(indicator, baseYear + 1, Math.max(lastNeeded, lastObserved), context);
  if (run.length === 0) return { missing: { code: 'NOTHING_AFTER_BASE', year: baseYear, measure: 'rate' } };
  const compounded = compoundRates(run.map((rate) => (sign * rate.value) / 100));
  if (compounded.value === null) return { missing: compounded.reason };
  const missing = missingYears(baseYear + 1, lastNeeded, new Set(run.map((rate) => rate.year)));
  const derivedYears = run.filter((rate) => rate.derived).map((rate) => rate.year);
  const observed = new Map<number, number>([[baseYear, 1]]);
  let factor = 1;
  for (const rate of run) {
    // After a gap the index is not known year by year: the chart stops there.
    if (rate.year !== baseYear + observed.size) break;
    observed.set(rate.year, (factor *= 1 + (sign * rate.value) / 100));
  }
  const latest = run.at(-1)!;
  const steps: Step[] = [];
  if (context.explain) {
    steps.push({ code: 'FACTOR_FROM_RATES', sign, rates: run.map((rate) => ({ year: rate.year, value: rate.value })), factor: compounded.value });
    for (const rate of run) if (rate.derived) steps.push({ code: 'RATE_DERIVED', rate: rate.derived });
    if (missing.length) steps.push({ code: 'RATES_MISSING', missing, covered: run.length, needed: lastNeeded - baseYear });
  }
  return {
    factor: compounded.value,
    latestYear: latest.year,
    yearsCovered: run.length,
    span: missing.length ? { over: run.map((rate) => rate.year) } : { from: baseYear + 1, to: latest.year },
    baseline: null,
    latest: pointRef(latest.point),
    observed,
    steps,
    coverage: { observed: run.length, expected: lastNeeded - baseYear, missing, ...(derivedYears.length ? { derived: derivedYears } : {}) },
  };
}

/** The price basis of a rate series, if its observations agree on one. */
function basisOf(points: readonly SeriesPoint[]): PriceBasis | undefined | 'mixed' {
  const bases = new Set(points.map((point) => point.observation.basis));
  if (bases.size > 1) return 'mixed';
  return points[0]?.observation.basis;
}

/**
 * A yearly rate from the levels of two consecutive years, in one unit and on the rate
 * series' own price basis (nominal levels never make a real growth rate).
 */
function derivedRate(indicator: Indicator, year: number, basis: PriceBasis | undefined | 'mixed', context: EvaluationContext): YearRate | null {
  if (basis === 'mixed') return null;
  for (const series of indicator.context ?? []) {
    const levels = context.index.pointsInUnit(indicator.id, 'level', series.unit);
    const before = levels.find((point) => point.year === year - 1);
    const now = levels.find((point) => point.year === year);
    if (!before || !now || before.value <= 0) continue;
    const levelBasis = (point: SeriesPoint): PriceBasis | undefined => point.observation.basis ?? series.basis;
    if (levelBasis(before) !== basis || levelBasis(now) !== basis) continue;
    const value = (now.value / before.value - 1) * 100;
    if (!Number.isFinite(value)) continue;
    return {
      year,
      value,
      point: now,
      derived: { year, before: before.value, now: now.value, unit: series.unit, value },
    };
  }
  return null;
}
