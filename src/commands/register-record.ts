// The commands that edit the plan: record and judge.

import { Option, type Command } from 'commander';
import type { Io } from '../cli.js';
import { JUDGED_STATUSES, judgeCommand, type JudgeFlags } from './judge.js';
import { recordCommand, type RecordFlags } from './record.js';

export function registerRecordCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('record')
    .description('add an observation, or a new vintage of one, to the plan\'s observations file; keeps comments and layout, refuses a change that would make the plan invalid')
    .argument('<id>', 'indicator id')
    .argument('<year>', 'the year the value is for')
    .argument('<value>', 'the value, in the indicator\'s unit (or --unit), a yearly rate with --measure rate')
    .requiredOption('--source <source>', 'where the value comes from')
    .option('--published <date>', 'when this vintage was published (YYYY-MM-DD); a revised figure needs its own date')
    .option('--url <url>', 'link to the source')
    .option('--note <note>', 'a note on the value')
    .addOption(new Option('--measure <measure>', 'level (default) or rate (yearly growth in percent)').choices(['level', 'rate']))
    .option('--component <id>', 'for an indicator with components: which one')
    .option('--unit <unit>', 'unit of a context series that differs from the indicator\'s')
    .addOption(new Option('--quality <quality>', 'official or secondary source').choices(['official', 'secondary']))
    .option('--approx', 'reported as 左右 (approximately)')
    .option('--replace', 'overwrite a different value recorded for the same year and publication date')
    .option('--dry-run', 'print the change as a diff; write nothing')
    .action((id: string, year: string, value: string, options: Omit<RecordFlags, 'plan'>, command: Command) => {
      const globals = command.optsWithGlobals<{ plan?: string }>();
      const outcome = recordCommand(id, year, value, { ...options, plan: globals.plan });
      io.stdout(outcome.stdout);
      io.stderr(outcome.stderr);
      setExitCode(outcome.exitCode);
    });

  program
    .command('judge')
    .description('add a judgement of a milestone (or of a target set by another authority) with its evidence to the plan\'s observations file; keeps comments and layout, refuses a change that would make the plan invalid')
    .argument('<id>', 'indicator id')
    .addOption(
      new Option('--status <status>', 'what the evidence shows (achieved, partly, not-yet) or an evaluator\'s own verdict (on-track … missed)')
        .choices(JUDGED_STATUSES)
        .makeOptionMandatory(),
    )
    .requiredOption('--date <date>', 'the date of the evidence (YYYY-MM-DD)')
    .requiredOption('--evidence <text>', 'what the evidence shows, best in its own words')
    .requiredOption('--source <source>', 'where the evidence comes from')
    .option('--url <url>', 'link to the source')
    .option('--replace', 'overwrite a different judgement recorded for the same indicator and date')
    .option('--dry-run', 'print the change as a diff; write nothing')
    .action((id: string, options: Omit<JudgeFlags, 'plan'>, command: Command) => {
      const globals = command.optsWithGlobals<{ plan?: string }>();
      const outcome = judgeCommand(id, { ...options, plan: globals.plan });
      io.stdout(outcome.stdout);
      io.stderr(outcome.stderr);
      setExitCode(outcome.exitCode);
    });
}
