// Commands that compute need a valid plan: load it, or stop with its findings (exit 1).

import { loadPlan, type LoadedPlan } from '../../load/load-plan.js';
import type { Plan } from '../../model/types.js';
import { findingsReporters } from '../../render/findings.js';
import type { Lang } from '../../render/messages.js';
import { countErrors } from '../../model/findings.js';
import { EXIT_FINDINGS, ExitError } from '../../util/errors.js';
import { choosePlan, EMBEDDED_NOTICE } from './resolve-plan.js';

/** The plan has findings: they go to stderr before the message, and the exit code is 1. */
export class InvalidPlanError extends ExitError {
  constructor(details: string, message = 'the plan is invalid; run `plan validate` for every finding') {
    super(EXIT_FINDINGS, message, details);
  }
}

/**
 * The one gate of every command that needs a valid plan: its plan, or its findings (exit 1),
 * in `lang`. The refusal's own line stays English, as usage errors do.
 */
export function validPlanOf(loaded: LoadedPlan, lang: Lang, message?: string): Plan {
  if (!loaded.plan || countErrors(loaded.findings) > 0) throw new InvalidPlanError(findingsReporters.text(loaded.findings, { sources: loaded.sources, lang }), message);
  return loaded.plan;
}

/** `notify` hears, on stderr, when the embedded plan is used because none was found. */
export function loadValidPlan(planOption: string | undefined, lang: Lang, notify: (text: string) => void = () => {}): Plan {
  const choice = choosePlan(planOption);
  if (choice.embedded) notify(EMBEDDED_NOTICE);
  return validPlanOf(loadPlan(choice.path, { displayBase: choice.displayBase, cache: choice.cache }), lang);
}
