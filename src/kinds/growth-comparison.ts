// Yearly growth compared with another indicator's, year by year and like with like: two
// rates on different price bases (nominal income, real GDP) are not comparable, and the
// verdict says so. A final verdict needs every year of the span compared. Shared by
// `relative` (高于GDP增长) and `in-step-with` (its approx case, 与经济增长基本同步).

import { finish, lastCountedYear, missingYears, noData, pointRef, yearIsOver, yearList, type EvaluationContext } from '../engine/context.js';
import { yearlyRates, type YearRate } from '../engine/growth-index.js';
import { compoundRates } from '../engine/growth.js';
import { emptyComputed, fmt, pct, setComputed, signed } from '../engine/progress.js';
import type { Evaluation } from '../engine/types.js';
import { firstCountedYear, targetYear } from '../model/target-years.js';
import type { Indicator, Target } from '../model/types.js';
import type { CheckScope, KindFinding } from './kind-module.js';

export type GrowthComparator = '>' | '>=' | 'approx' | '<' | '<=';

interface Pair {
  year: number;
  own: YearRate;
  reference: YearRate;
}

const WORDS: Record<GrowthComparator, { holds: string; fails: string }> = {
  approx: { holds: 'in step', fails: 'trails by more than the tolerance' },
  '>': { holds: 'faster', fails: 'not faster' },
  '>=': { holds: 'at least as fast', fails: 'slower' },
  '<': { holds: 'slower', fails: 'not slower' },
  '<=': { holds: 'no faster', fails: 'faster' },
};

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
  if (both.length === 0) return noData(result, own.length === 0 ? 'no yearly growth rate observed' : `no year with both this and \`${target.indicator}\` observed`);
  const comparable = both.filter((pair) => pair.own.point.observation.basis === pair.reference.point.observation.basis || !pair.own.point.observation.basis || !pair.reference.point.observation.basis);
  const unlike = both.filter((pair) => !comparable.includes(pair));
  const latest = both.at(-1)!;
  result.latest = pointRef(latest.own.point);
  result.path = both.map((pair) => ({ year: pair.year, expected: pair.reference.value, observed: pair.own.value }));
  result.steps = both.map(
    (pair) =>
      `${pair.year}: ${fmt(pair.own.value)}%${basisNote(pair.own)} against ${fmt(pair.reference.value)}%${basisNote(pair.reference)} (${signed(pair.own.value - pair.reference.value)} points)${pair.own.derived ? ` — ${pair.own.derived}` : ''}`,
  );
  const lastNeeded = yearIsOver(context, year) ? year : latest.year;
  const missing = missingYears(from, lastNeeded, new Set(comparable.map((pair) => pair.year)));
  const computed = emptyComputed('growth kept in step is compared year by year');
  computed.coverage = { observed: comparable.length, expected: lastNeeded - from + 1, missing };
  result.computed = computed;
  if (comparable.length === 0) {
    const bases = `${basisOf(unlike[0]!.own)} against ${basisOf(unlike[0]!.reference)}`;
    return finish(result, 'not-assessed', `growth rates on different price bases (${bases}) in ${yearList(unlike.map((pair) => pair.year))}: not comparable`);
  }
  const ownFactor = compoundRates(comparable.map((pair) => pair.own.value / 100));
  const referenceFactor = compoundRates(comparable.map((pair) => pair.reference.value / 100));
  if (ownFactor.value === null || referenceFactor.value === null) return finish(result, 'not-assessed', ownFactor.reason ?? referenceFactor.reason ?? 'rates cannot be compounded');
  const ownAverage = Math.pow(ownFactor.value, 1 / comparable.length) - 1;
  const referenceAverage = Math.pow(referenceFactor.value, 1 / comparable.length) - 1;
  setComputed(computed, 'averageGrowth', { value: ownAverage });
  setComputed(computed, 'cumulative', { value: ownFactor.value - 1 });
  const ratio = referenceFactor.value > 1 && ownFactor.value > 0 ? { value: Math.log(ownFactor.value) / Math.log(referenceFactor.value) } : { value: null, reason: 'the reference did not grow' };
  setComputed(computed, 'progress', ratio);
  setComputed(computed, 'pace', ratio);
  result.current = ownAverage * 100;
  const years = yearList(comparable.map((pair) => pair.year));
  result.steps.push(`compounded over ${years}: ${pct(ownAverage)} a year against ${pct(referenceAverage)} for \`${target.indicator}\``);
  const difference = (ownAverage - referenceAverage) * 100;
  const unstated = comparable.some((pair) => !pair.own.point.observation.basis || !pair.reference.point.observation.basis) ? '; price basis not stated for every year' : '';
  const gaps = [missing.length ? `${yearList(missing)} not comparable` : '', unlike.length ? `${yearList(unlike.map((pair) => pair.year))} on different price bases` : ''].filter(Boolean).join('; ');
  const text = `average ${pct(ownAverage)} a year against ${pct(referenceAverage)} for ${target.indicator} over ${years} (${signed(difference)} points)${gaps ? `; ${gaps}` : ''}${unstated}`;
  const final = missing.length === 0 && (latest.year >= year || yearIsOver(context, year));
  const words = WORDS[comparator];
  const lagging = comparator === 'approx' ? comparable.filter((pair) => pair.own.value < pair.reference.value - tolerance).map((pair) => pair.year) : [];
  const lagNote = lagging.length ? `; in ${yearList(lagging)} alone it fell more than ${fmt(tolerance)} points behind` : '';
  const partial = missing.length > 0 && lastNeeded >= year;
  if (holds(comparator, difference, tolerance)) {
    if (final) return finish(result, 'achieved', `${words.holds} on average: ${text}${lagNote}`);
    if (partial) return finish(result, 'not-assessed', `${text}: no verdict on part of the period`);
    return finish(result, 'on-track', `${words.holds} so far: ${text}${lagNote}`);
  }
  const behind = `${words.fails}: ${text}`;
  if (final) return finish(result, 'missed', behind);
  if (partial) return finish(result, 'not-assessed', `${behind}, but ${yearList(missing)} not comparable: no verdict on part of the period`);
  // How far from holding, in points: within the tolerance is at risk, beyond it off track.
  const shortfall = comparator === 'approx' ? -difference - tolerance : comparator === '<' || comparator === '<=' ? difference : -difference;
  return finish(result, shortfall <= tolerance ? 'at-risk' : 'off-track', behind);
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

function basisOf(rate: YearRate): string {
  return rate.point.observation.basis ?? 'basis not stated';
}

function basisNote(rate: YearRate): string {
  return rate.point.observation.basis ? ` ${rate.point.observation.basis}` : '';
}
