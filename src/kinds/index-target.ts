// The evaluation shared by kinds measured on a growth index (1 in the base year): average
// and cumulative growth, reductions, multiples. Each kind says what index it aims at and
// how the index reads in its own terms; the coverage and verdict rules are here, once.

import { applyFrame, finish, noData, paceStatus, yearIsOver, type EvaluationContext } from '../engine/context.js';
import { growthIndex, type GrowthIndex } from '../engine/growth-index.js';
import type { SdgInput } from '../engine/sdg.js';
import type { Evaluation } from '../engine/types.js';
import type { Goal, Reading } from '../engine/reasons.js';
import { targetYear } from '../model/target-years.js';
import type { Indicator, Observe, Target } from '../model/types.js';

export interface IndexGoal {
  baseYear: number;
  observe: Observe;
  /** Rates of a reduction count down: Π(1 − rᵢ). */
  sign: 1 | -1;
  /** The index the target asks for in its year. */
  targetIndex: number;
  /** The current value in the target's terms (an average in % a year, a total in %, a multiple). */
  current(index: GrowthIndex): number | null;
  /** The total so far as a fraction: growth (index − 1), or a cut (1 − index). */
  cumulative(index: GrowthIndex): number;
  /** Whether the index meets the target; for averages, only a complete period can. */
  met(index: GrowthIndex): boolean;
  /** The index read in the target's terms: an average a year, a total, a multiple, a cut. */
  reading(index: GrowthIndex): Reading;
  goal: Goal;
  /** An average over the period is only known at its end: it is never met early. */
  finalOnly: boolean;
}

export function evaluateIndexTarget(indicator: Indicator, target: Target, goal: IndexGoal, context: EvaluationContext, result: Evaluation): Evaluation {
  const year = targetYear(target, context.plan.header);
  if (indicator.baseline) result.baseline = { ...indicator.baseline };
  const index = growthIndex(indicator, goal.observe, goal.baseYear, year, context, goal.sign);
  if ('missing' in index) return noData(result, index.missing);
  if (index.baseline) result.baseline = index.baseline;
  result.latest = index.latest;
  if (index.coverage) result.computed.coverage = index.coverage;
  applyFrame(result, {
    baseYear: goal.baseYear,
    base: 1,
    targetYear: year,
    target: goal.targetIndex,
    // With a gap, the factor covers fewer years than the calendar: measure it over those.
    latestYear: goal.baseYear + index.yearsCovered,
    latest: index.factor,
    path: context.settings.path,
    observed: index.observed,
  }, context);
  result.steps.unshift(...index.steps);
  result.current = goal.current(index);
  result.computed.cumulative = goal.cumulative(index);
  delete result.computed.reasons.cumulative;

  const missing = index.coverage?.missing ?? [];
  const reading = goal.reading(index);
  const wanted = goal.goal;
  const final = index.latestYear >= year || (index.coverage !== undefined && yearIsOver(context, year));
  if (missing.length > 0) {
    const { observed, expected } = index.coverage!;
    if (final) return finish(result, 'not-assessed', { code: 'PERIOD_INCOMPLETE', reading, goal: wanted, missing, observed, expected });
    return paceStatus(result, context, reading, wanted, missing);
  }
  const met = goal.met(index);
  if (met && (final || !goal.finalOnly)) return finish(result, 'achieved', { code: 'MEETS', reading, goal: wanted });
  if (final) return finish(result, 'missed', { code: 'MISSES', reading, goal: wanted });
  return paceStatus(result, context, reading, wanted);
}

/** The SDG measure on the growth index the pace method built (1 in the base year). */
export function indexSdgInput(evaluation: Evaluation, baseYear: number, targetIndex: number, direction: 1 | -1, context: EvaluationContext): SdgInput {
  return {
    series: evaluation.path.filter((point) => point.observed !== null).map((point) => ({ year: point.year, value: point.observed! })),
    baseYear,
    target: targetIndex,
    targetYear: targetYear(evaluation.indicator.target, context.plan.header),
    direction,
  };
}
