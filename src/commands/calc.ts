// plan calc cagr|required|project: the growth arithmetic on numbers from the command line.
// Rates are given in percent (--rate 5 is 5% a year). The table prints at most four
// significant digits, in percent; JSON carries the full precision, and growth rates as
// fractions (0.05 is 5%), the unit of the report's JSON (plan status --format json).

import { cagr, project, requiredGrowth, type Computed } from '../engine/growth.js';
import { Option } from 'commander';
import { UsageError } from '../util/errors.js';
import { defineCommand, type CommandResult } from './command.js';
import { becauseText } from '../render/reason-text.js';
import { messages, type Lang } from '../render/messages.js';

export type CalcOperation = 'cagr' | 'required' | 'project';

export interface CalcFlags {
  from?: string;
  to?: string;
  target?: string;
  rate?: string;
  years?: string;
  format: 'table' | 'json';
  /** The language of the labels, a warning and an undefined result's reason; JSON keys and codes stay. */
  lang?: Lang;
}

/** stderr carries a warning: a rate that looks like a fraction given where percent is read. */
export type CalcOutcome = CommandResult;

/** Significant digits of the table's numbers: the inputs rarely carry more. */
const SIGNIFICANT = 4;

export function calcCommand(operation: CalcOperation, flags: CalcFlags): CalcOutcome {
  const years = requireNumber('--years', flags.years);
  const from = requireNumber('--from', flags.from);
  let result: Computed;
  let label: string;
  let inputs: Record<string, number>;
  let stderr = '';
  const lang = flags.lang ?? 'en';
  const words = messages(lang).calc;
  switch (operation) {
    case 'cagr': {
      const to = requireNumber('--to', flags.to);
      result = cagr(from, to, years);
      label = words.cagr(String(from), String(to), years);
      inputs = { from, to, years };
      break;
    }
    case 'required': {
      const target = requireNumber('--target', flags.target);
      result = requiredGrowth(from, target, years);
      label = words.required(String(from), String(target), years);
      inputs = { from, target, years };
      break;
    }
    case 'project': {
      const rate = requireNumber('--rate', flags.rate);
      stderr = rateWarning(rate, lang);
      result = project(from, rate / 100, years);
      label = words.project(String(from), String(rate), years);
      // In the JSON, the rate in the unit of every growth rate there: a fraction.
      inputs = { from, rate: rate / 100, years };
      break;
    }
  }
  const isRate = operation !== 'project';
  const exitCode = result.value === null ? 1 : 0;
  if (flags.format === 'json') {
    const json = { operation, inputs, value: result.value, unit: isRate ? 'fraction' : null, ...(result.value === null ? { reason: becauseText(result.reason, lang), because: result.reason } : {}) };
    return { stdout: JSON.stringify(json, null, 2) + '\n', stderr, exitCode };
  }
  if (result.value === null) return { stdout: `${words.undefined(label, becauseText(result.reason, lang))}\n`, stderr, exitCode };
  const shown = isRate ? `${significant(result.value * 100)}%` : significant(result.value);
  return { stdout: `${shown}  ${label}\n`, stderr, exitCode };
}

/**
 * --rate is read in percent. A rate between -1 and 1 (not 0) is far more often a fraction
 * typed for a percentage (0.05 for 5%) than a growth of under 1% a year: say how it was read.
 */
export function rateWarning(rate: number, lang: Lang = 'en'): string {
  if (rate === 0 || Math.abs(rate) >= 1) return '';
  return `${messages(lang).calc.ratePercent(String(rate), significant(rate * 100))}\n`;
}

function requireNumber(name: string, text: string | undefined): number {
  if (text === undefined) throw new UsageError(`${name} is required`);
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${name} takes a finite number, not ${JSON.stringify(text)}`);
  if (name === '--years' && !(value > 0)) throw new UsageError('--years must be greater than 0');
  return value;
}

/** At most four significant digits, without trailing zeros or an exponent for everyday sizes. */
export function significant(value: number): string {
  const rounded = Number(value.toPrecision(SIGNIFICANT));
  return Math.abs(rounded) >= 1e21 ? rounded.toPrecision(SIGNIFICANT) : String(rounded);
}

const OPERATIONS: [CalcOperation, string, [string, string][]][] = [
  ['cagr', 'compound average growth from one value to another', [['--from <v0>', 'start value'], ['--to <v1>', 'end value'], ['--years <n>', 'years between them']]],
  ['required', 'growth a year needed to reach a target', [['--from <v>', 'current value'], ['--target <t>', 'target value'], ['--years <n>', 'years left']]],
  ['project', 'a value compounded at a rate', [['--from <v>', 'current value'], ['--rate <r>', 'percent a year'], ['--years <n>', 'years ahead']]],
];

export const calc = defineCommand<CalcFlags>({
  declare(program) {
    const parent = program.command('calc').description('growth arithmetic on numbers: cagr, required, project (rates in percent)');
    return OPERATIONS.map(([operation, description, options]) => {
      const sub = parent.command(operation).description(description);
      for (const [flag, help] of options) sub.option(flag, help);
      return sub.addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'));
    });
  },
  run: (_args, options, { name, globals }) => calcCommand(name as CalcOperation, { ...options, lang: globals.lang }),
});
