// plan status: one row per indicator, filtered, in the chosen format.

import { evaluatePlan } from '../kinds/evaluate.js';
import { STATUS_SEVERITY, STATUSES, type Evaluation, type Status } from '../engine/types.js';
import { TARGET_KINDS, type Plan } from '../model/types.js';
import type { Lang } from '../render/cells.js';
import { messages } from '../render/messages.js';
import { buildReport, writeJsonReport, writeRowsInBatches, type Report } from '../render/report-model.js';
import { STATUS_FORMATS, statusReporters, type StatusFormat } from '../render/status-reporters.js';
import { Option, type Command } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../util/errors.js';
import { annualCommand } from './status-annual.js';
import { defineCommand, type CommandResult } from './command.js';
import { failOnMessage } from './support/fail-on.js';
import { noticesIn } from './support/language.js';
import { loadValidPlan } from './support/load-valid-plan.js';
import { terminalWidth, useColor } from './support/terminal.js';
import { plural } from '../util/words.js';
import { addEvaluationOptions, parseEvaluationFlags, type EvaluationChoice, type EvaluationFlags } from './support/evaluation-options.js';

export interface StatusFilters extends EvaluationFlags {
  attribute?: string;
  status?: string[];
  section?: string;
  kind?: string[];
  failOn?: string;
}

export interface StatusFlags extends StatusFilters {
  format: StatusFormat;
  lang: Lang;
  color: boolean;
  /** The table's width limit in columns (the terminal's); undefined: no limit. */
  width?: number;
}

export function statusReport(plan: Plan, flags: StatusFilters, today: Date, lang: Lang = 'en'): Report {
  const { choice, evaluations } = filteredEvaluations(plan, flags, today, false);
  return buildReport(plan, evaluations, { ...choice, lang });
}

/**
 * The evaluations `plan status` shows (and `plan report` charts), after the filters. Only
 * the indicators the attribute, kind and section filters keep are evaluated; `explain`:
 * with steps, paths and observation lists (kinds/evaluate.ts), which the status report
 * does not print.
 */
export function filteredEvaluations(plan: Plan, flags: StatusFilters, today: Date, explain = true): { choice: EvaluationChoice; evaluations: Evaluation[] } {
  const choice = parseEvaluationFlags(flags, today, plan.observations);
  checkFilters(flags);
  checkSection(plan, flags.section);
  const selected = plan.indicators.filter((indicator) => {
    if (flags.attribute && (indicator.attribute ?? 'none') !== flags.attribute) return false;
    if (flags.kind?.length && !flags.kind.includes(indicator.target.kind)) return false;
    if (flags.section && !(indicator.section === flags.section || indicator.section.startsWith(`${flags.section}.`))) return false;
    return true;
  });
  const evaluations = evaluatePlan(plan, { ...choice, explain }, selected).filter((evaluation) => !flags.status?.length || flags.status.includes(evaluation.status));
  return { choice, evaluations };
}

export interface StatusOutcome extends CommandResult {
  /** The indicators --fail-on matched. */
  failing: string[];
}

