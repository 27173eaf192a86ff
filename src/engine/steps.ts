// How each number of an evaluation was reached (`plan show`'s "How"), as facts: the
// operation and its operands. The formulas and their words, in each language, are the
// reporters' (render/step-text.ts).

import type { Comparator, JudgedStatus, PathShape, PriceBasis } from '../model/types.js';
import type { AnnualFact, Exceedance } from './reasons.js';

/** A rate derived from the levels of two consecutive years where the year had none. */
export interface DerivedRate {
  year: number;
  before: number;
  now: number;
  unit: string;
  /** Percent. */
  value: number;
}

export type Step =
  // A growth index (engine/growth-index.ts)
  | { code: 'FACTOR_FROM_LEVELS'; latest: number; latestYear: number; base: number; baseYear: number; factor: number }
  /** Π(1 ± rᵢ); `sign` −1 for yearly reductions. */
  | { code: 'FACTOR_FROM_RATES'; sign: 1 | -1; rates: { year: number; value: number }[]; factor: number }
  | { code: 'RATE_DERIVED'; rate: DerivedRate }
  | { code: 'RATES_MISSING'; missing: number[]; covered: number; needed: number }
  // A frame measured (engine/progress.ts)
  | { code: 'PROGRESS'; path: PathShape; latest: number; base: number; target: number; value: number }
  | { code: 'EXPECTED_SHARE'; year: number; baseYear: number; targetYear: number; value: number }
  | { code: 'EXPECTED_VALUE'; year: number; path: PathShape; value: number }
  | { code: 'PACE'; progress: number; expected: number; value: number }
  | { code: 'AVERAGE_GROWTH'; baseYear: number; year: number; latest: number; base: number; years: number; value: number }
  | { code: 'REQUIRED_GROWTH'; year: number; targetYear: number; target: number; latest: number; years: number; value: number }
  | { code: 'PROJECTED'; targetYear: number; value: number }
  | { code: 'BASE_MEETS_TARGET'; base: number; baseYear: number; target: number }
  | { code: 'STILL_MET'; latest: number; year: number }
  | { code: 'REQUIRED_TO_RETURN'; year: number; targetYear: number; value: number }
  // Flows summed (kinds/cumulative-sum.ts)
  | { code: 'SUM'; from: number; to: number; values: number[]; total: number }
  /** `share`: the years counted of the years summed, or null where a schedule decides. */
  | { code: 'SUM_EXPECTED'; year: number; target: number; share: { counted: number; span: number } | null; value: number }
  | { code: 'SUM_PACE'; total: number; expected: number; value: number }
  | { code: 'SUM_NEEDED'; target: number; total: number; remaining: number; value: number }
  // Growth compared (kinds/growth-comparison.ts)
  | { code: 'RATE_PAIR'; year: number; own: number; ownBasis: PriceBasis | null; reference: number; referenceBasis: PriceBasis | null; derived: DerivedRate | null }
  | { code: 'RATES_COMPOUNDED'; years: number[]; own: number; reference: number; referenceId: string }
  // Bounds, standards, annual targets, judgements, changes
  | { code: 'BOUND_YEARS'; kept: number; observed: number; comparator: Comparator; bound: number; missing: number[] }
  /** `year` null: not observed (in `judgedYear` where the target year decides). */
  | { code: 'COMPONENT'; id: string; value: number | null; year: number | null; limit: number; stricterLimit: number | null; judgedYear: number | null }
  | { code: 'EARLIER_EXCEEDANCES'; earlier: Exceedance[] }
  | { code: 'ANNUAL_ENTRY'; entry: AnnualFact; met: boolean; source: string }
  | { code: 'JUDGEMENT'; date: string; status: JudgedStatus; evidence: string; source: string }
  | { code: 'CHANGE_LEVEL'; base: number; baseYear: number; by: number; wanted: number };

export type StepCode = Step['code'];
