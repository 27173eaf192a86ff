// The commands that evaluate the plan: status, show, calc.

import { Option, type Command } from 'commander';
import type { Io } from '../cli.js';
import { STATUSES } from '../engine/types.js';
import { TARGET_KINDS } from '../model/types.js';
import { STATUS_FORMATS, type StatusFormat } from '../report/status-reporters.js';
import type { Lang } from '../report/cells.js';
import { calcCommand, type CalcFlags, type CalcOperation } from './calc.js';
import { loadValidPlan } from './load-valid-plan.js';
import { reportCommand, type ReportFlags } from './report.js';
import { showCommand, type ShowFlags } from './show.js';
import { statusCommand, type StatusFlags } from './status.js';
import { annualCommand } from './annual.js';
import { terminalWidth, useColor } from './terminal.js';
import { plural } from '../util/words.js';

interface GlobalFlags {
  plan?: string;
  lang: Lang;
  color: boolean;
}

function colorFor(globals: GlobalFlags): boolean {
  return useColor(globals.color, process.env, process.stdout);
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').filter(Boolean)];

export function registerStatusCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('status')
    .description('where every indicator stands: baseline, target, latest, expected by now, progress, status')
    .option('--attribute <attribute>', 'only binding, expected, or none (chapter targets)')
    .option('--status <status>', `only these statuses (${STATUSES.join(', ')}); repeat or comma-separate`, collect)
    .option('--section <number>', 'only this outline section and its subsections, e.g. 3 or 3.4.1')
    .option('--kind <kind>', `only these target kinds (${TARGET_KINDS.join(', ')}); repeat or comma-separate`, collect)
    .option('--as-of <date>', 'evaluate with what was published by this date (YYYY-MM-DD)')
    .option('--year <year>', 'evaluate with the newest vintage of every observation up to this year')
    .addOption(new Option('--method <method>', 'pace (default) or sdg (Open SDG progress measure)').choices(['pace', 'sdg']).default('pace'))
    .addOption(new Option('--fail-on <status>', 'exit 1 if any indicator is at or below this status').choices(['at-risk', 'off-track', 'missed']))
    .addOption(new Option('--format <format>', 'output format').choices(STATUS_FORMATS).default('table'))
    .option('--annual <year>', "that year's annual-plan targets against the results, and the growth the five-year target would still need had each been met")
    .option('--wide', 'every column at full width, however wide the terminal (the table otherwise fits the terminal or COLUMNS)')
    .action((options: Omit<StatusFlags, 'lang' | 'color' | 'width'> & { wide?: boolean; annual?: string }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalFlags>();
      const plan = loadValidPlan(globals.plan, io.stderr);
      if (options.annual !== undefined) {
        const format = options.format === 'csv' ? 'table' : options.format;
        const outcome = annualCommand(plan, { ...options, annual: options.annual, format, lang: globals.lang }, new Date());
        io.stdout(outcome.stdout);
        if (outcome.stderr) io.stderr(outcome.stderr);
        return;
      }
      const { wide, annual: _annual, ...rest } = options;
      const width = wide ? undefined : terminalWidth(process.env, process.stdout);
      const flags: StatusFlags = { ...rest, format: options.format as StatusFormat, lang: globals.lang, color: colorFor(globals), width };
      const outcome = statusCommand(plan, flags, new Date());
      io.stdout(outcome.stdout);
      if (outcome.notice) io.stderr(outcome.notice);
      if (outcome.failing.length) io.stderr(`--fail-on ${options.failOn}: ${plural(outcome.failing.length, 'indicator')}: ${outcome.failing.join(', ')}\n`);
      setExitCode(outcome.exitCode);
    });

  program
    .command('show')
    .description('one indicator: target, source phrase, path expected against observed, every computed number and how')
    .argument('<id>', 'indicator id')
    .option('--as-of <date>', 'evaluate with what was published by this date (YYYY-MM-DD)')
    .option('--year <year>', 'evaluate with the newest vintage of every observation up to this year')
    .addOption(new Option('--method <method>', 'pace or sdg').choices(['pace', 'sdg']).default('pace'))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((id: string, options: Omit<ShowFlags, 'lang'>, command: Command) => {
      const globals = command.optsWithGlobals<GlobalFlags>();
      const plan = loadValidPlan(globals.plan, io.stderr);
      io.stdout(showCommand(plan, id, { ...options, lang: globals.lang }, new Date()));
    });

  program
    .command('report')
    .description('a self-contained HTML page: every indicator with a chart of its path expected, observed and target')
    .requiredOption('--out <file>', 'the HTML file to write')
    .option('--attribute <attribute>', 'only binding, expected, or none (chapter targets)')
    .option('--status <status>', 'only these statuses; repeat or comma-separate', collect)
    .option('--section <number>', 'only this outline section and its subsections')
    .option('--kind <kind>', 'only these target kinds; repeat or comma-separate', collect)
    .option('--as-of <date>', 'evaluate with what was published by this date (YYYY-MM-DD)')
    .option('--year <year>', 'evaluate with the newest vintage of every observation up to this year')
    .addOption(new Option('--method <method>', 'pace or sdg').choices(['pace', 'sdg']).default('pace'))
    .action(async (options: Omit<ReportFlags, 'lang'>, command: Command) => {
      const globals = command.optsWithGlobals<GlobalFlags>();
      const plan = loadValidPlan(globals.plan, io.stderr);
      io.stderr(await reportCommand(plan, { ...options, lang: globals.lang }, new Date()));
    });

  const calc = program.command('calc').description('growth arithmetic on numbers: cagr, required, project (rates in percent)');
  const addCalc = (operation: CalcOperation, description: string, options: [string, string][]): void => {
    const sub = calc.command(operation).description(description);
    for (const [flag, help] of options) sub.option(flag, help);
    sub.addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'));
    sub.action((flags: CalcFlags) => {
      const outcome = calcCommand(operation, flags);
      if (outcome.stderr) io.stderr(outcome.stderr);
      io.stdout(outcome.stdout);
      setExitCode(outcome.exitCode);
    });
  };
  addCalc('cagr', 'compound average growth from one value to another', [
    ['--from <v0>', 'start value'],
    ['--to <v1>', 'end value'],
    ['--years <n>', 'years between them'],
  ]);
  addCalc('required', 'growth a year needed to reach a target', [
    ['--from <v>', 'current value'],
    ['--target <t>', 'target value'],
    ['--years <n>', 'years left'],
  ]);
  addCalc('project', 'a value compounded at a rate', [
    ['--from <v>', 'current value'],
    ['--rate <r>', 'percent a year'],
    ['--years <n>', 'years ahead'],
  ]);
}
