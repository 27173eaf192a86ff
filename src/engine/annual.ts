// The annual-plan targets of an indicator against what each year turned out to be. An
// entry is met when the year's observation keeps its comparator; a year without a result
// (or without a target) is neither met nor missed.

import type { AnnualEntry, Indicator, Measure } from '../model/types.js';
import { lastCountedYear, pointRef, type EvaluationContext } from './context.js';
import { meets } from './progress.js';
import type { PointRef } from './types.js';

export interface AnnualResult {
  year: number;
  entry: AnnualEntry;
  measure: Measure;
  tolerance: number;
  /** The year's observation in the entry's measure, newest counted vintage; null if none. */
  result: PointRef | null;
  met: boolean | null;
}

/** The measure an entry is in: its own, else the one the five-year target observes. */
export function entryMeasure(indicator: Indicator, entry: AnnualEntry): Measure {
  if (entry.measure) return entry.measure;
  const target = indicator.target;
  return 'observe' in target && target.observe === 'rate' ? 'rate' : 'level';
}

export function annualResults(indicator: Indicator, context: EvaluationContext): AnnualResult[] {
  const last = lastCountedYear(context);
  return [...(indicator.annual ?? [])]
    // An annual target is known from its publication, else from the start of its year.
    .filter((entry) => (entry.published ?? `${entry.year}-01-01`) <= context.asOf)
    .sort((a, b) => a.year - b.year)
    .map((entry) => {
      const measure = entryMeasure(indicator, entry);
      const tolerance = entry.tolerance ?? context.settings.approxTolerance * Math.abs(entry.value);
      const point = entry.year <= last ? context.index.points(indicator.id, measure).find((candidate) => candidate.year === entry.year) : undefined;
      const result = point ? pointRef(point) : null;
      return { year: entry.year, entry, measure, tolerance, result, met: result ? meets(result.value, entry.comparator, entry.value, indicator.direction, tolerance) : null };
    });
}
