// The plan's defaults with the tool's own filled in.

import type { PathShape, PlanHeader } from './types.js';

export interface Settings {
  approxTolerance: number;
  inStepTolerance: number;
  path: PathShape;
  onTrack: number;
  atRisk: number;
  /** Pace at or above which a target not yet met is ahead of schedule (快于预期). */
  ahead: number;
}

export const DEFAULT_SETTINGS: Settings = { approxTolerance: 0.05, inStepTolerance: 1, path: 'compound', onTrack: 0.95, atRisk: 0.6, ahead: 1.2 };

export function settingsOf(header: PlanHeader): Settings {
  const defaults = header.defaults ?? {};
  return {
    approxTolerance: defaults.approxTolerance ?? DEFAULT_SETTINGS.approxTolerance,
    inStepTolerance: defaults.inStepTolerance ?? DEFAULT_SETTINGS.inStepTolerance,
    path: defaults.path ?? DEFAULT_SETTINGS.path,
    onTrack: defaults.thresholds?.onTrack ?? DEFAULT_SETTINGS.onTrack,
    atRisk: defaults.thresholds?.atRisk ?? DEFAULT_SETTINGS.atRisk,
    ahead: defaults.thresholds?.ahead ?? DEFAULT_SETTINGS.ahead,
  };
}