/** `write`: where JSON goes as it is made, instead of in `stdout` (a large plan's report is over 100 MB). */
export function statusCommand(plan: Plan, flags: StatusFlags, today: Date, write?: (text: string) => void): StatusOutcome {
  const { choice, evaluations } = filteredEvaluations(plan, flags, today, false);
  const failing = flags.failOn ? failingIndicators(evaluations, flags.failOn as Status) : [];
  const failed = failing.length ? failOnMessage(flags.failOn!, `${plural(failing.length, 'indicator')}: ${failing.join(', ')}`) : '';
  const exitCode = failing.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  // JSON and CSV go out as they are made where the caller takes them in pieces.
  if ((flags.format === 'json' || flags.format === 'csv') && write && evaluations.length > 0) {
    if (flags.format === 'json') writeJsonReport(plan, evaluations, { ...choice, lang: flags.lang }, write);
    else writeRowsInBatches(plan, evaluations, { ...choice, lang: flags.lang }, (report) => statusReporters.csv(report, { lang: flags.lang, color: flags.color, width: flags.width }), write);
    return { stdout: '', stderr: failed, exitCode, failing };
  }
  const report = buildReport(plan, evaluations, { ...choice, lang: flags.lang });
  if (report.indicators.length === 0) {
    // Nothing matched: a sentence instead of an empty table; the machine formats keep their
    // (empty) shape for the scripts that read them. Not an error: the question was answered.
    const notice = `${messages(flags.lang).noMatch(describeFilters(flags, flags.lang), plan.indicators.length)}\n`;
    const stdout = flags.format === 'table' ? '' : statusReporters[flags.format](report, { lang: flags.lang, color: flags.color, width: flags.width });
    return { stdout, stderr: notice + failed, exitCode, failing };
  }
  const stdout = statusReporters[flags.format](report, { lang: flags.lang, color: flags.color, width: flags.width });
  return { stdout, stderr: failed, exitCode, failing };
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').filter(Boolean)];

/** The filters `status` and `report` share. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--attribute <attribute>', 'only binding, expected, or none (chapter targets)')
    .option('--status <status>', `only these statuses (${STATUSES.join(', ')}); repeat or comma-separate`, collect)
    .option('--section <number>', 'only this outline section and its subsections, e.g. 3 or 3.4.1')
    .option('--kind <kind>', `only these target kinds (${TARGET_KINDS.join(', ')}); repeat or comma-separate`, collect);
}

type StatusOptions = Omit<StatusFlags, 'lang' | 'color' | 'width'> & { wide?: boolean; annual?: string };

export const status = defineCommand<StatusOptions>({
  declare: (program) =>
    addEvaluationOptions(addFilterOptions(program.command('status').description('where every indicator stands: baseline, target, latest, expected by now, progress, status')))
      .addOption(new Option('--fail-on <status>', 'exit 1 if any indicator is at or below this status').choices(['at-risk', 'off-track', 'missed']))
      .addOption(new Option('--format <format>', 'output format').choices(STATUS_FORMATS).default('table'))
      .option('--annual <year>', "that year's annual-plan targets against the results, and the growth the five-year target would still need had each been met")
      .option('--wide', 'every column at full width, however wide the terminal (the table otherwise fits the terminal or COLUMNS)'),
  run(_args, options, { globals, io, today }) {
    const plan = loadValidPlan(globals.plan, globals.lang, noticesIn(globals.lang, io));
    if (options.annual !== undefined) {
      const format = options.format === 'csv' ? 'table' : options.format;
      return annualCommand(plan, { ...options, annual: options.annual, format, lang: globals.lang }, today);
    }
    const { wide, annual: _annual, ...rest } = options;
    const width = wide ? undefined : terminalWidth(process.env, process.stdout);
    return statusCommand(plan, { ...rest, lang: globals.lang, color: useColor(globals.color, process.env, process.stdout), width }, today, io.stdout);
  },
});

function describeFilters(flags: StatusFilters, lang: Lang): string {
  const parts: string[] = [];
  if (flags.attribute) parts.push(`--attribute ${flags.attribute}`);
  if (flags.status?.length) parts.push(`--status ${flags.status.join(',')}`);
  if (flags.section) parts.push(`--section ${flags.section}`);
  if (flags.kind?.length) parts.push(`--kind ${flags.kind.join(',')}`);
  return parts.length ? parts.join(' ') : messages(lang).theseFilters;
}

/**
 * A --section no indicator lies in is a slip (a chapter the plan does not have), not a
 * question answered "none": a usage error naming the chapters there are (exit 2).
 */
function checkSection(plan: Plan, section: string | undefined): void {
  if (!section) return;
  const inSection = (candidate: string): boolean => candidate === section || candidate.startsWith(`${section}.`);
  if (plan.indicators.some((indicator) => inSection(indicator.section))) return;
  const chapters = [...new Set(plan.indicators.map((indicator) => indicator.section.split('.')[0]!))].sort((a, b) => Number(a) - Number(b));
  throw new UsageError(`--section ${section} matches no section of the plan; its indicators are in chapters ${chapters.join(', ')} (and their sections, e.g. ${plan.indicators[0]?.section ?? chapters[0]})`);
}

function failingIndicators(evaluations: readonly Evaluation[], threshold: Status): string[] {
  const limit = STATUS_SEVERITY[threshold];
  return evaluations.filter((evaluation) => STATUS_SEVERITY[evaluation.status] >= limit).map((evaluation) => `${evaluation.indicator.id} (${evaluation.status})`);
}

function checkFilters(flags: StatusFilters): void {
  const bad = (name: string, value: string, allowed: readonly string[]): never => {
    throw new UsageError(`${name} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  };
  if (flags.attribute && !['binding', 'expected', 'none'].includes(flags.attribute)) bad('--attribute', flags.attribute, ['binding', 'expected', 'none']);
  for (const status of flags.status ?? []) if (!(STATUSES as readonly string[]).includes(status)) bad('--status', status, STATUSES);
  for (const kind of flags.kind ?? []) if (!(TARGET_KINDS as readonly string[]).includes(kind)) bad('--kind', kind, TARGET_KINDS);
  if (flags.failOn && !['at-risk', 'off-track', 'missed'].includes(flags.failOn)) bad('--fail-on', flags.failOn, ['at-risk', 'off-track', 'missed']);
  if (flags.section && !/^\d+(\.\d+)*$/.test(flags.section)) throw new UsageError(`--section takes a section number like 3 or 3.4.1, not ${JSON.stringify(flags.section)}`);
}
