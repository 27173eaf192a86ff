// A verdict from recorded judgements (milestones, and targets set by another authority),
// the latest dated by the as-of date deciding.

import { finish, type EvaluationContext } from './context.js';
import type { Evaluation } from './types.js';
import type { Reason } from './reasons.js';
import { targetYear } from '../model/target-years.js';
import type { Indicator } from '../model/types.js';

/**
 * What the evidence says (`achieved`, `partly`, `not-yet`) is read against the target
 * year: delivered is achieved; part delivered is on-track and nothing yet at-risk while the
 * target year runs; either is missed when the evidence is dated after the year's end, and
 * not-assessed when the year is over but the last evidence predates its end (nobody has
 * looked since). An evaluator's own verdict (on-track … missed) is taken as it stands.
 */
export function judge(indicator: Indicator, context: EvaluationContext, result: Evaluation, none: Reason): Evaluation {
  const judgements = [...(context.judgements.get(indicator.id) ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = judgements.at(-1);
  if (!latest) return finish(result, 'not-assessed', none);
  result.steps = judgements.map((judgement) => ({ code: 'JUDGEMENT', date: judgement.date, status: judgement.status, evidence: judgement.evidence, source: judgement.source }));
  const year = targetYear(indicator.target, context.plan.header);
  const yearEnd = `${year}-12-31`;
  const judged = (after: 'incomplete' | 'stale' | null): Reason => ({ code: 'JUDGED', status: latest.status, date: latest.date, evidence: latest.evidence, after, year });
  switch (latest.status) {
    case 'achieved':
    case 'ahead':
    case 'on-track':
    case 'at-risk':
    case 'off-track':
    case 'missed':
      return finish(result, latest.status, judged(null));
    case 'partly':
    case 'not-yet':
      if (latest.date > yearEnd) return finish(result, 'missed', judged('incomplete'));
      if (context.asOf > yearEnd) return finish(result, 'not-assessed', judged('stale'));
      return finish(result, latest.status === 'partly' ? 'on-track' : 'at-risk', judged(null));
  }
}
