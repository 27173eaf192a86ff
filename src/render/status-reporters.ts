// The status report as a terminal table, JSON, CSV or Markdown. Reporters are a map:
// another format is one more entry.

import { escapeInline } from '../util/escape.js';
import { summaryLine } from './cells.js';
import { renderCsv } from './csv-reporter.js';
import type { Report } from './report-model.js';
import { messages } from './messages.js';
import { headings, renderStatusTable, rowCells, type RenderOptions } from './status-table.js';

export type StatusFormat = 'table' | 'json' | 'csv' | 'markdown';
export const STATUS_FORMATS: readonly StatusFormat[] = ['table', 'json', 'csv', 'markdown'];

export type { RenderOptions } from './status-table.js';

export const statusReporters: Record<StatusFormat, (report: Report, options: RenderOptions) => string> = {
  table: renderStatusTable,
  json: (report) => JSON.stringify(report, null, 2) + '\n',
  csv: renderCsv,
  markdown: renderMarkdown,
};

function renderMarkdown(report: Report, options: RenderOptions): string {
  const escape = (text: string): string => escapeInline(text).replace(/\|/g, '\\|');
  const head = headings(options.lang);
  const lines = [
    `| ${head.join(' | ')} | ${messages(options.lang).whyHeading} |`,
    `|${head.map(() => '---').join('|')}|---|`,
    ...report.indicators.map((row) => `| ${rowCells(row, options.lang).map(escape).join(' | ')} | ${escape(row.why)} |`),
  ];
  return `${lines.join('\n')}\n\n${summaryLine(report, options.lang)}\n`;
}
