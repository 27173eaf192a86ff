// plan validate [PATH…]: schema and meaning checks; every finding, not the first.

import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { displayPath, findingsOfRead, loadPlan, PLAN_FILE } from '../load/load-plan.js';
import { readPlanFile } from '../load/read-plan-file.js';
import type { SourceFile } from '../load/source-file.js';
import type { ValidatedCache } from '../load/validated-cache.js';
import { FINDINGS_FORMATS, findingsReporters, type FindingsFormat } from '../render/findings.js';
import { findingsSummary } from '../render/finding-text.js';
import type { Lang } from '../render/messages.js';
import { Option } from 'commander';
import { UsageError } from '../util/errors.js';
import { defineCommand, type CommandResult } from './command.js';
import { compareFindings, countErrors, type Finding } from '../model/findings.js';
import { EMBEDDED_PLAN } from '../util/package-paths.js';
import { choosePlan, type PlanChoice } from './support/resolve-plan.js';

export interface ValidateOptions {
  plan?: string;
  format: FindingsFormat;
  /** The findings' and the summary's language (default English). */
  lang?: Lang;
}

export type ValidateOutcome = CommandResult;

export function validateCommand(paths: string[], options: ValidateOptions, cwd = process.cwd()): ValidateOutcome {
  const findings: Finding[] = [];
  const sources = new Map<string, SourceFile>();
  let fileCount = 0;
  const targets: { path: string; displayBase: string; cache?: ValidatedCache }[] =
    paths.length > 0 ? paths.map((path) => ({ path: resolve(cwd, path), displayBase: cwd })) : [planToValidate(options.plan, cwd)];
  // GitHub places an annotation by its path from the repository's top level, whatever
  // folder the step ran in; a path from the current folder would land on another file.
  const repository = options.format === 'github' ? repositoryRoot(cwd) : null;
  if (repository) for (const target of targets) if (isWithin(target.path, repository)) target.displayBase = repository;
  for (const target of targets) {
    let isFolder: boolean;
    try {
      isFolder = statSync(target.path).isDirectory();
    } catch {
      throw new UsageError(`no such file or folder: ${displayPath(target.path, cwd)}`);
    }
    if (isFolder || basename(target.path) === PLAN_FILE) {
      const loaded = loadPlan(target.path, { displayBase: target.displayBase, cache: target.cache });
      findings.push(...loaded.findings);
      for (const [file, source] of loaded.sources) sources.set(file, source);
      fileCount += loaded.files.size;
    } else {
      const display = displayPath(target.path, target.displayBase);
      const result = readPlanFile(target.path, display);
      if (result.source) sources.set(display, result.source);
      findings.push(...findingsOfRead(result, display));
      fileCount += 1;
    }
  }
  findings.sort(compareFindings);
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  const lang = options.lang ?? 'en';
  const stdout = findingsReporters[options.format](findings, { sources, lang });
  const stderr = `${findingsSummary(errors, warnings, fileCount, lang)}\n`;
  return { stdout, stderr, exitCode: errors > 0 ? 1 : 0 };
}

/**
 * The top level of the git work tree holding `folder`: the nearest folder upward with a
 * `.git` entry (a folder, or a file in a worktree or submodule), as git finds it; null
 * outside a repository. Walked rather than asked of git: no process to start, and no
 * dependence on git being installed where `plan validate` runs.
 */
export function repositoryRoot(folder: string): string | null {
  for (let current = resolve(folder); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return null;
  }
}

function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The plan `validate` checks when no path is given. Unlike the commands that read a plan, it
 * never falls back to the embedded one: a CI job run in the wrong folder would pass on a
 * plan nobody there wrote. Naming the embedded plan still validates it.
 */
function planToValidate(planOption: string | undefined, cwd: string): PlanChoice {
  const choice = choosePlan(planOption, cwd);
  if (choice.embedded) {
    throw new UsageError(`no plan.yaml in ${cwd} or any folder above it; name the plan (plan validate DIR, or --plan DIR), or run inside its folder. The embedded Shanghai plan is validated with: plan validate --plan ${EMBEDDED_PLAN}`);
  }
  return choice;
}

export const validate = defineCommand<{ format: FindingsFormat }>({
  declare: (program) =>
    program
      .command('validate')
      .description('check plan files against their schemas and meaning; every finding with file:line:col')
      .argument('[paths...]', 'plan folders or single plan files (default: the plan)')
      .addOption(new Option('--format <format>', 'output format').choices(FINDINGS_FORMATS).default('text')),
  run: ([paths], options, { globals }) => validateCommand(paths as string[], { plan: globals.plan, format: options.format, lang: globals.lang }),
});
