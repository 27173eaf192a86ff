// Short texts for a report row: the target, the latest value, shares and rates. Shared by
// the terminal table, Markdown and CSV so that all three say the same.

import type { Report, ReportIndicator } from './report-model.js';

export type Lang = 'zh' | 'en';

const COMPARATOR_SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', approx: '≈' };

export function number(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return '—';
  const magnitude = Math.abs(value);
  const fractionDigits = Number.isInteger(value) || magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? digits : 3;
  return groupThousands(trimZeros(value.toFixed(fractionDigits)));
}

// toLocaleString would do both jobs, but builds an Intl.NumberFormat on every call: 12 ms
// of a 65 ms `plan status` (measured). The table needs only en-US grouping.
function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

function groupThousands(text: string): string {
  const [whole, fraction] = text.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function percent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '—' : `${(fraction * 100).toFixed(0)}%`;
}

export function rate(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '—' : `${(fraction * 100).toFixed(2)}%`;
}

export function targetText(row: ReportIndicator): string {
  const target = row.target;
  const symbol = COMPARATOR_SYMBOL[String(target.comparator)] ?? '';
  const value = typeof target.value === 'number' ? number(target.value) : '';
  switch (target.kind) {
    case 'level':
      return `${symbol}${value}`;
    case 'average-growth':
      return `${symbol}${value}%/yr`;
    case 'cumulative-growth':
      return `${symbol}+${value}%`;
    case 'reduction':
      return `${symbol || '≥'}−${value}%`;
    case 'factor':
      return `×${number(target.factor as number)} on ${String(target.baseYear)}`;
    case 'cumulative-sum':
      return `Σ${symbol}${value}`;
    case 'every-year':
      return `${symbol}${value} yearly`;
    case 'in-step-with':
      return `in step with ${String(target.indicator)}`;
    case 'standard':
      return String(target.standard).replace(/\s*\(.*\)$/, '');
    case 'external':
      return typeof target.value === 'number' ? `${symbol}${value} (${String(target.authority)})` : `set by ${String(target.authority)}`;
    case 'milestone':
      return 'milestone';
    default:
      return '';
  }
}

export function latestText(row: ReportIndicator): string {
  if (row.current === null && !row.latest) return '—';
  const year = row.latest ? ` (${row.latest.year})` : '';
  switch (row.target.kind) {
    case 'average-growth':
    case 'in-step-with':
      return `${number(row.current)}%/yr${year}`;
    case 'cumulative-growth':
      return `+${number(row.current)}%${year}`;
    case 'reduction':
      return `−${number(row.current)}%${year}`;
    case 'factor':
      return `×${number(row.current)}${year}`;
    case 'cumulative-sum':
      return `Σ${number(row.current)}${year}`;
    default:
      return `${number(row.current ?? row.latest?.value ?? null)}${year}`;
  }
}

export function baselineText(row: ReportIndicator): string {
  return row.baseline ? `${number(row.baseline.value)} (${row.baseline.year})` : '—';
}

export function nameOf(row: ReportIndicator, lang: Lang): string {
  return row.name[lang];
}

export function summaryLine(report: Report): string {
  const parts = Object.entries(report.summary.byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return `${report.summary.total} indicators: ${parts.join(', ')} (as of ${report.asOf}, method ${report.method})`;
}
