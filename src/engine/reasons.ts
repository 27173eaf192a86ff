// Why a verdict is what it is, and why a number is undefined: facts, a code and its
// arguments, never sentences. The words, English or Chinese, are the reporters'
// (render/reason-text.ts), so `--lang zh` is a second catalogue, not a second engine, and a
// script reads `reason.code` rather than parsing prose.

import type { Comparator, JudgedStatus, PriceBasis } from '../model/types.js';

/** Why a computed number (or a whole evaluation without data) is undefined. */
export type Because =
  // The arithmetic (engine/growth.ts)
  | { code: 'NOT_FINITE' }
  | { code: 'NO_YEARS_BETWEEN' }
  | { code: 'START_NOT_POSITIVE'; value: number }
  | { code: 'END_NEGATIVE'; value: number }
  | { code: 'NO_RATES' }
  /** A yearly fall of 100% or more (percent, negative). */
  | { code: 'RATE_WIPES_OUT'; rate: number }
  | { code: 'NO_YEARS_LEFT' }
  | { code: 'TARGET_YEAR_PAST' }
  | { code: 'TARGET_EQUALS_BASE' }
  // Measuring a frame (engine/progress.ts)
  | { code: 'NOT_COMPUTED' }
  | { code: 'TARGET_YEAR_NOT_AFTER_BASE' }
  | { code: 'NO_TIME_ELAPSED' }
  | { code: 'NOTHING_EXPECTED' }
  | { code: 'TARGET_YEAR_REACHED' }
  | { code: 'MET_AT_BASE' }
  | { code: 'FELL_BACK_FROM_BASE'; latest: number }
  | { code: 'ALREADY_MET' }
  | { code: 'ONE_POINT_IN_TIME' }
  // What a kind has no number for
  | { code: 'NO_DATA' }
  | { code: 'NO_OBSERVATION' }
  | { code: 'NO_OBSERVATION_SINCE'; year: number }
  | { code: 'NO_YEARLY_FIGURE_SINCE'; year: number }
  | { code: 'BASELINE_ONLY' }
  | { code: 'NO_BASELINE' }
  | { code: 'NO_BASE_VALUE'; year: number }
  | { code: 'BASE_NOT_POSITIVE'; value: number }
  | { code: 'NOTHING_AFTER_BASE'; year: number; measure: 'level' | 'rate' }
  | { code: 'SUM_TOO_LARGE' }
  | { code: 'FLOWS_HAVE_NO_RATE' }
  | { code: 'TARGET_SUM_ZERO' }
  | { code: 'NOTHING_PLANNED' }
  | { code: 'COMPARED_YEAR_BY_YEAR' }
  | { code: 'NO_RATE_OBSERVED' }
  | { code: 'NO_COMMON_YEAR'; reference: string }
  | { code: 'REFERENCE_DID_NOT_GROW' }
  | { code: 'BOUND_HAS_NO_PATH' }
  | { code: 'STANDARD_BY_COMPONENT' }
  | { code: 'NO_COMPONENT_OBSERVED'; count: number }
  | { code: 'ANNUAL_BY_YEAR' }
  | { code: 'MILESTONE_JUDGED' }
  | { code: 'TARGET_NOT_RECORDED'; authority: string }
  // The Open SDG measure (engine/sdg.ts)
  | { code: 'NO_DATA_FROM_BASE_YEAR'; year: number }
  | { code: 'OPPOSITE_SIGNS' }
  | { code: 'BASE_AFTER_LATEST' }
  | { code: 'TWO_YEARS_NEEDED' }
  | { code: 'GROWTH_UNDEFINED' };


/** Years as a span ("2021–2025") or as the years themselves where some are missing. */
export type Span = { from: number; to: number } | { over: number[] };

/** A value read in the target's terms. */
export type Reading =
  | { as: 'value'; value: number; year: number }
  /** Average growth a year (a fraction; null where undefined). */
  | { as: 'average'; rate: number | null; span: Span }
  /** Total growth, in percent. */
  | { as: 'growth'; percent: number; span: Span }
  | { as: 'multiple'; factor: number; baseYear: number; year: number }
  /** A total cut, in percent. */
  | { as: 'cut'; percent: number; span: Span }
  /** Yearly flows summed from `from` to `to` (a running total observed: to its year); `years` observed, `missing` not. */
  | { as: 'sum'; value: number; from: number; to: number; years: number[]; missing: number[] };

/** What the target asks, in its terms; the tolerance is that of an approx (左右) target. */
export interface Goal {
  as: 'value' | 'per-year' | 'growth' | 'multiple' | 'cut';
  comparator: Comparator;
  value: number;
  tolerance: number | null;
  /** "by 2025"; null where the words carry no year (a rate a year). */
  year: number | null;
}

