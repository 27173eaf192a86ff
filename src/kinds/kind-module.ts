// What a target kind is: one module per kind owns everything that depends on it, its
// evaluation, its meaning checks, how its number reads (for diff), and its words on
// screen and on charts. The registry maps each kind to its module, so a switch on kinds
// exists nowhere else and a new kind is one file plus one registry line.

import type { Comparator, Direction, Indicator, Plan, Target, TargetKind } from '../model/types.js';
import type { Settings } from '../model/settings.js';
import type { EvaluationContext } from '../engine/context.js';
import type { SdgInput } from '../engine/sdg.js';
import type { Evaluation } from '../engine/types.js';
import type { FindingCode } from '../model/findings.js';
import type { Lang } from './target-words.js';

export type TargetOf<K extends TargetKind> = Extract<Target, { kind: K }>;

/** How a target's number reads: what `diff` ranks and what the engine compares with. */
export interface TargetTerms {
  /** The comparator the engine applies, defaults filled in; null for kinds without one. */
  comparator: Comparator | null;
  /** Which way the number counts: reductions and multiples always count up. */
  direction: Direction;
  /** The number the target asks for, and the field it is written in. */
  number: number | null;
  numberField: 'value' | 'factor';
  /** The tolerance in force, in the number's units; null where none applies. */
  tolerance: number | null;
  /** The plan's own `tolerance` key, where the kind honours one. */
  explicitTolerance?: number;
  /** A stricter tier some components must also meet (a standard's). */
  stricter?: { standard: string; atLeast: number };
}

/** A finding of a kind's checks: a fact of any code, at a path inside the indicator. */
export type KindFinding = import('../model/findings.js').FindingFact<FindingCode> & { path: (string | number)[] };
/** Why a yearly value cannot be: the fact of VALUE_IMPOSSIBLE. */
export type ImpossibleValue = Extract<KindFinding, { code: 'VALUE_IMPOSSIBLE' }>['args'];

export interface CheckScope {
  plan: Plan;
  byId: ReadonlyMap<string, Indicator>;
}

export interface KindModule<K extends TargetKind = TargetKind> {
  readonly kind: K;
  /** Where the indicator stands; `result` arrives with the defaults filled in. */
  evaluate(indicator: Indicator, target: TargetOf<K>, context: EvaluationContext, result: Evaluation): Evaluation;
  /** The series and target the Open SDG measure applies to; null keeps the pace verdict. */
  sdgInput(evaluation: Evaluation, target: TargetOf<K>, context: EvaluationContext): SdgInput | null;
  /** Whether growth is measured from a base year (the plan's, or the target's own). */
  readonly growthFromBaseYear: boolean;
  /** Whether recorded judgements decide the verdict (milestones, targets set elsewhere). */
  readonly judged: boolean;
  /** Why a yearly rate (in %) cannot be, or null: a fall of 100% or more, a cut of 100% or more. */
  impossibleRate(target: TargetOf<K>, value: number): ImpossibleValue | null;
  /** Meaning checks beyond the schema. */
  check(indicator: Indicator, target: TargetOf<K>, scope: CheckScope): KindFinding[];
  terms(target: TargetOf<K>, direction: Direction, settings: Settings): TargetTerms;
  /** The target in a table cell: `≈5%/yr`, `cut ≥9%`, `×4 on 2018` (zh: `≈5%/年`, `降低≥9%`); words from target-words.ts. */
  targetText(target: TargetOf<K>, format: (value: number) => string, lang: Lang): string;
  /** What the target asks for in words, where the cell cannot say it (a milestone's deliverable). */
  detail?(target: TargetOf<K>): string;
  /** The current value in the target's terms (`4.62%/yr`, `Σ97`), without its year. */
  currentText(current: number, format: (value: number) => string, lang: Lang): string;
  /** The chart's y axis, and whether the path's end is the target to mark. */
  axisTitle(indicator: Indicator, target: TargetOf<K>, lang: Lang): string;
  readonly targetMark: boolean;
}
