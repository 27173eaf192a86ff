// Progress along a path from a base value to a target value: the machinery shared by
// every target kind that has a number to reach (levels, growth indices, running sums).

import type { Comparator, Direction, PathShape } from '../model/types.js';
import { cagr, ok, pointOnPath, project, shareOfPath, type Computed } from './growth.js';
import type { Settings } from '../model/settings.js';
import type { ComputedField, ComputedNumbers, PathPoint, Status } from './types.js';
import type { Because, PaceFact } from './reasons.js';
import type { Step } from './steps.js';

export interface Frame {
  baseYear: number;
  base: number;
  targetYear: number;
  target: number;
  latestYear: number;
  latest: number;
  path: PathShape;
  /** Observed points in the same terms as base and target, for the year-by-year path. */
  observed: ReadonlyMap<number, number>;
  /**
   * Whether a value meets the target. When the base already does, there is no way to
   * cover: the path expected is flat at the target and nothing is required while the
   * latest value still meets it.
   */
  meets?: (value: number) => boolean;
}

export interface FrameResult {
  computed: ComputedNumbers;
  path: PathPoint[];
  steps: Step[];
}

export function emptyComputed(reason: Because): ComputedNumbers {
  return {
    progress: null,
    expected: null,
    expectedValue: null,
    pace: null,
    averageGrowth: null,
    requiredGrowth: null,
    projected: null,
    cumulative: null,
    reasons: {
      progress: reason,
      expected: reason,
      expectedValue: reason,
      pace: reason,
      averageGrowth: reason,
      requiredGrowth: reason,
      projected: reason,
      cumulative: reason,
    },
  };
}

export function setComputed(computed: ComputedNumbers, field: ComputedField, result: Computed): void {
  computed[field] = result.value;
  if (result.value === null) computed.reasons[field] = result.reason;
  else delete computed.reasons[field];
}

/** What of a frame's measuring is written down besides the numbers: how, and the path year by year. */
export interface FrameRecord {
  steps: boolean;
  path: boolean;
}

const RECORD_ALL: FrameRecord = { steps: true, path: true };

/** Progress, expected share, pace, growth so far, required growth and projection of a frame. */
export function measureFrame(frame: Frame, record: FrameRecord = RECORD_ALL): FrameResult {
  if (frame.meets?.(frame.base)) return measureMetAtBase(frame, frame.meets, record);
  const computed = emptyComputed({ code: 'NOT_COMPUTED' });
  const steps: Step[] = [];
  const explain = record.steps;
  const span = frame.targetYear - frame.baseYear;
  const elapsed = frame.latestYear - frame.baseYear;
  const remaining = frame.targetYear - frame.latestYear;

  const progress = shareOfPath(frame.base, frame.latest, frame.target, frame.path);
  setComputed(computed, 'progress', progress);
  if (progress.value !== null && explain) {
    // shareOfPath measures a compound path on a log scale only where every value is positive.
    const path = frame.path === 'compound' && frame.base > 0 && frame.latest > 0 && frame.target > 0 ? 'compound' : 'linear';
    steps.push({ code: 'PROGRESS', path, latest: frame.latest, base: frame.base, target: frame.target, value: progress.value });
  }
  const expected = span > 0 ? Math.min(1, Math.max(0, elapsed / span)) : null;
  setComputed(computed, 'expected', expected === null ? { value: null, reason: { code: 'TARGET_YEAR_NOT_AFTER_BASE' } } : { value: expected });
  if (expected !== null) {
    if (explain) steps.push({ code: 'EXPECTED_SHARE', year: frame.latestYear, baseYear: frame.baseYear, targetYear: frame.targetYear, value: expected });
    const expectedValue = pointOnPath(frame.base, frame.target, expected, frame.path);
    setComputed(computed, 'expectedValue', { value: expectedValue });
    if (explain) steps.push({ code: 'EXPECTED_VALUE', year: frame.latestYear, path: frame.path, value: expectedValue });
  }
  if (progress.value !== null && expected !== null) {
    if (expected > 0) {
      setComputed(computed, 'pace', { value: progress.value / expected });
      if (explain) steps.push({ code: 'PACE', progress: progress.value, expected, value: progress.value / expected });
    } else setComputed(computed, 'pace', { value: null, reason: { code: 'NO_TIME_ELAPSED' } });
  } else setComputed(computed, 'pace', { value: null, reason: progress.reason ?? { code: 'NOTHING_EXPECTED' } });

  const growth = cagr(frame.base, frame.latest, elapsed);
  setComputed(computed, 'averageGrowth', growth);
  if (growth.value !== null && explain) steps.push({ code: 'AVERAGE_GROWTH', baseYear: frame.baseYear, year: frame.latestYear, latest: frame.latest, base: frame.base, years: elapsed, value: growth.value });
  const required = remaining > 0 ? cagr(frame.latest, frame.target, remaining) : ({ value: null, reason: { code: 'TARGET_YEAR_REACHED' } } as Computed);
  setComputed(computed, 'requiredGrowth', required);
  if (required.value !== null && explain) steps.push({ code: 'REQUIRED_GROWTH', year: frame.latestYear, targetYear: frame.targetYear, target: frame.target, latest: frame.latest, years: remaining, value: required.value });


  setProjection(computed, explain ? steps : null, frame, growth);
  const path = record.path ? yearByYear(frame, (share) => pointOnPath(frame.base, frame.target, share, frame.path)) : [];
  return { computed, path, steps };
}

