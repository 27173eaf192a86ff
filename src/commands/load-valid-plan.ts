// Commands that compute need a valid plan: load it, or stop with its findings (exit 1).

import { loadPlan } from '../load/load-plan.js';
import type { Plan } from '../model/types.js';
import { findingsReporters } from '../report/findings.js';
import { countErrors } from '../validate/findings.js';
import { choosePlan, EMBEDDED_NOTICE } from './resolve-plan.js';

export class InvalidPlanError extends Error {
  constructor(
    readonly details: string,
    message = 'the plan is invalid; run `plan validate` for every finding',
  ) {
    super(message);
  }
}

/** `notify` hears, on stderr, when the embedded plan is used because none was found. */
export function loadValidPlan(planOption: string | undefined, notify: (text: string) => void = () => {}): Plan {
  const choice = choosePlan(planOption);
  if (choice.embedded) notify(EMBEDDED_NOTICE);
  const loaded = loadPlan(choice.path, { displayBase: choice.displayBase, cache: choice.cache });
  if (!loaded.plan || countErrors(loaded.findings) > 0) {
    throw new InvalidPlanError(findingsReporters.text(loaded.findings, { sources: loaded.sources }));
  }
  return loaded.plan;
}
