// The status report as a terminal table, JSON, CSV or Markdown. Reporters are a map:
// another format is one more entry.

import { escapeInline } from '../util/escape.js';
import { number, summaryLine, type Lang } from './cells.js';
import type { Report, ReportIndicator } from './report-model.js';
import { HEADINGS, renderStatusTable, rowCells } from './status-table.js';

export type StatusFormat = 'table' | 'json' | 'csv' | 'markdown';
export const STATUS_FORMATS: readonly StatusFormat[] = ['table', 'json', 'csv', 'markdown'];

export interface RenderOptions {
  lang: Lang;
  color: boolean;
  /** The terminal table's width limit in columns; undefined: every column at full width. */
  width?: number;
}

export const statusReporters: Record<StatusFormat, (report: Report, options: RenderOptions) => string> = {
  table: renderStatusTable,
  json: (report) => JSON.stringify(report, null, 2) + '\n',
  csv: renderCsv,
  markdown: renderMarkdown,
};

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

export { number };
