// plan diff OLD [NEW]: two versions of a plan, each a folder or a git revision of the
// current repository (read through git, no checkout). NEW defaults to the working plan.

import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { comparePlans, type DiffResult } from '../diff/compare.js';
import { findRepository, gitPlanFs, pathInRepository, resolveCommit } from '../diff/git-fs.js';
import { planLocator } from '../diff/locate.js';
import { displayPath, loadPlan, PLAN_FILE, resolvePlanFolder, type LoadedPlan } from '../load/load-plan.js';
import type { Plan } from '../model/types.js';
import { DIFF_FORMATS, diffReporters, FAIL_ON_POLICIES, valueText, unrevisedCause, type DiffFormat, type DiffSide, type FailOn } from '../render/diff-reporters.js';
import { escapeInline } from '../util/escape.js';
import { InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../util/errors.js';
import { defineCommand, type CommandResult } from './command.js';
import type { Lang } from '../render/messages.js';
import { validPlanOf } from './support/load-valid-plan.js';
import { failOnMessage } from './support/fail-on.js';
import { plural } from '../util/words.js';
import { choosePlan, EMBEDDED_NOTICE, type PlanChoice } from './support/resolve-plan.js';

export interface DiffFlags {
  plan?: string;
  failOn: FailOn[];
  format: DiffFormat;
  /** The language of the findings of an invalid side (default English). */
  lang?: Lang;
}

export interface DiffOutcome extends CommandResult {
  diff: DiffResult;
}

interface LoadedSide {
  side: DiffSide;
  loaded: LoadedPlan;
  plan: Plan;
}

export function diffCommand(oldArgument: string, newArgument: string | undefined, flags: DiffFlags, cwd = process.cwd()): DiffOutcome {
  const working = choosePlan(flags.plan, cwd);
  const lang = flags.lang ?? 'en';
  const oldSide = loadSide(oldArgument, working, cwd, 'OLD', lang);
  const newSide = newArgument === undefined ? loadWorkingSide(working, lang) : loadSide(newArgument, working, cwd, 'NEW', lang);
  const diff = comparePlans(oldSide.plan, newSide.plan);

  const failed: FailOn[] = [];
  // The working side is the embedded plan only when no plan was named or found: say so.
  let stderr = working.embedded && newArgument === undefined ? EMBEDDED_NOTICE : '';
  if (flags.failOn.includes('loosened') && diff.summary.loosenedBinding.length > 0) {
    failed.push('loosened');
    const named = diff.summary.loosenedBinding.map((entry) => {
      if (entry.fields.includes('removed')) return `${entry.id} (removed)`;
      const changes = diff.indicators.changed.find((indicator) => indicator.id === entry.id)?.changes ?? [];
      const loosened = changes.filter((change) => change.effect === 'loosened').map((change) => `${change.field} ${valueText(change.old)} → ${valueText(change.new)}`);
      return `${entry.id} (${loosened.join('; ')})`;
    });
    stderr += failOnMessage('loosened', `${plural(named.length, 'binding target')} loosened: ${named.join(', ')}`);
  }
  if (flags.failOn.includes('unrevised') && diff.summary.unrevised) {
    failed.push('unrevised');
    stderr += failOnMessage('unrevised', `targets or baselines changed (${unrevisedCause(diff)}) but revision is still ${diff.revision.new}; bump \`revision\` in ${PLAN_FILE} and add a \`revisions\` entry`);
  }
  const stdout = diffReporters[flags.format](diff, {
    old: oldSide.side,
    new: newSide.side,
    failOn: flags.failOn,
    failed,
    locate: planLocator(newSide.loaded),
  });
  return { stdout, stderr, exitCode: failed.length > 0 ? 1 : 0, diff };
}

/** The plan `plan status` would use: --plan, ./plan.yaml, or the embedded plan. */
function loadWorkingSide(working: PlanChoice, lang: Lang): LoadedSide {
  const loaded = loadPlan(working.path, { displayBase: working.displayBase, cache: working.cache });
  const folder = resolvePlanFolder(working.path);
  const label = working.embedded ? 'embedded plan' : `working tree (${folder === resolve(working.displayBase) ? '.' : displayPath(folder, working.displayBase)})`;
  return checked(label, loaded, lang);
}

/** A folder (or a plan.yaml in one) if it exists, else a git revision of the current repository. */
function loadSide(argument: string, working: PlanChoice, cwd: string, role: 'OLD' | 'NEW', lang: Lang): LoadedSide {
  const path = resolve(cwd, argument);
  if (isPlanPath(path)) return checked(argument, loadPlan(path, { displayBase: cwd }), lang);

  const repository = findRepository(cwd);
  if ('problem' in repository) throw new UsageError(`${role} ${JSON.stringify(argument)} is neither a plan folder nor a git revision: ${escapeInline(repository.problem)}`);
  const commit = resolveCommit(repository, argument);
  if (!commit) {
    throw new UsageError(`${role} ${JSON.stringify(argument)} is neither a plan folder nor a known git revision (a CI checkout needs the history: fetch-depth: 0)`);
  }
  const folder = resolvePlanFolder(working.path);
  const inRepository = pathInRepository(repository, folder);
  if (inRepository === null) {
    throw new UsageError(`the plan folder ${escapeInline(displayPath(folder, cwd))} is outside the git repository ${escapeInline(repository.topLevel)}; name it with --plan`);
  }
  const fs = gitPlanFs(repository, commit, inRepository, folder);
  const where = `${inRepository === '' ? '' : `${inRepository}/`}${PLAN_FILE}`;
  if (!fs.exists(join(folder, PLAN_FILE))) throw new UsageError(`no ${where} at ${JSON.stringify(argument)} (${commit.slice(0, 12)})`);
  return checked(`${argument} (${commit.slice(0, 12)})`, loadPlan(folder, { displayBase: working.displayBase, fs }), lang);
}

function isPlanPath(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    return statSync(path).isDirectory() || basename(path) === PLAN_FILE || /\.ya?ml$/i.test(path);
  } catch {
    return false;
  }
}

