// What an observation is, written once: the series it belongs to (indicator, component,
// measure, unit, price basis), the year's value in it, and one vintage of that value.
// Validation (OBSERVATION_DUPLICATE), record, diff and the engine's index all key by these.
//
// A unit written on an observation that is its indicator's own unit names no other series:
// the series is the indicator's own (a unit of its own is how a context series is told
// apart, README "Units"). Where the indicator's unit is known, it is passed, and the two
// spellings are one series.

import type { Measure, Observation } from './types.js';

type Identified = Pick<Observation, 'indicator' | 'component' | 'measure' | 'unit' | 'basis' | 'year'> & { published?: string | null };

/** The unit of an observation when it is not its indicator's own (a context series); else undefined. */
export function foreignUnit(observation: Pick<Observation, 'unit'>, indicatorUnit: string | undefined): string | undefined {
  return observation.unit !== undefined && observation.unit !== '' && observation.unit !== indicatorUnit ? observation.unit : undefined;
}

/**
 * The series within its indicator, price basis apart: the engine's index keeps the bases of
 * one series side by side (an unstated basis falls back on a stated one).
 */
export function seriesWithin(component: string | undefined, measure: Measure, unit: string | undefined): string {
  return `${component ?? ''}|${measure}|${unit ?? ''}`;
}

/** The series: values on another basis or in another unit are another series. */
export function seriesIdentity(observation: Omit<Identified, 'year'>, indicatorUnit?: string): string {
  return JSON.stringify([observation.indicator, seriesWithin(observation.component, observation.measure ?? 'level', foreignUnit(observation, indicatorUnit)), observation.basis ?? '']);
}

/** The year's value in its series, whatever vintage. */
export function yearIdentity(observation: Identified, indicatorUnit?: string): string {
  return `${seriesIdentity(observation, indicatorUnit)}|${observation.year}`;
}

/** One vintage: the year's value as published on one date. Two with the same are one figure. */
export function vintageIdentity(observation: Identified, indicatorUnit?: string): string {
  return `${yearIdentity(observation, indicatorUnit)}|${observation.published ?? ''}`;
}
