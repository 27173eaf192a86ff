// plan calc cagr|required|project: the growth arithmetic on numbers from the command line.
// Rates are given and printed in percent.

import { cagr, project, requiredGrowth, type Computed } from '../engine/growth.js';
import { UsageError } from '../util/errors.js';

export type CalcOperation = 'cagr' | 'required' | 'project';

export interface CalcFlags {
  from?: string;
  to?: string;
  target?: string;
  rate?: string;
  years?: string;
  format: 'table' | 'json';
}

export function calcCommand(operation: CalcOperation, flags: CalcFlags): { stdout: string; exitCode: number } {
  const years = requireNumber('--years', flags.years);
  const from = requireNumber('--from', flags.from);
  let result: Computed;
  let label: string;
  let inputs: Record<string, number>;
  switch (operation) {
    case 'cagr': {
      const to = requireNumber('--to', flags.to);
      result = percentResult(cagr(from, to, years));
      label = `average growth from ${from} to ${to} over ${years} years`;
      inputs = { from, to, years };
      break;
    }
    case 'required': {
      const target = requireNumber('--target', flags.target);
      result = percentResult(requiredGrowth(from, target, years));
      label = `growth a year needed from ${from} to reach ${target} in ${years} years`;
      inputs = { from, target, years };
      break;
    }
    case 'project': {
      const rate = requireNumber('--rate', flags.rate);
      result = project(from, rate / 100, years);
      label = `${from} grown ${rate}% a year for ${years} years`;
      inputs = { from, rate, years };
      break;
    }
  }
  const unit = operation === 'project' ? '' : '%';
  if (flags.format === 'json') {
    // 12 significant digits: the inputs carry no more, and 10.000000000000009 helps no one.
    const value = result.value === null ? null : Number(result.value.toPrecision(12));
    return { stdout: JSON.stringify({ operation, inputs, value, unit: unit || null, ...(result.value === null ? { reason: result.reason } : {}) }, null, 2) + '\n', exitCode: result.value === null ? 1 : 0 };
  }
  if (result.value === null) return { stdout: `${label}: undefined (${result.reason})\n`, exitCode: 1 };
  return { stdout: `${formatValue(result.value)}${unit}  ${label}\n`, exitCode: 0 };
}

function percentResult(result: Computed): Computed {
  return result.value === null ? result : { value: result.value * 100 };
}

function requireNumber(name: string, text: string | undefined): number {
  if (text === undefined) throw new UsageError(`${name} is required`);
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`${name} takes a finite number, not ${JSON.stringify(text)}`);
  if (name === '--years' && !(value > 0)) throw new UsageError('--years must be greater than 0');
  return value;
}

function formatValue(value: number): string {
  return Number(value.toPrecision(10)).toString();
}
