// The years a target spans, with the plan's defaults filled in.

import type { PlanHeader, Target } from './types.js';

export function targetYear(target: Target, header: Pick<PlanHeader, 'period'>): number {
  return target.year ?? header.period.end;
}

/** The year growth is measured from (the value "before" the period). */
export function growthBaseYear(target: Target, header: Pick<PlanHeader, 'baseYear'>): number {
  return 'baseYear' in target && target.baseYear !== undefined ? target.baseYear : header.baseYear;
}

/** The first year whose flow or yearly value counts. */
export function firstCountedYear(target: Target, header: Pick<PlanHeader, 'period'>): number {
  return 'from' in target && target.from !== undefined ? target.from : header.period.start;
}
