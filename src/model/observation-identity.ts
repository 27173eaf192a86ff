// What an observation is, written once: the series it belongs to (indicator, component,
// measure, unit, price basis), the year's value in it, and one vintage of that value.
// Validation (OBSERVATION_DUPLICATE), record, diff and the engine's index all key by these.

import type { Observation } from './types.js';

type Identified = Pick<Observation, 'indicator' | 'component' | 'measure' | 'unit' | 'basis' | 'year'> & { published?: string | null };

/** The series: values on another basis or in another unit are another series. */
export function seriesIdentity(observation: Omit<Identified, 'year'>): string {
  return JSON.stringify([observation.indicator, observation.component ?? '', observation.measure ?? 'level', observation.unit ?? '', observation.basis ?? '']);
}

/** The year's value in its series, whatever vintage. */
export function yearIdentity(observation: Identified): string {
  return `${seriesIdentity(observation)}|${observation.year}`;
}

/** One vintage: the year's value as published on one date. Two with the same are one figure. */
export function vintageIdentity(observation: Identified): string {
  return `${yearIdentity(observation)}|${observation.published ?? ''}`;
}
