// Short texts for a report row: the target, the latest value, shares and rates. Shared by
// the terminal table, Markdown and CSV so that all three say the same.

import { kindOf } from '../kinds/registry.js';
import type { Status } from '../engine/types.js';
import { textIn, type Target } from '../model/types.js';
import type { Report, ReportIndicator } from './report-model.js';
import { messages, type Lang } from './messages.js';
import { number } from './numbers.js';

export type { Lang } from './messages.js';
export { number, percent, rate } from './numbers.js';

export function targetText(row: ReportIndicator, lang: Lang = 'en'): string {
  return kindOf(targetOf(row)).targetText(targetOf(row), (value) => number(value), lang);
}

export function latestText(row: ReportIndicator, lang: Lang = 'en'): string {
  if (row.current === null && !row.latest) return '—';
  const year = row.latest ? ` (${row.latest.year})` : '';
  const current = row.current ?? row.latest?.value ?? null;
  if (current === null) return `—${year}`;
  return `${kindOf(targetOf(row)).currentText(current, (value) => number(value), lang)}${year}`;
}

/** The report's target is the plan's, with its defaults made explicit: a superset of it. */
function targetOf(row: ReportIndicator): Target {
  return row.target as unknown as Target;
}

export function baselineText(row: ReportIndicator): string {
  return row.baseline ? `${number(row.baseline.value)} (${row.baseline.year})` : '—';
}

export function nameOf(row: ReportIndicator, lang: Lang): string {
  return textIn(row.name, lang);
}

export function summaryLine(report: Report, lang: Lang = 'en'): string {
  const parts = (Object.entries(report.summary.byStatus) as [Status, number][]).filter(([, count]) => count > 0).map(([status, count]) => ({ status, count }));
  return messages(lang).summary(report.summary.total, parts, report.asOf, report.method);
}

/** The attribute cell: binding, expected (约束性, 预期性), or empty for a chapter target. */
export function attributeText(attribute: string | null, lang: Lang): string {
  return attribute === 'binding' || attribute === 'expected' ? messages(lang).attribute[attribute] : '';
}

/**
 * A status in the words of the official evaluations (README, statuses): 提前实现 for a target met
 * before its year, 滞后 split into 轻微 (at-risk) and 明显 (off-track).
 */
export function statusText(row: Pick<ReportIndicator, 'status' | 'latest' | 'target'>, lang: Lang): string {
  const words = messages(lang);
  if (row.status === 'achieved' && row.latest && row.latest.year < row.target.year) return words.achievedEarly;
  return words.status[row.status];
}
