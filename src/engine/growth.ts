// The growth arithmetic. Every function is total: where a number is undefined (a zero or
// negative base, no years to compound over, a result that is not finite) it returns null
// with the reason, never NaN, Infinity or an exception.

import type { Because } from './reasons.js';

export type Computed = { value: number; reason?: undefined } | { value: null; reason: Because };

export const ok = (value: number): Computed => (Number.isFinite(value) ? { value } : { value: null, reason: { code: 'NOT_FINITE' } });
export const undefinedBecause = (reason: Because): Computed => ({ value: null, reason });

/** Compound average growth rate from v0 to v1 over `years`: (v1/v0)^(1/years) − 1. */
export function cagr(v0: number, v1: number, years: number): Computed {
  if (!(years > 0)) return undefinedBecause({ code: 'NO_YEARS_BETWEEN' });
  if (v0 <= 0) return undefinedBecause({ code: 'START_NOT_POSITIVE', value: v0 });
  if (v1 < 0) return undefinedBecause({ code: 'END_NEGATIVE', value: v1 });
  return ok(Math.pow(v1 / v0, 1 / years) - 1);
}

/** Π(1 + gᵢ): the total growth factor of yearly rates given as fractions. */
export function compoundRates(rates: readonly number[]): Computed {
  if (rates.length === 0) return undefinedBecause({ code: 'NO_RATES' });
  let factor = 1;
  for (const rate of rates) {
    if (rate <= -1) return undefinedBecause({ code: 'RATE_WIPES_OUT', rate: rate * 100 });
    factor *= 1 + rate;
  }
  return ok(factor);
}

/** The yearly rate that, compounded from `current` over `years`, lands exactly on `target`. */
export function requiredGrowth(current: number, target: number, years: number): Computed {
  if (!(years > 0)) return undefinedBecause({ code: 'NO_YEARS_LEFT' });
  return cagr(current, target, years);
}

/** `current` compounded at `rate` for `years`. */
export function project(current: number, rate: number, years: number): Computed {
  if (years < 0) return undefinedBecause({ code: 'TARGET_YEAR_PAST' });
  if (rate <= -1) return undefinedBecause({ code: 'RATE_WIPES_OUT', rate: rate * 100 });
  return ok(current * Math.pow(1 + rate, years));
}

/**
 * Share of the way from `base` to `target` that `value` has covered, along a compound
 * (log-scale) or linear path. 1 = arrived; negative = moved away.
 */
export function shareOfPath(base: number, value: number, target: number, path: 'compound' | 'linear'): Computed {
  if (target === base) return undefinedBecause({ code: 'TARGET_EQUALS_BASE' });
  if (path === 'compound') {
    if (base <= 0 || value <= 0 || target <= 0) return linearShare(base, value, target);
    return ok(Math.log(value / base) / Math.log(target / base));
  }
  return linearShare(base, value, target);
}

function linearShare(base: number, value: number, target: number): Computed {
  return ok((value - base) / (target - base));
}

/**
 * The value expected at `fraction` of the way from base to target along the path. Written
 * as weighted terms (base^(1−f)·target^f, base·(1−f) + target·f) so that no intermediate
 * ratio or difference overflows: for a fraction in [0, 1] the result stays finite.
 */
export function pointOnPath(base: number, target: number, fraction: number, path: 'compound' | 'linear'): number {
  const point = path === 'compound' && base > 0 && target > 0 ? Math.pow(base, 1 - fraction) * Math.pow(target, fraction) : base * (1 - fraction) + target * fraction;
  // Between base and target by definition; the clamp only removes rounding near the float limits.
  return fraction >= 0 && fraction <= 1 ? Math.min(Math.max(point, Math.min(base, target)), Math.max(base, target)) : point;
}
