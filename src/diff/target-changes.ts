// How a target, its attribute and its components changed between two versions, each
// change ranked in the indicator's direction: harder to meet is `tightened`, easier
// `loosened`, unrankable `changed`. What a kind's number means comes from its module.

import { kindOf } from '../kinds/registry.js';
import type { TargetTerms } from '../kinds/kind-module.js';
import { growthBaseYear, targetYear } from '../model/target-years.js';
import type { Attribute, Comparator, Component, Direction, Indicator } from '../model/types.js';
import type { Effect, FieldChange, Side } from './change.js';
import { round, sameValue } from './values.js';

export function attributeEffect(before: Attribute | undefined, after: Attribute | undefined): Effect | null {
  if (before === after) return null;
  if (before === 'binding') return 'loosened';
  if (after === 'binding') return 'tightened';
  return 'changed';
}

/** Does meeting the target ask for more (a floor) or for less (a ceiling)? */
type Sense = 'more' | 'less';

function senseOf(comparator: Comparator, direction: Direction): Sense {
  if (comparator === '>=' || comparator === '>') return 'more';
  if (comparator === '<=' || comparator === '<') return 'less';
  return direction === 'increase' ? 'more' : 'less';
}

/** How strict a comparator is within one sense: about (within tolerance) < inclusive < strict. */
const COMPARATOR_RANK: Record<Comparator, number> = { approx: 0, '>=': 1, '<=': 1, '>': 2, '<': 2 };

/** Fields the classifier handles itself; any other target field that differs is `changed`. */
const RANKED_TARGET_FIELDS = new Set(['kind', 'year', 'comparator', 'value', 'factor', 'tolerance', 'stricter']);

export function targetChanges(before: Indicator, after: Indicator, oldSide: Side, newSide: Side): FieldChange[] {
  const oldTarget = before.target;
  const newTarget = after.target;
  const changes: FieldChange[] = [];

  const oldYear = targetYear(oldTarget, oldSide.header);
  const newYear = targetYear(newTarget, newSide.header);
  if (oldYear !== newYear) changes.push({ field: 'target.year', old: oldYear, new: newYear, effect: newYear > oldYear ? 'loosened' : 'tightened' });

  if (oldTarget.kind !== newTarget.kind) {
    changes.unshift({ field: 'target.kind', old: oldTarget.kind, new: newTarget.kind, effect: 'changed' });
    return changes;
  }

  const oldTerms = kindOf(oldTarget).terms(oldTarget, before.direction, oldSide.settings);
  const newTerms = kindOf(newTarget).terms(newTarget, after.direction, newSide.settings);
  const oldComparator = oldTerms.comparator;
  const newComparator = newTerms.comparator;
  const oldDirection = oldTerms.direction;
  const newDirection = newTerms.direction;
  let sameSense = true;
  if (oldComparator && newComparator) {
    const oldSense = senseOf(oldComparator, oldDirection);
    const newSense = senseOf(newComparator, newDirection);
    sameSense = oldSense === newSense;
    if (oldComparator !== newComparator) {
      const rankDelta = COMPARATOR_RANK[newComparator] - COMPARATOR_RANK[oldComparator];
      const effect: Effect = !sameSense || rankDelta === 0 ? 'changed' : rankDelta > 0 ? 'tightened' : 'loosened';
      changes.push({ field: 'target.comparator', old: oldComparator, new: newComparator, effect });
    }
  }

  const oldNumber = oldTerms.number;
  const newNumber = newTerms.number;
  const numberField = `target.${newTerms.numberField}`;
  if (oldNumber !== newNumber) {
    let effect: Effect = 'changed';
    if (oldNumber !== null && newNumber !== null && newComparator && sameSense) {
      const wantsMore = senseOf(newComparator, newDirection) === 'more';
      effect = newNumber > oldNumber === wantsMore ? 'tightened' : 'loosened';
    }
    changes.push({ field: numberField, old: oldNumber, new: newNumber, effect });
  }

  const tolerance = toleranceChange(oldTerms, newTerms);
  if (tolerance) changes.push(tolerance);

  if (!sameValue(oldTerms.stricter, newTerms.stricter)) {
    const oldStricter = oldTerms.stricter;
    const newStricter = newTerms.stricter;
    let effect: Effect = 'changed';
    if (!oldStricter) effect = 'tightened';
    else if (!newStricter) effect = 'loosened';
    else if (oldStricter.standard === newStricter.standard) effect = newStricter.atLeast > oldStricter.atLeast ? 'tightened' : newStricter.atLeast < oldStricter.atLeast ? 'loosened' : 'changed';
    changes.push({ field: 'target.stricter', old: oldStricter ?? null, new: newStricter ?? null, effect });
  }

  const oldFields = oldTarget as unknown as Record<string, unknown>;
  const newFields = newTarget as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(oldFields), ...Object.keys(newFields)])].filter((key) => !RANKED_TARGET_FIELDS.has(key));
  for (const key of keys) {
    if (key === 'baseYear') {
      // The base year that counts, with the plan's filled in.
      const oldBase = growthBaseYear(oldTarget, oldSide.header);
      const newBase = growthBaseYear(newTarget, newSide.header);
      if (oldBase !== newBase) changes.push({ field: 'target.baseYear', old: oldBase, new: newBase, effect: 'changed' });
      continue;
    }
    if (!sameValue(oldFields[key], newFields[key])) changes.push({ field: `target.${key}`, old: oldFields[key] ?? null, new: newFields[key] ?? null, effect: 'changed' });
  }
  return changes;
}