/** A target the base value already meets: flat at the target, progress 1 while still met. */
function measureMetAtBase(frame: Frame, meets: (value: number) => boolean, record: FrameRecord): FrameResult {
  const computed = emptyComputed({ code: 'MET_AT_BASE' });
  const explain = record.steps;
  const steps: Step[] = [];
  if (explain) steps.push({ code: 'BASE_MEETS_TARGET', base: frame.base, baseYear: frame.baseYear, target: frame.target });
  const span = frame.targetYear - frame.baseYear;
  const elapsed = frame.latestYear - frame.baseYear;
  const remaining = frame.targetYear - frame.latestYear;
  const stillMet = meets(frame.latest);
  setComputed(computed, 'expected', span > 0 ? { value: Math.min(1, Math.max(0, elapsed / span)) } : { value: null, reason: { code: 'TARGET_YEAR_NOT_AFTER_BASE' } });
  setComputed(computed, 'expectedValue', { value: frame.target });
  if (stillMet) {
    setComputed(computed, 'progress', { value: 1 });
    if (explain) steps.push({ code: 'STILL_MET', latest: frame.latest, year: frame.latestYear });
  } else {
    computed.reasons.progress = computed.reasons.pace = { code: 'FELL_BACK_FROM_BASE', latest: frame.latest };
    const required = remaining > 0 ? cagr(frame.latest, frame.target, remaining) : ({ value: null, reason: { code: 'TARGET_YEAR_REACHED' } } as Computed);
    setComputed(computed, 'requiredGrowth', required);
    if (required.value !== null && explain) steps.push({ code: 'REQUIRED_TO_RETURN', year: frame.latestYear, targetYear: frame.targetYear, value: required.value });
  }
  if (stillMet) computed.reasons.requiredGrowth = { code: 'ALREADY_MET' };
  const growth = cagr(frame.base, frame.latest, elapsed);
  setComputed(computed, 'averageGrowth', growth);
  setProjection(computed, explain ? steps : null, frame, growth);
  return { computed, path: record.path ? yearByYear(frame, () => frame.target) : [], steps };
}

/** `steps`: null when not written down. */
function setProjection(computed: ComputedNumbers, steps: Step[] | null, frame: Frame, growth: Computed): void {
  const elapsed = frame.latestYear - frame.baseYear;
  const remaining = frame.targetYear - frame.latestYear;
  let projected: Computed;
  if (remaining <= 0) projected = { value: frame.latest };
  else if (frame.path === 'compound' && growth.value !== null) projected = project(frame.latest, growth.value, remaining);
  else if (elapsed > 0) projected = ok(frame.latest + ((frame.latest - frame.base) / elapsed) * remaining);
  else projected = { value: null, reason: { code: 'ONE_POINT_IN_TIME' } };
  setComputed(computed, 'projected', projected);
  if (projected.value !== null && remaining > 0 && steps) steps.push({ code: 'PROJECTED', targetYear: frame.targetYear, value: projected.value });
}

/** The path expected (from `expectedAt(share of the span)`) beside the values observed. */
function yearByYear(frame: Frame, expectedAt: (share: number) => number): PathPoint[] {
  const span = frame.targetYear - frame.baseYear;
  const path: PathPoint[] = [];
  const firstYear = Math.min(frame.baseYear, ...frame.observed.keys());
  const lastYear = Math.max(frame.targetYear, ...frame.observed.keys());
  for (let year = firstYear; year <= lastYear; year++) {
    const share = span > 0 ? (year - frame.baseYear) / span : null;
    path.push({
      year,
      expected: share !== null && share >= 0 && share <= 1 ? round(expectedAt(share)) : null,
      observed: frame.observed.get(year) ?? null,
    });
  }
  return path;
}

/** Status from pace: the thresholds of the README's status table. */
export function statusFromPace(pace: number | null, progress: number | null, settings: Settings, undefinedPace: Because | null = null): { status: Status; pace: PaceFact } {
  if (progress !== null && progress < 0) return { status: 'off-track', pace: { code: 'MOVING_AWAY' } };
  if (pace === null) return { status: 'not-assessed', pace: { code: 'PACE_UNDEFINED', because: undefinedPace } };
  if (pace >= settings.ahead) return { status: 'ahead', pace: { code: 'PACE', pace, threshold: settings.ahead, above: true, ahead: true } };
  if (pace >= settings.onTrack) return { status: 'on-track', pace: { code: 'PACE', pace, threshold: settings.onTrack, above: true, ahead: false } };
  if (pace >= settings.atRisk) return { status: 'at-risk', pace: { code: 'PACE', pace, threshold: settings.onTrack, above: false, ahead: false } };
  return { status: 'off-track', pace: { code: 'PACE', pace, threshold: settings.atRisk, above: false, ahead: false } };
}

/** Whether a value meets a comparator target; approx counts a value within tolerance or beyond in the good direction. */
export function meets(value: number, comparator: Comparator, target: number, direction: Direction, tolerance: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
    case 'approx':
      return direction === 'increase' ? value >= target - tolerance : value <= target + tolerance;
  }
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
