// plan diff: options and exit codes (the comparison is src/diff, the wording src/report).

import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from '../cli.js';
import { DIFF_FORMATS, FAIL_ON_POLICIES, type DiffFormat, type FailOn } from '../report/diff-reporters.js';
import { diffCommand } from './diff.js';

/** `--fail-on loosened,unrevised` or `--fail-on loosened --fail-on unrevised`. */
function collectPolicies(value: string, previous: FailOn[] = []): FailOn[] {
  const policies = [...previous];
  for (const policy of value.split(',').map((part) => part.trim()).filter(Boolean)) {
    if (!(FAIL_ON_POLICIES as readonly string[]).includes(policy)) throw new InvalidArgumentError(`expected ${FAIL_ON_POLICIES.join(' or ')} (comma-separated or repeated)`);
    if (!policies.includes(policy as FailOn)) policies.push(policy as FailOn);
  }
  return policies;
}

export function registerDiffCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('diff')
    .description('compare two versions of a plan (folders or git revisions): indicators added, removed, renamed; targets tightened or loosened; observations revised; revision bumped')
    .argument('<old>', 'a plan folder or a git revision (HEAD~1, main, origin/main)')
    .argument('[new]', 'a plan folder or a git revision (default: the working plan, as for plan status)')
    .option('--fail-on <policy>', `exit 1 when ${FAIL_ON_POLICIES.join(', ')}: a binding target loosened (or removed), or targets or baselines changed without a revision bump; repeat or comma-separate`, collectPolicies)
    .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .action((oldSide: string, newSide: string | undefined, options: { failOn?: FailOn[]; format: DiffFormat }, command: Command) => {
      const globals = command.optsWithGlobals<{ plan?: string }>();
      const outcome = diffCommand(oldSide, newSide, { plan: globals.plan, failOn: options.failOn ?? [], format: options.format });
      io.stdout(outcome.stdout);
      io.stderr(outcome.stderr);
      setExitCode(outcome.exitCode);
    });
}