/** A side must be a valid plan; an invalid one stops the diff with its findings in `lang` (exit 1). */
function checked(label: string, loaded: LoadedPlan, lang: Lang): LoadedSide {
  const plan = validPlanOf(loaded, lang, `${escapeInline(label)}: the plan is invalid; fix it (plan validate lists every finding) before diffing`);
  return { side: { label, planId: plan.header.id, revision: plan.header.revision }, loaded, plan };
}

/** `--fail-on loosened,unrevised` or `--fail-on loosened --fail-on unrevised`. */
function collectPolicies(value: string, previous: FailOn[] = []): FailOn[] {
  const policies = [...previous];
  for (const policy of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!(FAIL_ON_POLICIES as readonly string[]).includes(policy)) throw new InvalidArgumentError(`expected ${FAIL_ON_POLICIES.join(' or ')} (comma-separated or repeated)`);
    if (!policies.includes(policy as FailOn)) policies.push(policy as FailOn);
  }
  return policies;
}

export const diff = defineCommand<{ failOn?: FailOn[]; format: DiffFormat }>({
  declare: (program) =>
    program
      .command('diff')
      .description('compare two versions of a plan (folders or git revisions): indicators added, removed, renamed; targets tightened or loosened; observations revised; revision bumped')
      .argument('<old>', 'a plan folder or a git revision (HEAD~1, main, origin/main)')
      .argument('[new]', 'a plan folder or a git revision (default: the working plan, as for plan status)')
      .option('--fail-on <policy>', `exit 1 when ${FAIL_ON_POLICIES.join(', ')}: a binding target loosened (or removed), or targets or baselines changed without a revision bump; repeat or comma-separate`, collectPolicies)
      .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('text')),
  run: ([oldSide, newSide], options, { globals }) => diffCommand(oldSide as string, newSide as string | undefined, { plan: globals.plan, failOn: options.failOn ?? [], format: options.format, lang: globals.lang }),
});
