// Where an indicator, an observation or a header field stands in a loaded plan's files,
// for annotations on the new side of a diff.

import { posix, relative, sep } from 'node:path';
import { PLAN_FILE, type LoadedPlan } from '../load/load-plan.js';
import type { Origin } from '../model/types.js';
import { observationKey, type ObservationKey } from './compare.js';

export interface Location {
  file: string;
  line: number;
  col: number;
}

/** Where things stand in the new side's files, for annotations. */
export interface DiffLocator {
  indicator(id: string, field?: string): Location | null;
  observation(key: ObservationKey): Location | null;
  planField(field: string): Location | null;
}


export function planLocator(loaded: LoadedPlan): DiffLocator {
  const plan = loaded.plan;
  // Origins name files as the plan includes them; sources are keyed by display path.
  const displayOf = new Map([...loaded.files].map(([display, absolute]) => [relative(loaded.folder, absolute).split(sep).join('/'), display]));
  const at = (origin: Origin, path: readonly (string | number)[]): Location | null => {
    const display = displayOf.get(posix.normalize(origin.file));
    if (display === undefined) return null;
    const source = loaded.sources.get(display);
    if (!source) return { file: display, line: 0, col: 0 };
    const { line, col } = source.positionAt([...origin.path, ...path]);
    return { file: display, line, col };
  };
  const indicators = new Map(plan?.indicators.map((indicator) => [indicator.id, indicator]));
  const observations = new Map(plan?.observations.map((observation) => [observationKey(observation), observation]));
  return {
    indicator: (id, field) => {
      const indicator = indicators.get(id);
      const origin = indicator && plan?.origins.indicators.get(indicator);
      return origin ? at(origin, field ? field.split('.') : []) : null;
    },
    observation: (key) => {
      const observation = observations.get(observationKey(key));
      const origin = observation && plan?.origins.observations.get(observation);
      return origin ? at(origin, ['value']) : null;
    },
    planField: (field) => at({ file: PLAN_FILE, path: [] }, field.split('.')),
  };
}
