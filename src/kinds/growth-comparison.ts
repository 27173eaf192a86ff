// Yearly growth compared with another indicator's, year by year and like with like: two
// rates on different price bases (nominal income, real GDP) are not comparable, and the
// verdict says so. A final verdict needs every year of the span compared. Shared by
// `relative` (高于GDP增长) and `in-step-with` (its approx case, 与经济增长基本同步).

import { finish, lastCountedYear, missingYears, noData, pointRef, yearIsOver, type EvaluationContext } from '../engine/context.js';
import { yearlyRates, type YearRate } from '../engine/growth-index.js';
import { compoundRates, type Computed } from '../engine/growth.js';
import type { GrowthComparator, Reason } from '../engine/reasons.js';
import { emptyComputed, setComputed } from '../engine/progress.js';
import type { Evaluation } from '../engine/types.js';
import { firstCountedYear, targetYear } from '../model/target-years.js';
import type { Indicator, Target } from '../model/types.js';
import type { CheckScope, KindFinding } from './kind-module.js';

interface Pair {
  year: number;
  own: YearRate;
  reference: YearRate;
}

/** Whether a difference of average growth (points) keeps the comparator. */
function holds(comparator: GrowthComparator, difference: number, tolerance: number): boolean {
  switch (comparator) {
    case 'approx':
      return difference >= -tolerance;
    case '>':
      return difference > 0;
    case '>=':
      return difference >= 0;
    case '<':
      return difference < 0;
    case '<=':
      return difference <= 0;
  }
}

