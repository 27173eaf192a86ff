// What every target kind's evaluation gets, and the steps they share: turning a frame into
// numbers, and numbers into a status with its reason (a fact: engine/reasons.ts).

import { firstCountedYear, targetYear } from '../model/target-years.js';
import type { Indicator, Judgement, Plan, Target } from '../model/types.js';
import type { Settings } from '../model/settings.js';
import type { ObservationIndex, SeriesPoint } from './observations.js';
import { emptyComputed, measureFrame, statusFromPace, type Frame } from './progress.js';
import type { Evaluation, Method, PointRef, Status } from './types.js';
import type { Because, Goal, Reading, Reason } from './reasons.js';

export interface EvaluationContext {
  plan: Plan;
  settings: Settings;
  index: ObservationIndex;
  /** YYYY-MM-DD: nothing published after it counts. */
  asOf: string;
  method: Method;
  /** Whether steps, paths and observation lists are written down (EvaluateOptions.explain). */
  explain: boolean;
  /** Judgements dated by the as-of date, by indicator. */
  judgements: ReadonlyMap<string, readonly Judgement[]>;
  /** Evaluates another indicator (or a stand-in) inside the same plan and date. */
  evaluate(indicator: Indicator): Evaluation;
}

/** Observations later than the as-of year cannot count (a plan may hold forecasts). */
export function lastCountedYear(context: EvaluationContext): number {
  return Number(context.asOf.slice(0, 4));
}

/** Whether the as-of date lies after the end of `year`: the year's figures may all be in. */
export function yearIsOver(context: EvaluationContext, year: number): boolean {
  return context.asOf > `${year}-12-31`;
}

export function pointRef(point: SeriesPoint): PointRef {
  const { observation } = point;
  return {
    year: point.year,
    value: point.value,
    source: observation.source,
    ...(observation.published ? { published: observation.published } : {}),
    ...(observation.url ? { url: observation.url } : {}),
  };
}

export function applyFrame(result: Evaluation, frame: Frame, context: EvaluationContext): void {
  // The Open SDG measure reads the observed points off the path: it is kept for it.
  const measured = measureFrame(frame, { steps: context.explain, path: context.explain || context.method === 'sdg' });
  // The same object as a copy with the coverage added, without the copy where there is none.
  result.computed = result.computed.coverage ? { ...measured.computed, coverage: result.computed.coverage } : measured.computed;
  result.path = measured.path;
  result.steps.push(...measured.steps);
  result.pathShape = frame.path;
}

export interface Outcome {
  /** The latest value meets the target. */
  met: boolean;
  /** The target year is observed: the verdict is final. */
  over: boolean;
  reading: Reading;
  goal: Goal;
}

/**
 * The status of a target with a number to reach: met is achieved (even early); not met
 * once the target year is observed is missed; otherwise the pace decides.
 */
export function conclude(result: Evaluation, context: EvaluationContext, outcome: Outcome): Evaluation {
  const { reading, goal } = outcome;
  if (outcome.met) return finish(result, 'achieved', { code: 'MEETS', reading, goal });
  if (outcome.over) return finish(result, 'missed', { code: 'MISSES', reading, goal });
  return paceStatus(result, context, reading, goal);
}

/** Not there yet: the pace of the computed numbers decides. `missing`: years not observed. */
export function paceStatus(result: Evaluation, context: EvaluationContext, reading: Reading, goal: Goal, missing: number[] = []): Evaluation {
  const { status, pace } = statusFromPace(result.computed.pace, result.computed.progress, context.settings, result.computed.reasons.pace ?? null);
  return finish(result, status, { code: 'ON_PACE', reading, goal, missing, pace });
}

export function finish(result: Evaluation, status: Status, reason: Reason): Evaluation {
  result.status = status;
  result.reason = reason;
  return result;
}

export function noData(result: Evaluation, because: Because): Evaluation {
  result.computed = emptyComputed(because);
  return finish(result, 'no-data', because);
}

/** Years from `from` to `to` that are not in `years`. */
export function missingYears(from: number, to: number, years: ReadonlySet<number>): number[] {
  const missing: number[] = [];
  for (let year = from; year <= to; year++) if (!years.has(year)) missing.push(year);
  return missing;
}

/**
 * The years a yearly target counts (its first counted year to its target year) and the
 * indicator's values in them that the as-of date lets count. Reports a declared baseline.
 */
export function yearlySpan(indicator: Indicator, target: Target, context: EvaluationContext, result: Evaluation): { from: number; year: number; points: SeriesPoint[] } {
  const from = firstCountedYear(target, context.plan.header);
  const year = targetYear(target, context.plan.header);
  if (indicator.baseline) result.baseline = { ...indicator.baseline };
  const points = context.index.points(indicator.id, 'level').filter((point) => point.year >= from && point.year <= Math.min(year, lastCountedYear(context)));
  return { from, year, points };
}
