// plan status --annual YYYY: that year's annual-plan targets against the results, judged as
// of the day the year's figures came out (as --year YYYY), unless --as-of says otherwise.

import { compareAnnual } from '../kinds/annual-comparison.js';
import type { Plan } from '../model/types.js';
import { annualReporters, type AnnualFormat, type AnnualReport } from '../render/annual-reporters.js';
import type { Lang } from '../render/cells.js';
import { messages } from '../render/messages.js';
import { UsageError } from '../util/errors.js';
import { result, type CommandResult } from './command.js';
import { parseEvaluationFlags, type EvaluationFlags } from './support/evaluation-options.js';

export interface AnnualFlags extends EvaluationFlags {
  annual: string;
  format: AnnualFormat;
  lang: Lang;
}

export function annualReport(plan: Plan, flags: Omit<AnnualFlags, 'format' | 'lang'>, today: Date): AnnualReport {
  if (!/^\d{4}$/.test(flags.annual)) throw new UsageError(`--annual takes a year like 2023, not ${JSON.stringify(flags.annual)}`);
  if (flags.year !== undefined) throw new UsageError('give --annual YYYY alone: it is as of the day that year\'s figures came out (or add --as-of)');
  const year = Number(flags.annual);
  const choice = parseEvaluationFlags(flags.asOf !== undefined ? flags : { ...flags, year: flags.annual }, today, plan.observations);
  const rows = compareAnnual(plan, choice, year);
  return { schema: 'plan-annual/v1', plan: { id: plan.header.id, title: plan.header.title }, year, asOf: choice.asOf, method: choice.method, rows };
}

export function annualCommand(plan: Plan, flags: AnnualFlags, today: Date): CommandResult {
  const report = annualReport(plan, flags, today);
  const stderr = report.rows.length ? '' : `${messages(flags.lang).noAnnualTarget(report.year)}\n`;
  return result({ stdout: report.rows.length || flags.format === 'json' ? annualReporters[flags.format](report, flags.lang) : '', stderr });
}