export function compareGrowth(indicator: Indicator, target: Target & { indicator: string; tolerance?: number }, comparator: GrowthComparator, context: EvaluationContext, result: Evaluation): Evaluation {
  const header = context.plan.header;
  const from = firstCountedYear(target, header);
  const year = targetYear(target, header);
  const tolerance = target.tolerance ?? context.settings.inStepTolerance;
  const limit = Math.min(year, lastCountedYear(context));
  const referenceIndicator = context.plan.indicators.find((candidate) => candidate.id === target.indicator);
  const own = yearlyRates(indicator, from, limit, context);
  const reference = new Map((referenceIndicator ? yearlyRates(referenceIndicator, from, limit, context) : []).map((rate) => [rate.year, rate]));
  const both = own.filter((rate) => reference.has(rate.year)).map((rate): Pair => ({ year: rate.year, own: rate, reference: reference.get(rate.year)! }));
  if (own.length === 0) return noData(result, { code: 'NO_RATE_OBSERVED' });
  if (both.length === 0) return noData(result, { code: 'NO_COMMON_YEAR', reference: target.indicator });
  const comparable = both.filter((pair) => pair.own.point.observation.basis === pair.reference.point.observation.basis || !pair.own.point.observation.basis || !pair.reference.point.observation.basis);
  const unlike = both.filter((pair) => !comparable.includes(pair));
  const latest = both.at(-1)!;
  result.latest = pointRef(latest.own.point);
  result.path = both.map((pair) => ({ year: pair.year, expected: pair.reference.value, observed: pair.own.value }));
  result.steps = both.map((pair) => ({
    code: 'RATE_PAIR',
    year: pair.year,
    own: pair.own.value,
    ownBasis: pair.own.point.observation.basis ?? null,
    reference: pair.reference.value,
    referenceBasis: pair.reference.point.observation.basis ?? null,
    derived: pair.own.derived ?? null,
  }));
  const lastNeeded = yearIsOver(context, year) ? year : latest.year;
  const missing = missingYears(from, lastNeeded, new Set(comparable.map((pair) => pair.year)));
  const computed = emptyComputed({ code: 'COMPARED_YEAR_BY_YEAR' });
  computed.coverage = { observed: comparable.length, expected: lastNeeded - from + 1, missing };
  result.computed = computed;
  if (comparable.length === 0) {
    const first = unlike[0]!;
    return finish(result, 'not-assessed', { code: 'BASES_DIFFER', own: first.own.point.observation.basis ?? null, reference: first.reference.point.observation.basis ?? null, years: unlike.map((pair) => pair.year) });
  }
  const ownFactor = compoundRates(comparable.map((pair) => pair.own.value / 100));
  const referenceFactor = compoundRates(comparable.map((pair) => pair.reference.value / 100));
  if (ownFactor.value === null || referenceFactor.value === null) return finish(result, 'not-assessed', { code: 'NOT_COMPOUNDABLE', because: ownFactor.reason ?? referenceFactor.reason ?? { code: 'NO_RATES' } });
  const ownAverage = Math.pow(ownFactor.value, 1 / comparable.length) - 1;
  const referenceAverage = Math.pow(referenceFactor.value, 1 / comparable.length) - 1;
  setComputed(computed, 'averageGrowth', { value: ownAverage });
  setComputed(computed, 'cumulative', { value: ownFactor.value - 1 });
  const ratio: Computed = referenceFactor.value > 1 && ownFactor.value > 0 ? { value: Math.log(ownFactor.value) / Math.log(referenceFactor.value) } : { value: null, reason: { code: 'REFERENCE_DID_NOT_GROW' } };
  setComputed(computed, 'progress', ratio);
  setComputed(computed, 'pace', ratio);
  result.current = ownAverage * 100;
  result.steps.push({ code: 'RATES_COMPOUNDED', years: comparable.map((pair) => pair.year), own: ownAverage, reference: referenceAverage, referenceId: target.indicator });
  const difference = (ownAverage - referenceAverage) * 100;
  const final = missing.length === 0 && (latest.year >= year || yearIsOver(context, year));
  const partial = missing.length > 0 && lastNeeded >= year;
  const kept = holds(comparator, difference, tolerance);
  const reason: Reason = {
    code: 'GROWTH_COMPARED',
    comparator,
    holds: kept,
    verdict: final ? 'period' : partial ? 'partial' : 'so-far',
    own: ownAverage,
    reference: referenceAverage,
    referenceId: target.indicator,
    years: comparable.map((pair) => pair.year),
    difference,
    missing,
    unlike: unlike.map((pair) => pair.year),
    basisUnstated: comparable.some((pair) => !pair.own.point.observation.basis || !pair.reference.point.observation.basis),
    lagging: comparator === 'approx' ? comparable.filter((pair) => pair.own.value < pair.reference.value - tolerance).map((pair) => pair.year) : [],
    tolerance,
  };
  if (kept) return finish(result, final ? 'achieved' : partial ? 'not-assessed' : 'on-track', reason);
  if (final) return finish(result, 'missed', reason);
  if (partial) return finish(result, 'not-assessed', reason);
  // How far from holding, in points: within the tolerance is at risk, beyond it off track.
  const shortfall = comparator === 'approx' ? -difference - tolerance : comparator === '<' || comparator === '<=' ? difference : -difference;
  return finish(result, shortfall <= tolerance ? 'at-risk' : 'off-track', reason);
}

/** The reference must exist, be another indicator, and both be growth rates in %. */
export function checkReference(indicator: Indicator, referenceId: string, scope: CheckScope): KindFinding[] {
  const reference = scope.byId.get(referenceId);
  if (!reference) return [{ code: 'INDICATOR_UNKNOWN', path: ['target', 'indicator'], args: { id: referenceId, use: 'growth-reference' } }];
  if (reference === indicator) return [{ code: 'IN_STEP_SELF', path: ['target', 'indicator'], args: {} }];
  // Any target kind will do for the reference: what is compared is its yearly rates.
  if (indicator.unit !== '%' || reference.unit !== '%') {
    const units = [indicator, reference].filter((candidate) => candidate.unit !== '%').map((candidate) => ({ indicator: candidate.id, unit: candidate.unit }));
    return [{ code: 'IN_STEP_UNITS', path: ['target', 'indicator'], args: { units } }];
  }
  return [];
}