/**
 * The tolerance in force (a 左右 target's, or an in-step-with target's), with the plan's
 * defaults filled in and scaled by the new value on both sides, so that a changed value
 * alone does not read as a changed tolerance. A wider tolerance is looser.
 */
function toleranceChange(oldTerms: TargetTerms, newTerms: TargetTerms): FieldChange | null {
  const explicitChange = (): FieldChange | null =>
    oldTerms.explicitTolerance === newTerms.explicitTolerance ? null : { field: 'target.tolerance', old: oldTerms.explicitTolerance ?? null, new: newTerms.explicitTolerance ?? null, effect: 'changed' };
  if (oldTerms.tolerance === null || newTerms.tolerance === null) return explicitChange();
  // Both sides at the new value's scale: a share of the value moves with the value.
  const rescale = (terms: TargetTerms): number =>
    terms.explicitTolerance === undefined && terms.number && newTerms.number !== null && terms.comparator === 'approx' ? (terms.tolerance! / Math.abs(terms.number)) * Math.abs(newTerms.number) : terms.tolerance!;
  const oldTolerance = rescale(oldTerms);
  const newTolerance = newTerms.tolerance;
  if (oldTolerance === newTolerance) return explicitChange();
  return { field: 'target.tolerance', old: round(oldTolerance), new: round(newTolerance), effect: newTolerance > oldTolerance ? 'loosened' : 'tightened' };
}

/** A standard's components are ceilings: a higher limit, or one component fewer, is easier to keep. */
export function componentChanges(before: Component[], after: Component[]): FieldChange[] {
  const changes: FieldChange[] = [];
  const oldById = new Map(before.map((component) => [component.id, component]));
  const newIds = new Set(after.map((component) => component.id));
  for (const component of before) {
    if (!newIds.has(component.id)) changes.push({ field: `components.${component.id}`, old: component, new: null, effect: 'loosened' });
  }
  for (const component of after) {
    const previous = oldById.get(component.id);
    if (!previous) {
      changes.push({ field: `components.${component.id}`, old: null, new: component, effect: 'tightened' });
      continue;
    }
    for (const limit of ['limit', 'stricterLimit'] as const) {
      const oldLimit = previous[limit];
      const newLimit = component[limit];
      if (oldLimit === newLimit) continue;
      const effect: Effect = oldLimit === undefined || newLimit === undefined ? 'changed' : newLimit > oldLimit ? 'loosened' : 'tightened';
      changes.push({ field: `components.${component.id}.${limit}`, old: oldLimit ?? null, new: newLimit ?? null, effect });
    }
    for (const field of ['name', 'unit', 'statistic'] as const) {
      if (!sameValue(previous[field], component[field])) changes.push({ field: `components.${component.id}.${field}`, old: previous[field] ?? null, new: component[field] ?? null, effect: 'changed' });
    }
  }
  return changes;
}