/** How the pace read (engine/progress.ts statusFromPace). */
export type PaceFact =
  | { code: 'MOVING_AWAY' }
  | { code: 'PACE_UNDEFINED'; because: Because | null }
  /** `pace` against the `threshold` it passed (`above`) or fell below; `ahead` past the ahead threshold. */
  | { code: 'PACE'; pace: number; threshold: number; above: boolean; ahead: boolean };

export type GrowthComparator = '>' | '>=' | 'approx' | '<' | '<=';

export type SdgLabel = 'target_achieved' | 'substantial_progress' | 'moderate_progress' | 'limited_progress' | 'deterioration' | 'not_available';

export interface ComponentFact {
  id: string;
  value: number;
  limit: number;
}

/** A component above its limit in years before the one judged. */
export interface Exceedance {
  id: string;
  limit: number;
  years: number[];
}

/** The year a standard is judged in, or each component's latest year. */
export type Judged = { year: number } | { latest: number[] };

export interface AnnualFact {
  year: number;
  value: number;
  comparator: Comparator;
  target: number;
  tolerance: number;
}

/** Why a status was given. A verdict without data gives the reason its numbers are undefined. */
export type Reason =
  | Because
  | { code: 'MEETS'; reading: Reading; goal: Goal }
  | { code: 'MISSES'; reading: Reading; goal: Goal }
  /** Not there yet: the pace decides; `missing` years of the series are not observed. */
  | { code: 'ON_PACE'; reading: Reading; goal: Goal; missing: number[]; pace: PaceFact }
  | { code: 'FELL_BACK'; reading: Reading; goal: Goal; baseline: { value: number; year: number } }
  | { code: 'PERIOD_INCOMPLETE'; reading: Reading; goal: Goal; missing: number[]; observed: number; expected: number }
  | { code: 'SUM_OVERFLOWS'; count: number }
  | { code: 'SUM_SHORT_WITH_GAPS'; reading: Reading; goal: Goal }
  | { code: 'BASES_DIFFER'; own: PriceBasis | null; reference: PriceBasis | null; years: number[] }
  | { code: 'NOT_COMPOUNDABLE'; because: Because }
  | {
      code: 'GROWTH_COMPARED';
      comparator: GrowthComparator;
      holds: boolean;
      /** A verdict on the whole period, so far, or none for want of some years. */
      verdict: 'period' | 'so-far' | 'partial';
      own: number;
      reference: number;
      referenceId: string;
      years: number[];
      /** own − reference, in points of average growth. */
      difference: number;
      missing: number[];
      unlike: number[];
      basisUnstated: boolean;
      /** Years in which the own rate fell more than `tolerance` points behind (approx). */
      lagging: number[];
      tolerance: number;
    }
  | { code: 'BOUND_BROKEN'; comparator: Comparator; bound: number; broken: { year: number; value: number }[]; year: number }
  | { code: 'BOUND_KEPT'; comparator: Comparator; bound: number; years: number[]; missing: number[]; partial: boolean }
  | { code: 'STANDARD_EXCEEDED'; standard: string; judged: Judged; exceeding: ComponentFact[] }
  | { code: 'NO_COMPONENT_IN_YEAR'; year: number }
  | { code: 'STANDARD_PARTLY_OBSERVED'; standard: string; judged: Judged; observed: ComponentFact[]; total: number; unobserved: string[]; earlier: Exceedance[] }
  | { code: 'STRICTER_SHORT'; standard: string; judged: Judged; count: number; atLeast: number; stricter: string }
  | { code: 'STANDARD_MET'; standard: string; judged: Judged; total: number; stricter: { standard: string; count: number } | null; earlier: Exceedance[] }
  | { code: 'NO_ANNUAL_TARGET' }
  | { code: 'NO_ANNUAL_RESULT'; years: number[] }
  | { code: 'ANNUAL_NOT_MET'; entries: AnnualFact[] }
  | { code: 'ANNUAL_MET'; years: number[]; missing: number[] }
  | { code: 'NO_JUDGEMENT' }
  | { code: 'TARGET_NOT_RECORDED_YET'; authority: string; observed: boolean }
  /** The latest judgement; `after`: not complete once its year ended, or nobody has judged since. */
  | { code: 'JUDGED'; status: JudgedStatus; date: string; evidence: string; after: 'incomplete' | 'stale' | null; year: number }
  | { code: 'SDG_NOT_AVAILABLE'; because: Because | null }
  | { code: 'SDG_MEASURED'; label: SdgLabel; progressValue: number | null; score: number | null };

export type ReasonCode = Reason['code'];

/** What is said beside a reason: the base of a change, who set the target, a method that did not apply. */
export type Note =
  | { code: 'CHANGE_ON_BASE'; by: number; base: number; baseYear: number; moved: number | null }
  | { code: 'SET_BY'; authority: string }
  | { code: 'SDG_NO_RULE'; kind: string };

export type NoteCode = Note['code'];
