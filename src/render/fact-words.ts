// Words several reporters share when they put the engine's facts into sentences (reasons,
// steps): years, bounds, price bases, annual targets, in English and in Chinese.

import type { AnnualFact } from '../engine/reasons.js';
import type { Comparator, PriceBasis } from '../model/types.js';
import { fmt } from './numbers.js';
import { yearRuns } from '../util/year-runs.js';

export const SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', approx: '≈' };

export const enYears = (years: readonly number[]): string => yearRuns(years).join(', ');

export const enAnnual = (entry: AnnualFact): string =>
  `${entry.year}: ${fmt(entry.value)} against ${SYMBOL[entry.comparator]} ${fmt(entry.target)}${entry.comparator === 'approx' ? ` (±${fmt(entry.tolerance)})` : ''}`;
export const enBasis = (basis: PriceBasis | null): string => basis ?? 'basis not stated';

export const zhYears = (years: readonly number[]): string => `${yearRuns(years).join('、')}年`;

export const zhPercent = (value: number): string => `${fmt(value)}%`;

/** 不低于4.5, 5%左右（±0.5个百分点）: a bound in the words of the plans. */
export function zhBound(comparator: Comparator, value: string, tolerance: string | null): string {
  switch (comparator) {
    case '>=':
      return `不低于${value}`;
    case '>':
      return `高于${value}`;
    case '<=':
      return `不高于${value}`;
    case '<':
      return `低于${value}`;
    case 'approx':
      return `${value}左右${tolerance === null ? '' : `（±${tolerance}）`}`;
  }
}

export const zhAnnual = (entry: AnnualFact): string =>
  `${entry.year}年${fmt(entry.value)}，目标${zhBound(entry.comparator, fmt(entry.target), entry.comparator === 'approx' ? fmt(entry.tolerance) : null)}`;
const ZH_BASIS: Record<PriceBasis, string> = { real: '实际（可比价）', nominal: '名义' };
export const zhBasis = (basis: PriceBasis | null): string => (basis ? ZH_BASIS[basis] : '未说明口径');
