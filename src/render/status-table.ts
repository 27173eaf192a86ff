// plan status as a terminal table that fits the terminal. When the full table is wider
// than the limit, these steps are taken in order until it fits (README, "Tables that fit"):
//   1. name narrowed to 20 columns (cut with an ellipsis)
//   2–6. unit, attr, expected, baseline, then id dropped
//   7. name narrowed to 10, 8. target to 12
//   9–11. latest, progress, then target dropped
// #, name and status are always shown. The room left once it fits goes back to name, then
// target. No limit (piped output, --wide): every column at full width.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from '../engine/types.js';
import { escapeInline } from '../util/escape.js';
import { attributeText, baselineText, latestText, nameOf, percent, statusText, summaryLine, targetText, type Lang } from './cells.js';
import { fitColumns, type FitStep } from './fit-columns.js';
import { messages, STATUS_COLUMNS } from './messages.js';
import type { Report, ReportIndicator } from './report-model.js';
import { columnWidths, renderTable, truncateToWidth, wrapToWidth } from './text-table.js';
import { truncate } from '../util/words.js';

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** The terminal table's width limit in columns; undefined: every column at full width. */
  width?: number;
}

/** Also the Markdown table's columns: their keys, which are the English headings. */
export const HEADINGS: readonly string[] = STATUS_COLUMNS;

/** The headings in `lang` (messages.ts), in the columns' order. */
export function headings(lang: Lang): string[] {
  const words = messages(lang).statusHeadings;
  return STATUS_COLUMNS.map((key) => words[key]);
}

export function rowCells(row: ReportIndicator, lang: Lang): string[] {
  return [
    row.no === null ? '' : String(row.no),
    row.id,
    truncate(nameOf(row, lang), lang === 'zh' ? 16 : 34),
    row.unit,
    attributeText(row.attribute, lang),
    baselineText(row),
    targetText(row, lang),
    latestText(row, lang),
    percent(row.computed.expected),
    percent(row.computed.progress),
    statusText(row, lang),
  ].map(escapeInline);
}

const column = (name: string): number => HEADINGS.indexOf(name);
const NAME = column('name');
const TARGET = column('target');
const STATUS = column('status');

export const FIT_STEPS: readonly FitStep[] = [
  { narrow: NAME, to: 20 },
  { drop: column('unit') },
  { drop: column('attr') },
  { drop: column('expected') },
  { drop: column('baseline') },
  { drop: column('id') },
  { narrow: NAME, to: 10 },
  { narrow: TARGET, to: 12 },
  { drop: column('latest') },
  { drop: column('progress') },
  { drop: TARGET },
];

export function renderStatusTable(report: Report, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const cells = report.indicators.map((row) => rowCells(row, options.lang));
  const head = headings(options.lang);
  const fit = fitColumns(columnWidths(head, cells), FIT_STEPS, options.width);
  const pick = (row: readonly string[]): string[] => fit.shown.map((index) => truncateToWidth(row[index] ?? '', fit.widths[index]!));
  const statusAt = fit.shown.indexOf(STATUS);
  const table = renderTable(pick(head), cells.map(pick), {
    paint: (text, index, at) => (at === statusAt ? paint(chalk, report.indicators[index]!.status, text) : text),
    paintHead: (text) => chalk.bold(text),
    paintBorder: (text) => chalk.gray(text),
  });
  const lines = [table, wrapToWidth(summaryLine(report, options.lang), options.width)];
  if (fit.dropped.length) {
    lines.push(wrapToWidth(messages(options.lang).hidden(options.width!, fit.dropped.map((index) => head[index]!)), options.width));
  }
  return `${lines.join('\n')}\n`;
}

const STATUS_COLORS: Record<Status, (chalk: ChalkInstance) => ChalkInstance> = {
  achieved: (chalk) => chalk.green,
  ahead: (chalk) => chalk.green,
  'on-track': (chalk) => chalk.green,
  'at-risk': (chalk) => chalk.yellow,
  'off-track': (chalk) => chalk.red,
  missed: (chalk) => chalk.red.bold,
  'no-data': (chalk) => chalk.gray,
  'not-assessed': (chalk) => chalk.gray,
};

function paint(chalk: ChalkInstance, status: Status, text: string): string {
  return STATUS_COLORS[status](chalk)(text);
}
