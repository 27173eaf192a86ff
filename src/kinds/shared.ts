// Pieces several kind modules use: comparator words, the plain target checks, and the
// terms of a target whose number is a `value` read with a comparator.

import type { Goal } from '../engine/reasons.js';
import type { Comparator, Direction } from '../model/types.js';
import type { Settings } from '../model/settings.js';
import type { ImpossibleValue, KindFinding, TargetTerms } from './kind-module.js';

export const COMPARATOR_SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', approx: '≈' };

/** The tolerance of an approx (左右) target: the plan's own, else a share of the value. */
export function approxTolerance(value: number, settings: Settings, explicit?: number): number {
  return explicit ?? settings.approxTolerance * Math.abs(value);
}

/** What a target asks, as a fact for its reason; the tolerance counts only for approx. */
export function goalOf(as: Goal['as'], comparator: Comparator, value: number, tolerance: number, year: number | null): Goal {
  return { as, comparator, value, tolerance: comparator === 'approx' ? tolerance : null, year };
}

export function valueTerms(comparator: Comparator, value: number, direction: Direction, settings: Settings, explicit?: number): TargetTerms {
  return {
    comparator,
    direction,
    number: value,
    numberField: 'value',
    tolerance: comparator === 'approx' ? approxTolerance(value, settings, explicit) : null,
    ...(explicit !== undefined ? { explicitTolerance: explicit } : {}),
  };
}

/** A floor must go with an increasing indicator, a ceiling with a decreasing one. */
export function comparatorAgrees(comparator: Comparator, value: number, direction: Direction): KindFinding[] {
  if (comparator === 'approx') return [];
  const wantsMore = comparator === '>=' || comparator === '>';
  if (wantsMore === (direction === 'increase')) return [];
  return [
    {
      code: 'COMPARATOR_DIRECTION',
      path: ['target', 'comparator'],
      args: { comparator, value, direction },
    },
  ];
}

/** A yearly growth rate of −100% or less leaves nothing to compound. */
export function impossibleGrowthRate(_target: unknown, value: number): ImpossibleValue | null {
  return value <= -100 ? { measure: 'rate', value } : null;
}

/** A yearly reduction of 100% or more leaves nothing to reduce. */
export function impossibleReduction(value: number): ImpossibleValue | null {
  return value >= 100 ? { measure: 'reduction', value } : null;
}
