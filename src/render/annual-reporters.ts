// The annual-plan comparison as a table, JSON or Markdown.

import type { AnnualComparison } from '../kinds/annual-comparison.js';
import type { Method } from '../engine/types.js';
import { textIn, type Text } from '../model/types.js';
import { escapeInline } from '../util/escape.js';
import { COMPARATOR_SYMBOL } from '../kinds/shared.js';
import { number, rate, type Lang } from './cells.js';
import { ANNUAL_COLUMNS, messages } from './messages.js';
import { renderTable } from './text-table.js';
import { becauseText, reasonText } from './reason-text.js';

export type AnnualFormat = 'table' | 'json' | 'markdown';
export const ANNUAL_FORMATS: readonly AnnualFormat[] = ['table', 'json', 'markdown'];

export interface AnnualReport {
  schema: 'plan-annual/v1';
  plan: { id: string; title: Text };
  year: number;
  asOf: string;
  method: Method;
  rows: AnnualComparison[];
}

function headings(lang: Lang): string[] {
  const words = messages(lang).annualHeadings;
  return ANNUAL_COLUMNS.map((key) => words[key]);
}

function cells(row: AnnualComparison, lang: Lang): string[] {
  const words = messages(lang);
  const { annual, fiveYear, ifMet, indicator } = row;
  const unit = annual.measure === 'rate' ? '%' : '';
  const target = `${COMPARATOR_SYMBOL[annual.entry.comparator]}${number(annual.entry.value)}${unit}${annual.entry.comparator === 'approx' ? ` (±${number(annual.tolerance)})` : ''}`;
  const result = annual.result ? `${number(annual.result.value)}${unit}` : '—';
  const met = annual.met === null ? '—' : annual.met ? words.yes : words.no;
  const required = ifMet.computed.requiredGrowth !== null ? rate(ifMet.computed.requiredGrowth) : '—';
  return [indicator.no === undefined ? '' : String(indicator.no), indicator.id, textIn(indicator.name, lang), target, result, met, words.status[fiveYear.status], required].map(escapeInline);
}

function toJson(report: AnnualReport, lang: Lang): string {
  return (
    JSON.stringify(
      {
        ...report,
        rows: report.rows.map(({ indicator, annual, fiveYear, ifMet }) => ({
          id: indicator.id,
          no: indicator.no ?? null,
          name: indicator.name,
          annual: { ...annual.entry, measure: annual.measure, tolerance: annual.tolerance },
          result: annual.result,
          met: annual.met,
          fiveYear: { status: fiveYear.status, why: reasonText(fiveYear.reason, fiveYear.notes, lang), requiredGrowth: fiveYear.computed.requiredGrowth },
          ifMet: { status: ifMet.status, requiredGrowth: ifMet.computed.requiredGrowth, reasons: ifMet.computed.reasons.requiredGrowth ? becauseText(ifMet.computed.reasons.requiredGrowth, lang) : null },
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

export const annualReporters: Record<AnnualFormat, (report: AnnualReport, lang: Lang) => string> = {
  table: (report, lang) => `${renderTable(headings(lang), report.rows.map((row) => cells(row, lang)))}\n${messages(lang).annualFooter(report.rows.length, report.year, report.asOf)}\n`,
  json: toJson,
  markdown: (report, lang) =>
    [`| ${headings(lang).join(' | ')} |`, `|${ANNUAL_COLUMNS.map(() => '---').join('|')}|`, ...report.rows.map((row) => `| ${cells(row, lang).map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n') + '\n',
};
