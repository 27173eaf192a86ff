// The Open SDG progress measure (sdg-build's ProgressMeasure, methodology 2: a target
// value is given), reproduced step by step:
//   base year = the configured one, else the first later year with data;
//   cagr_o = (current/base)^(1/(t−t0)) − 1, cagr_r = (target/base)^(1/(T−t0)) − 1;
//   progress value = sign · direction · cagr_o / |cagr_r|, sign = −1 for a negative base;
//   a base value or target of 0 is replaced by 0.001; base and current of opposite signs
//   give no value; fewer than two years give no value;
//   target achieved when current ≥ target (positive) or ≤ target (negative direction);
//   labels at 0.95 / 0.6 / 0: substantial, moderate, limited progress, deterioration;
//   score in [−5, 5] as sdg-build computes it.

import type { SdgResult, Status } from './types.js';
import type { Because } from './reasons.js';

const HIGH = 0.95;
const MEDIUM = 0.6;
const LOW = 0;

export interface SdgInput {
  series: { year: number; value: number }[];
  baseYear: number;
  target: number;
  targetYear: number;
  direction: 1 | -1;
}

/** The measure for a series and target, exactly as sdg-build computes it. */
export function sdgMeasure(input: SdgInput): SdgResult {
  const { direction, targetYear: tYear } = input;
  const target = input.target === 0 ? 0.001 : input.target;
  const result: SdgResult = {
    label: 'not_available',
    progressValue: null,
    score: null,
    baseYear: null,
    baseValue: null,
    currentYear: null,
    currentValue: null,
    target,
    targetYear: tYear,
    direction,
  };
  const series = [...input.series].sort((a, b) => a.year - b.year);
  if (series.length === 0) return { ...result, reason: { code: 'NO_DATA' } };
  const current = series.at(-1)!;
  result.currentYear = current.year;
  result.currentValue = current.value;
  const base = series.find((point) => point.year === input.baseYear) ?? series.find((point) => point.year > input.baseYear);
  if (!base) return { ...result, reason: { code: 'NO_DATA_FROM_BASE_YEAR', year: input.baseYear } };
  result.baseYear = base.year;
  let baseValue = base.value;
  result.baseValue = baseValue;
  const sign = baseValue < 0 ? -1 : 1;
  const achieved = (direction === -1 && current.value <= target) || (direction === 1 && current.value >= target);
  const progressValue = ((): { value: number; reason?: undefined } | { value: null; reason: Because } => {
    if (baseValue === 0) baseValue = 0.001;
    if ((baseValue > 0 && current.value < 0) || (baseValue < 0 && current.value > 0)) return { value: null, reason: { code: 'OPPOSITE_SIGNS' } };
    if (base.year > current.year) return { value: null, reason: { code: 'BASE_AFTER_LATEST' } };
    if (current.year - base.year < 1) return { value: null, reason: { code: 'TWO_YEARS_NEEDED' } };
    const observed = Math.pow(current.value / baseValue, 1 / (current.year - base.year)) - 1;
    const required = Math.pow(target / baseValue, 1 / (tYear - base.year)) - 1;
    if (!Number.isFinite(observed) || !Number.isFinite(required) || required === 0) {
      return { value: null, reason: required === 0 ? { code: 'TARGET_EQUALS_BASE' } : { code: 'GROWTH_UNDEFINED' } };
    }
    return { value: (sign * direction * observed) / Math.abs(required) };
  })();
  result.progressValue = progressValue.value;
  if (progressValue.value === null && progressValue.reason) result.reason = progressValue.reason;
  if (achieved) return { ...result, label: 'target_achieved', score: 5 };
  if (progressValue.value === null) return result;
  const value = progressValue.value;
  result.label = value >= HIGH ? 'substantial_progress' : value >= MEDIUM ? 'moderate_progress' : value >= LOW ? 'limited_progress' : 'deterioration';
  result.score = value >= MEDIUM ? Math.min(7.1429 * value - 4.2857, 5) : Math.max(4.1667 * value - 2.5, -5);
  return result;
}

export function sdgStatus(result: SdgResult): Status {
  switch (result.label) {
    case 'target_achieved':
      return 'achieved';
    case 'substantial_progress':
      return 'on-track';
    case 'moderate_progress':
      return 'at-risk';
    case 'limited_progress':
    case 'deterioration':
      return 'off-track';
    case 'not_available':
      return result.currentYear === null ? 'no-data' : 'not-assessed';
  }
}
