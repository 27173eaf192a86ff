// Where every indicator stands at an as-of date. Pure: it gets the plan, the observations
// that count and the date, and returns data. No files, clock, environment or terminal.
// What each target kind means lives in its module (src/kinds/); this file only dispatches.

import { kindOf } from './registry.js';
import { settingsOf } from '../model/settings.js';
import type { Indicator, Judgement, Plan } from '../model/types.js';
import type { EvaluationContext } from '../engine/context.js';
import { ObservationIndex, type VintageRule } from '../engine/observations.js';
import { emptyComputed } from '../engine/progress.js';
import { sdgMeasure, sdgStatus } from '../engine/sdg.js';
import type { Evaluation, Method } from '../engine/types.js';

export interface EvaluateOptions {
  /** YYYY-MM-DD: the date the evaluation speaks for. */
  asOf: string;
  rule: VintageRule;
  method: Method;
  /**
   * Write down how the numbers were reached: each evaluation's steps, its year-by-year
   * path and every observation that counts, for `show` and the HTML report (the default).
   * `status` prints none of them; without them a large plan's evaluation costs a third less.
   * The status, the reason and every number are the same either way.
   */
  explain?: boolean;
}

/** Every indicator's evaluation, or those of `indicators` (each is evaluated inside the whole plan). */
export function evaluatePlan(plan: Plan, options: EvaluateOptions, indicators: readonly Indicator[] = plan.indicators): Evaluation[] {
  const context = evaluationContext(plan, options);
  if (indicators.length < COMPACT_FROM) return indicators.map((indicator) => context.evaluate(indicator));
  return indicators.map((indicator) => {
    const evaluation = context.evaluate(indicator);
    evaluation.computed.reasons = compacted(evaluation.computed.reasons);
    return evaluation;
  });
}

/** What every indicator's evaluation shares: the counted observations, judgements and date. */
export function evaluationContext(plan: Plan, options: EvaluateOptions): EvaluationContext {
  const units = new Map(plan.indicators.map((indicator) => [indicator.id, indicator.unit]));
  const judgements = new Map<string, Judgement[]>();
  for (const judgement of plan.judgements) {
    if (judgement.date > options.asOf) continue;
    const list = judgements.get(judgement.indicator) ?? [];
    list.push(judgement);
    judgements.set(judgement.indicator, list);
  }
  const context: EvaluationContext = {
    plan,
    settings: settingsOf(plan.header),
    index: new ObservationIndex(plan.observations, options.rule, units),
    asOf: options.asOf,
    method: options.method,
    explain: options.explain !== false,
    judgements,
    evaluate: (indicator) => evaluateIndicator(indicator, context),
  };
  return context;
}

function evaluateIndicator(indicator: Indicator, context: EvaluationContext): Evaluation {
  const base: Evaluation = {
    indicator,
    status: 'no-data',
    reason: { code: 'NO_DATA' },
    notes: [],
    // A declared baseline is reported whatever the kind makes of it.
    baseline: indicator.baseline ? { ...indicator.baseline } : null,
    latest: null,
    current: null,
    computed: emptyComputed({ code: 'NO_DATA' }),
    path: [],
    pathShape: context.settings.path,
    steps: [],
    observations: context.explain ? context.index.all(indicator.id) : [],
  };
  const kind = kindOf(indicator.target);
  const evaluation = kind.evaluate(indicator, indicator.target, context, base);
  if (context.method === 'sdg') applySdg(evaluation, context);
  return evaluation;
}

/** From this many evaluations on, their reasons are compacted (below); fewer are not worth it. */
const COMPACT_FROM = 1000;

/**
 * The reasons with the same keys in the same order, in an object that has lost none: one
 * that has (setComputed deletes the reason of a number it sets) is kept by V8 as a hash
 * table, three times the size and slower to read, and a large plan holds one per indicator.
 */
function compacted<T extends object>(reasons: T): T {
  const copy = {} as T;
  for (const key in reasons) if (Object.hasOwn(reasons, key)) copy[key] = reasons[key];
  return copy;
}

/** The Open SDG measure replaces the pace verdict where it has a rule for the kind. */
function applySdg(evaluation: Evaluation, context: EvaluationContext): void {
  if (evaluation.sdg) return; // a stand-in (external target) has had it applied already
  const input = kindOf(evaluation.indicator.target).sdgInput(evaluation, evaluation.indicator.target, context);
  if (!input) {
    evaluation.notes.push({ code: 'SDG_NO_RULE', kind: evaluation.indicator.target.kind });
    return;
  }
  const sdg = sdgMeasure(input);
  evaluation.sdg = sdg;
  evaluation.computed.sdg = { value: sdg.progressValue, score: sdg.score, label: sdg.label };
  evaluation.status = sdgStatus(sdg);
  evaluation.reason =
    sdg.label === 'not_available'
      ? { code: 'SDG_NOT_AVAILABLE', because: sdg.reason ?? null }
      : { code: 'SDG_MEASURED', label: sdg.label, progressValue: sdg.progressValue, score: sdg.score };
}
