// status --annual YYYY: each annual-plan target of the year against its result, where the
// five-year target stands, and what meeting the annual target would have left to do.
// Apart from annual.ts, which the kinds use, so that no import runs in a circle.

import type { Indicator, Observation, Plan } from '../model/types.js';
import { annualResults, type AnnualResult } from '../engine/annual.js';
import { evaluationContext, type EvaluateOptions } from './evaluate.js';
import type { Evaluation } from '../engine/types.js';

export interface AnnualComparison {
  indicator: Indicator;
  /** The year's annual-plan target against its result. */
  annual: AnnualResult;
  /** The five-year target as the year's figures left it. */
  fiveYear: Evaluation;
  /** The five-year target had the annual target been met exactly: the growth still required after it. */
  ifMet: Evaluation;
}

/**
 * Every indicator with an annual target for `year`: met or not, where the five-year target
 * stands, and whether meeting the annual target keeps it within reach (status --annual).
 */
export function compareAnnual(plan: Plan, options: EvaluateOptions, year: number): AnnualComparison[] {
  const context = evaluationContext(plan, options);
  const out: AnnualComparison[] = [];
  for (const indicator of plan.indicators) {
    const annual = annualResults(indicator, context).find((entry) => entry.year === year);
    if (!annual) continue;
    const hypothetical: Observation = { indicator: indicator.id, year, value: annual.entry.value, measure: annual.measure, source: `annual target ${year} (as if met exactly)`, published: options.asOf };
    const others = plan.observations.filter((observation) => !(observation.indicator === indicator.id && observation.year === year && (observation.measure ?? 'level') === annual.measure && !observation.component && !observation.unit));
    const ifMet = evaluationContext({ ...plan, observations: [...others, hypothetical] }, options).evaluate(indicator);
    out.push({ indicator, annual, fiveYear: context.evaluate(indicator), ifMet });
  }
  return out;
}
