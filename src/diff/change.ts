// One change between two versions, ranked in the indicator's direction: harder to meet is
// `tightened`, easier `loosened`, unrankable `changed`. Shared by the comparison of plans
// and of targets.

import type { Settings } from '../model/settings.js';
import type { PlanHeader } from '../model/types.js';

export type Effect = 'tightened' | 'loosened' | 'changed';

export interface FieldChange {
  /** Dotted path inside the indicator (or the plan header): `target.value`, `attribute`, `components.pm25.limit`. */
  field: string;
  old: unknown;
  new: unknown;
  effect: Effect;
}

/** One version of the plan, as the comparison of its targets needs it. */
export interface Side {
  header: PlanHeader;
  settings: Settings;
}
