// Which columns of a table to show, and how wide, so that it fits a terminal: the steps
// (narrow a column, drop a column) are taken in their order until the table fits; the room
// then left over goes back to the narrowed columns, the first narrowed first.

import { tableWidth } from './text-table.js';

export type FitStep = { drop: number } | { narrow: number; to: number };

export interface Fit {
  /** Indices of the columns shown, in their order. */
  shown: number[];
  /** Width of every column (dropped ones keep their natural width). */
  widths: number[];
  /** Indices of the columns dropped, in the order they were dropped. */
  dropped: number[];
  /** Whether the table fits the limit (false only when every step was not enough). */
  fits: boolean;
}

/**
 * `natural` holds each column's widest cell; `limit` is the terminal's width, undefined for
 * no limit. A table that fits as it is stays as it is.
 */
export function fitColumns(natural: readonly number[], steps: readonly FitStep[], limit: number | undefined): Fit {
  const widths = [...natural];
  const dropped: number[] = [];
  const narrowed: number[] = [];
  const shown = (): number[] => natural.map((_, index) => index).filter((index) => !dropped.includes(index));
  const width = (): number => tableWidth(shown().map((index) => widths[index]!));
  if (limit === undefined || width() <= limit) return { shown: shown(), widths, dropped, fits: true };
  for (const step of steps) {
    if ('drop' in step) {
      if (!dropped.includes(step.drop)) dropped.push(step.drop);
    } else if (!dropped.includes(step.narrow)) {
      widths[step.narrow] = Math.min(widths[step.narrow]!, step.to);
      if (!narrowed.includes(step.narrow)) narrowed.push(step.narrow);
    }
    if (width() <= limit) {
      let room = limit - width();
      for (const index of narrowed) {
        if (dropped.includes(index)) continue;
        const back = Math.min(room, natural[index]! - widths[index]!);
        widths[index]! += back;
        room -= back;
      }
      return { shown: shown(), widths, dropped, fits: true };
    }
  }
  return { shown: shown(), widths, dropped, fits: false };
}
