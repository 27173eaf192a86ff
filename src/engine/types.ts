// What the engine returns for each indicator: a status, the reason as a fact, and every
// number behind it (null with a reason where undefined).

import type { Indicator, Observation, PathShape } from '../model/types.js';
import type { Because, Note, Reason, SdgLabel } from './reasons.js';
import type { Step } from './steps.js';

export const STATUSES = ['achieved', 'ahead', 'on-track', 'at-risk', 'off-track', 'missed', 'no-data', 'not-assessed'] as const;
export type Status = (typeof STATUSES)[number];

/** How bad a status is, for --fail-on: at or beyond the named status fails. */
export const STATUS_SEVERITY: Record<Status, number> = {
  achieved: 0,
  ahead: 0,
  'on-track': 1,
  'at-risk': 2,
  'off-track': 3,
  missed: 4,
  'no-data': -1,
  'not-assessed': -1,
};

export type Method = 'pace' | 'sdg';

export const COMPUTED_FIELDS = ['progress', 'expected', 'expectedValue', 'pace', 'averageGrowth', 'requiredGrowth', 'projected', 'cumulative'] as const;
export type ComputedField = (typeof COMPUTED_FIELDS)[number];

export type ComputedNumbers = Record<ComputedField, number | null> & {
  /** Why a field is null. */
  reasons: Partial<Record<ComputedField, Because>>;
  /** Years observed against years needed, for verdicts that need every year of a span. */
  coverage?: Coverage;
  /** The Open SDG measure, with --method sdg. */
  sdg?: { value: number | null; score: number | null; label: SdgResult['label'] };
};

export interface Coverage {
  observed: number;
  expected: number;
  missing: number[];
  /** Years whose rate was derived from two levels of the same series and price basis. */
  derived?: number[];
}

export interface PointRef {
  year: number;
  value: number;
  source: string;
  published?: string;
  url?: string;
}

export interface PathPoint {
  year: number;
  expected: number | null;
  observed: number | null;
}

export interface SdgResult {
  label: SdgLabel;
  progressValue: number | null;
  score: number | null;
  baseYear: number | null;
  baseValue: number | null;
  currentYear: number | null;
  currentValue: number | null;
  target: number | null;
  targetYear: number;
  direction: 1 | -1;
  reason?: Because;
}

export interface ComponentResult {
  id: string;
  year: number | null;
  value: number | null;
  limit: number;
  stricterLimit: number | null;
  withinLimit: boolean | null;
  withinStricter: boolean | null;
  /** The component's values in the period, oldest first, for the chart. */
  series?: { year: number; value: number }[];
}

export interface Evaluation {
  indicator: Indicator;
  status: Status;
  /** Why the status: a fact the reporters word (render/reason-text.ts). */
  reason: Reason;
  /** What is said beside the reason (the base of a change, who set the target). */
  notes: Note[];
  /** The value progress is measured from (in the series' own terms). */
  baseline: PointRef | null;
  latest: PointRef | null;
  /** The latest value in the target's terms (an average growth, a multiple, a sum…). */
  current: number | null;
  computed: ComputedNumbers;
  /** The path expected against the path observed, year by year, in the series' terms. */
  path: PathPoint[];
  pathShape: PathShape;
  /** How the numbers were reached, one line each, for `plan show`. */
  steps: Step[];
  components?: ComponentResult[];
  sdg?: SdgResult;
  /** Every counted observation, all vintages. */
  observations: Observation[];
}
