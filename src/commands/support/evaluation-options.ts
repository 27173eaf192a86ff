// --as-of, --year and --method: declared once for every command that evaluates, and
// parsed once.

import { Option, type Command } from 'commander';
import { format, isValid, parseISO } from 'date-fns';
import { dateOfYear, type VintageRule } from '../../engine/observations.js';
import type { Observation } from '../../model/types.js';
import type { Method } from '../../engine/types.js';
import type { Report } from '../../render/report-model.js';
import { UsageError } from '../../util/errors.js';

export interface EvaluationFlags {
  asOf?: string;
  year?: string;
  method?: string;
}

export interface EvaluationChoice {
  asOf: string;
  rule: VintageRule;
  method: Method;
  vintage: Report['vintage'];
}

/**
 * The date an evaluation speaks for. `--year YYYY` is "as of the day the last figure for
 * YYYY was published", which depends on the plan's observations.
 */
export function parseEvaluationFlags(flags: EvaluationFlags, today: Date, observations: readonly Observation[]): EvaluationChoice {
  const method = (flags.method ?? 'pace') as Method;
  if (method !== 'pace' && method !== 'sdg') throw new UsageError(`--method must be pace or sdg, not ${JSON.stringify(flags.method)}`);
  if (flags.asOf !== undefined && flags.year !== undefined) throw new UsageError('give --as-of or --year, not both');
  if (flags.asOf !== undefined) {
    const date = parseDate(flags.asOf);
    return { asOf: date, rule: { kind: 'as-of', date }, method, vintage: { rule: 'as-of', date } };
  }
  if (flags.year !== undefined) {
    if (!/^\d{4}$/.test(flags.year)) throw new UsageError(`--year takes a year like 2025, not ${JSON.stringify(flags.year)}`);
    const year = Number(flags.year);
    if (year < 1900 || year > 2200) throw new UsageError(`--year ${year} is outside 1900–2200`);
    const date = dateOfYear(observations, year);
    return { asOf: date, rule: { kind: 'year', year, date }, method, vintage: { rule: 'year', year, date } };
  }
  const date = format(today, 'yyyy-MM-dd');
  return { asOf: date, rule: { kind: 'as-of', date }, method, vintage: { rule: 'as-of', date } };
}

export function parseDate(text: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseISO(text) : new Date(NaN);
  if (!isValid(date) || format(date, 'yyyy-MM-dd') !== text) throw new UsageError(`not a date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  if (text < '1900-01-01' || text > '2200-12-31') throw new UsageError(`date ${text} is outside 1900–2200`);
  return text;
}

/** Declares --as-of, --year and --method on a command that evaluates the plan. */
export function addEvaluationOptions(command: Command): Command {
  return command
    .option('--as-of <date>', 'evaluate with what was published by this date (YYYY-MM-DD)')
    .option('--year <year>', 'evaluate as of the day the figures for this year came out')
    .addOption(new Option('--method <method>', 'pace (default) or sdg (Open SDG progress measure)').choices(['pace', 'sdg']).default('pace'));
}
