// The status report as CSV for a spreadsheet: one row per indicator, RFC 4180, CRLF rows,
// a UTF-8 byte-order mark first. Without the mark, Excel on a Chinese-locale Windows reads
// the file in the ANSI code page (GBK) and garbles every Chinese name; with it, Excel,
// LibreOffice and Numbers all read UTF-8. (A script reading the file with Python's csv
// module opens it with encoding='utf-8-sig'.)
//
// Language: the header and the machine columns (ids, codes, numbers, `status`) are the same
// in every language, so that a script reads any file alike; the columns written for a
// reader (`target_text`, `current_text`, `status_text`, `why`) follow --lang, as the table
// does.

import { kindOf } from '../kinds/registry.js';
import type { Target } from '../model/types.js';
import { escapeInline } from '../util/escape.js';
import { latestText, statusText, targetText, type Lang } from './cells.js';
import type { Report, ReportIndicator } from './report-model.js';

export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * How a number column is written. `written`: a value read from the plan (a target, a
 * baseline, an observation), as the plan writes it. `computed`: arithmetic on those
 * values, to 6 significant digits; more would be noise the data cannot support
 * (10.250000000000004 for 10.25, a pace of 0.926651173623482).
 */
export type NumberKind = 'written' | 'computed';

export interface CsvColumn {
  name: string;
  value: (row: ReportIndicator, lang: Lang) => string | number | null;
  /** Set for a column of numbers; a text column leaves it out. */
  numbers?: NumberKind | ((row: ReportIndicator) => NumberKind);
}

/**
 * The columns, in the order an analyst reads a row: who, what the target is (its words and
 * its number), where it started, what was observed last, where it stands in the target's
 * terms, the computed shares and rates (fractions: 0.05 is 5%), the verdict, the source.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', value: (row) => row.id },
  { name: 'no', value: (row) => row.no, numbers: 'written' },
  { name: 'name_zh', value: (row) => row.name.zh ?? null },
  { name: 'name_en', value: (row) => row.name.en ?? null },
  { name: 'unit', value: (row) => row.unit },
  { name: 'attribute', value: (row) => row.attribute },
  { name: 'section', value: (row) => row.section },
  { name: 'kind', value: (row) => row.target.kind },
  // The terminal table's target cell: the only target a row without a number has (in step
  // with gdp-growth, GB 3095-2012 Grade II, set by national).
  { name: 'target_text', value: (row, lang) => targetText(row, lang) },
  // What the cell cannot say: a milestone's deliverable.
  { name: 'target_detail', value: (row) => targetDetail(row) },
  { name: 'comparator', value: (row) => (row.target.comparator as string | null | undefined) ?? null },
  { name: 'target', value: (row) => (typeof row.target.value === 'number' ? row.target.value : null), numbers: 'written' },
  { name: 'target_year', value: (row) => row.target.year, numbers: 'written' },
  { name: 'baseline_year', value: (row) => row.baseline?.year ?? null, numbers: 'written' },
  { name: 'baseline', value: (row) => row.baseline?.value ?? null, numbers: 'written' },
  // The last observation as published: for an average-growth target, one year's rate.
  { name: 'latest_year', value: (row) => row.latest?.year ?? null, numbers: 'written' },
  { name: 'latest_value', value: (row) => row.latest?.value ?? null, numbers: 'written' },
  { name: 'latest_published', value: (row) => row.latest?.published ?? null },
  // Where the indicator stands in the target's terms (the average growth a year so far, the
  // running sum, the multiple): the number the verdict compares with `target`. It is the
  // observation itself for a level, and then written as the plan writes it.
  { name: 'current_in_target_terms', value: (row) => row.current, numbers: (row) => (row.latest !== null && row.current === row.latest.value ? 'written' : 'computed') },
  // The terminal table's `latest` cell, which shows that same number with its year.
  { name: 'current_text', value: (row, lang) => (row.current === null && !row.latest ? null : latestText(row, lang)) },
  { name: 'expected', value: (row) => row.computed.expected, numbers: 'computed' },
  { name: 'progress', value: (row) => row.computed.progress, numbers: 'computed' },
  { name: 'pace', value: (row) => row.computed.pace, numbers: 'computed' },
  { name: 'average_growth', value: (row) => row.computed.averageGrowth, numbers: 'computed' },
  { name: 'required_growth', value: (row) => row.computed.requiredGrowth, numbers: 'computed' },
  { name: 'projected', value: (row) => row.computed.projected, numbers: 'computed' },
  { name: 'status', value: (row) => row.status },
  // The status in the reader's words: the code in English, 提前实现, 轻微滞后 … in Chinese.
  { name: 'status_text', value: (row, lang) => statusText(row, lang) },
  { name: 'why', value: (row) => row.why },
  { name: 'source', value: (row) => row.latest?.source ?? null },
  { name: 'source_url', value: (row) => row.latest?.url ?? null },
];

export function renderCsv(report: Report, options: { lang: Lang } = { lang: 'en' }): string {
  const lines = [CSV_COLUMNS.map((column) => column.name).join(',')];
  for (const row of report.indicators) lines.push(CSV_COLUMNS.map((column) => csvCell(column.value(row, options.lang), numberKindOf(column, row))).join(','));
  return BYTE_ORDER_MARK + lines.join('\r\n') + '\r\n';
}

function numberKindOf(column: CsvColumn, row: ReportIndicator): NumberKind {
  return typeof column.numbers === 'function' ? column.numbers(row) : (column.numbers ?? 'computed');
}

function targetDetail(row: ReportIndicator): string | null {
  const target = row.target as unknown as Target;
  return kindOf(target).detail?.(target) ?? null;
}

/** One cell: a number as the data supports it; text RFC 4180-quoted, a formula neutralised. */
export function csvCell(value: string | number | null, numbers: NumberKind = 'computed'): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, numbers);
  let text = escapeInline(value);
  if (runsAsFormula(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatNumber(value: number, numbers: NumberKind): string {
  if (!Number.isFinite(value)) return '';
  // 12 digits give back any value written with up to 12 (every figure in a plan) and drop
  // the binary noise of one derived by arithmetic (25.900000000000002 for 12.3 + 13.6).
  const digits = numbers === 'written' || Number.isInteger(value) ? 12 : 6;
  return String(Number(value.toPrecision(digits)));
}

/**
 * A number a spreadsheet reads as a number, not as a formula: an optional sign, digits, a
 * decimal point, an exponent, a percent sign. Excel, LibreOffice and Google Sheets all
 * take `-5`, `+3.2`, `1e-7` and `-9%` as values.
 */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * Whether a spreadsheet opening the file would evaluate the text (CSV injection: OWASP's
 * list of leading = + - @ tab and carriage return). Excel takes any cell starting with one
 * of them as a formula, so `+10.25% over 2024` becomes #NAME? and `-1+cmd|' /C calc'!A0`
 * runs a command. Left as they are: a plain number (`-5`), read as a value, and a lone `-`
 * (the unit of a milestone, a placeholder), which spreadsheets keep as text: with nothing
 * after it there is nothing to evaluate. Everything else with a leading trigger gets an
 * apostrophe, shown by Excel as it stands, so that the cell reads as the text it is.
 */
export function runsAsFormula(text: string): boolean {
  if (!/^[=+\-@\t\r]/.test(text)) return false;
  return !(text === '-' || PLAIN_NUMBER.test(text));
}
