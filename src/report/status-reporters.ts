// The status report as a terminal table, JSON, CSV or Markdown. Reporters are a map:
// another format is one more entry.

import { Chalk, type ChalkInstance } from 'chalk';
import type { Status } from '../engine/types.js';
import { escapeInline } from '../util/escape.js';
import { baselineText, latestText, nameOf, number, percent, statusText, summaryLine, targetText, type Lang } from './cells.js';
import type { Report, ReportIndicator } from './report-model.js';
import { renderTable } from './text-table.js';

export type StatusFormat = 'table' | 'json' | 'csv' | 'markdown';
export const STATUS_FORMATS: readonly StatusFormat[] = ['table', 'json', 'csv', 'markdown'];

export interface RenderOptions {
  lang: Lang;
  color: boolean;
}

export const statusReporters: Record<StatusFormat, (report: Report, options: RenderOptions) => string> = {
  table: renderStatusTable,
  json: (report) => JSON.stringify(report, null, 2) + '\n',
  csv: renderCsv,
  markdown: renderMarkdown,
};

const HEADINGS = ['#', 'id', 'name', 'unit', 'attr', 'baseline', 'target', 'latest', 'expected', 'progress', 'status'];

function rowCells(row: ReportIndicator, lang: Lang): string[] {
  return [
    row.no === null ? '' : String(row.no),
    row.id,
    truncate(nameOf(row, lang), lang === 'zh' ? 16 : 34),
    row.unit,
    row.attribute === 'binding' ? 'binding' : row.attribute === 'expected' ? 'expected' : '',
    baselineText(row),
    targetText(row),
    latestText(row),
    percent(row.computed.expected),
    percent(row.computed.progress),
    statusText(row, lang),
  ].map(escapeInline);
}

function renderStatusTable(report: Report, options: RenderOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const statusColumn = HEADINGS.length - 1;
  const table = renderTable(
    HEADINGS,
    report.indicators.map((row) => rowCells(row, options.lang)),
    {
      paint: (text, index, column) => (column === statusColumn ? paint(chalk, report.indicators[index]!.status, text) : text),
      paintHead: (text) => chalk.bold(text),
      paintBorder: (text) => chalk.gray(text),
    },
  );
  return `${table}\n${summaryLine(report)}\n`;
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

function renderMarkdown(report: Report, options: RenderOptions): string {
  const escape = (text: string): string => escapeInline(text).replace(/\|/g, '\\|');
  const lines = [
    `| ${HEADINGS.join(' | ')} | why |`,
    `|${HEADINGS.map(() => '---').join('|')}|---|`,
    ...report.indicators.map((row) => `| ${rowCells(row, options.lang).map(escape).join(' | ')} | ${escape(row.why)} |`),
  ];
  return `${lines.join('\n')}\n\n${summaryLine(report)}\n`;
}

const CSV_COLUMNS: [string, (row: ReportIndicator) => string | number | null][] = [
  ['id', (row) => row.id],
  ['no', (row) => row.no],
  ['name_zh', (row) => row.name.zh ?? null],
  ['name_en', (row) => row.name.en ?? null],
  ['unit', (row) => row.unit],
  ['attribute', (row) => row.attribute],
  ['section', (row) => row.section],
  ['kind', (row) => row.target.kind],
  ['comparator', (row) => (row.target.comparator as string | null) ?? null],
  ['target', (row) => (typeof row.target.value === 'number' ? row.target.value : null)],
  ['target_year', (row) => row.target.year],
  ['baseline_year', (row) => row.baseline?.year ?? null],
  ['baseline', (row) => row.baseline?.value ?? null],
  ['latest_year', (row) => row.latest?.year ?? null],
  ['latest', (row) => row.latest?.value ?? null],
  ['current', (row) => row.current],
  ['expected', (row) => row.computed.expected],
  ['progress', (row) => row.computed.progress],
  ['pace', (row) => row.computed.pace],
  ['average_growth', (row) => row.computed.averageGrowth],
  ['required_growth', (row) => row.computed.requiredGrowth],
  ['projected', (row) => row.computed.projected],
  ['status', (row) => row.status],
  ['why', (row) => row.why],
  ['source', (row) => row.latest?.source ?? null],
];

function renderCsv(report: Report): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const row of report.indicators) lines.push(CSV_COLUMNS.map(([, cell]) => csvCell(cell(row))).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** RFC 4180 quoting, and text a spreadsheet would run as a formula is neutralised. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = escapeInline(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function truncate(text: string, length: number): string {
  const chars = [...text];
  return chars.length > length ? chars.slice(0, length - 1).join('') + '…' : text;
}

export { number };
