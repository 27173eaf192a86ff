// Two versions of a plan → what changed, as data. Pure: no files, no git, no terminal.
// Every change to a target is judged in the indicator's direction: a change that makes
// the target harder to meet is `tightened`, easier `loosened`, and one that cannot be
// ranked (a new kind, another base year, a reworded quote) is `changed`.

import { settingsOf } from '../model/settings.js';
import { attributeEffect, componentChanges, targetChanges } from './target-changes.js';
import type { Effect, FieldChange, Side } from './change.js';
import { sameValue } from './values.js';
import { vintageIdentity, yearIdentity } from '../model/observation-identity.js';
import type { Attribute, Indicator, Measure, PriceBasis, Observation, Plan, PlanHeader, PlanRevision, Text } from '../model/types.js';

export type { Effect, FieldChange } from './change.js';

export interface IndicatorSummary {
  id: string;
  no: number | null;
  name: Text;
  attribute: Attribute | null;
  section: string;
}

export interface Rename {
  old: string;
  new: string;
  /** What tied the two together: the same quote and section, the same target (unit, direction) and section, or the same row number and section. */
  matchedBy: 'quote' | 'target' | 'no';
}

export interface IndicatorChange {
  /** The id in the new plan. */
  id: string;
  /** The id in the old plan, when the indicator was renamed. */
  previousId?: string;
  /** Binding on either side: a loosening of it breaks `--fail-on loosened`. */
  binding: boolean;
  changes: FieldChange[];
}

export interface ObservationKey {
  indicator: string;
  component?: string;
  measure: Measure;
  unit?: string;
  basis?: PriceBasis;
  year: number;
  published: string | null;
}

export interface ObservationEntry extends ObservationKey {
  value: number;
  source: string;
  /** Added: another publication of a year already observed (revised statistics, properly dated). */
  vintage?: boolean;
}

export interface ObservationRevision extends ObservationKey {
  old: number;
  new: number;
  /** Fields that differ: `value`, `source`, `url`, … */
  fields: string[];
  /** A different value under the same year and publication date: a revision should carry its own `published`. */
  suspicious: boolean;
}

export interface RevisionState {
  old: number;
  new: number;
  bumped: boolean;
  /** The new plan lists an entry for its revision that the old one did not have. */
  entryAdded: boolean;
  entries: PlanRevision[];
}

export interface LoosenedBinding {
  id: string;
  /** The loosened fields, or `removed` for a binding indicator taken out of the plan. */
  fields: string[];
}

export interface DiffSummary {
  indicatorsAdded: number;
  indicatorsRemoved: number;
  indicatorsRenamed: number;
  indicatorsChanged: number;
  tightened: number;
  loosened: number;
  changed: number;
  observationsAdded: number;
  observationsRemoved: number;
  observationsRevised: number;
  suspiciousRevisions: number;
  /** Binding targets made easier to meet (or removed). */
  loosenedBinding: LoosenedBinding[];
  /** Indicators whose target, attribute, direction, unit or baseline changed, or that were added or removed. */
  targetsChanged: string[];
  /** Targets or baselines changed (here or in the plan header) and the revision was not bumped. */
  unrevised: boolean;
}

export interface DiffResult {
  plan: { changes: FieldChange[] };
  indicators: {
    added: IndicatorSummary[];
    removed: IndicatorSummary[];
    renamed: Rename[];
    changed: IndicatorChange[];
  };
  observations: {
    added: ObservationEntry[];
    removed: ObservationEntry[];
    revised: ObservationRevision[];
  };
  revision: RevisionState;
  summary: DiffSummary;
}

export function comparePlans(oldPlan: Plan, newPlan: Plan): DiffResult {
  const oldSettings = settingsOf(oldPlan.header);
  const newSettings = settingsOf(newPlan.header);
  const planChanges = headerChanges(oldPlan.header, newPlan.header);

  const oldById = new Map(oldPlan.indicators.map((indicator) => [indicator.id, indicator]));
  const newById = new Map(newPlan.indicators.map((indicator) => [indicator.id, indicator]));
  const renamed = findRenames(
    oldPlan.indicators.filter((indicator) => !newById.has(indicator.id)),
    newPlan.indicators.filter((indicator) => !oldById.has(indicator.id)),
  );
  const oldIdOf = new Map(renamed.map((rename) => [rename.new, rename.old]));
  const newIdOf = new Map(renamed.map((rename) => [rename.old, rename.new]));

  const added = newPlan.indicators.filter((indicator) => !oldById.has(indicator.id) && !oldIdOf.has(indicator.id)).map(summarize);
  const removed = oldPlan.indicators.filter((indicator) => !newById.has(indicator.id) && !newIdOf.has(indicator.id)).map(summarize);

  const changed: IndicatorChange[] = [];
  for (const after of newPlan.indicators) {
    const previousId = oldIdOf.get(after.id);
    const before = oldById.get(previousId ?? after.id);
    if (!before) continue;
    const changes = indicatorChanges(before, after, { header: oldPlan.header, settings: oldSettings }, { header: newPlan.header, settings: newSettings });
    if (changes.length === 0) continue;
    changed.push({
      id: after.id,
      ...(previousId ? { previousId } : {}),
      binding: before.attribute === 'binding' || after.attribute === 'binding',
      changes,
    });
  }

  const observations = compareObservations(oldPlan.observations, newPlan.observations, newIdOf);
  const revision = revisionState(oldPlan.header, newPlan.header);

  const loosenedBinding: LoosenedBinding[] = [
    ...changed
      .filter((change) => change.binding && change.changes.some((field) => field.effect === 'loosened'))
      .map((change) => ({ id: change.id, fields: change.changes.filter((field) => field.effect === 'loosened').map((field) => field.field) })),
    ...removed.filter((indicator) => indicator.attribute === 'binding').map((indicator) => ({ id: indicator.id, fields: ['removed'] })),
  ];
  const targetsChanged = [
    ...changed.filter((change) => change.changes.some((field) => isSubstantive(field.field))).map((change) => change.id),
    ...added.map((indicator) => indicator.id),
    ...removed.map((indicator) => indicator.id),
  ];
  const planSubstantive = planChanges.some((change) => SUBSTANTIVE_HEADER_FIELDS.some((prefix) => change.field.startsWith(prefix)));
  const fieldChanges = changed.flatMap((change) => change.changes);
  const count = (effect: Effect): number => fieldChanges.filter((change) => change.effect === effect).length;

  return {
    plan: { changes: planChanges },
    indicators: { added, removed, renamed, changed },
    observations,
    revision,
    summary: {
      indicatorsAdded: added.length,
      indicatorsRemoved: removed.length,
      indicatorsRenamed: renamed.length,
      indicatorsChanged: changed.length,
      tightened: count('tightened'),
      loosened: count('loosened'),
      changed: count('changed'),
      observationsAdded: observations.added.length,
      observationsRemoved: observations.removed.length,
      observationsRevised: observations.revised.length,
      suspiciousRevisions: observations.revised.filter((revised) => revised.suspicious).length,
      loosenedBinding,
      targetsChanged,
      unrevised: (targetsChanged.length > 0 || planSubstantive) && !revision.bumped,
    },
  };
}

/** Fields of an indicator whose change is a change of what the plan commits to. */
function isSubstantive(field: string): boolean {
  return ['target', 'baseline', 'components'].some((prefix) => field === prefix || field.startsWith(`${prefix}.`)) || ['attribute', 'direction', 'unit'].includes(field);
}

/** Header fields that move every target: the period, the base year, the tolerances and path. */
const SUBSTANTIVE_HEADER_FIELDS = ['period.', 'baseYear', 'defaults.'];

function summarize(indicator: Indicator): IndicatorSummary {
  return { id: indicator.id, no: indicator.no ?? null, name: indicator.name, attribute: indicator.attribute ?? null, section: indicator.section };
}

// ---------------------------------------------------------------------------------------
// Renames: an id gone from the old plan and a new id in the new one that are the same row.

function findRenames(gone: Indicator[], arrived: Indicator[]): Rename[] {
  const renames: Rename[] = [];
  const taken = new Set<Indicator>();
  const rules: [Rename['matchedBy'], (a: Indicator, b: Indicator) => boolean][] = [
    ['quote', (a, b) => a.section === b.section && a.quote === b.quote],
    ['target', (a, b) => a.section === b.section && a.unit === b.unit && a.direction === b.direction && sameValue(a.target, b.target)],
    ['no', (a, b) => a.no !== undefined && a.no === b.no && a.section === b.section],
  ];
  const matched = new Set<Indicator>();
  for (const [matchedBy, same] of rules) {
    for (const before of gone) {
      if (matched.has(before)) continue;
      const after = arrived.find((candidate) => !taken.has(candidate) && same(before, candidate));
      if (!after) continue;
      matched.add(before);
      taken.add(after);
      renames.push({ old: before.id, new: after.id, matchedBy });
    }
  }
  return renames;
}

// ---------------------------------------------------------------------------------------
// One indicator, before and after.


function indicatorChanges(before: Indicator, after: Indicator, oldSide: Side, newSide: Side): FieldChange[] {
  const changes: FieldChange[] = [];
  const attribute = attributeEffect(before.attribute, after.attribute);
  if (attribute) changes.push({ field: 'attribute', old: before.attribute ?? null, new: after.attribute ?? null, effect: attribute });
  for (const field of ['direction', 'unit'] as const) {
    if (before[field] !== after[field]) changes.push({ field, old: before[field], new: after[field], effect: 'changed' });
  }
  changes.push(...targetChanges(before, after, oldSide, newSide));
  changes.push(...componentChanges(before.components ?? [], after.components ?? []));
  changes.push(...plainChanges('baseline', before.baseline, after.baseline));
  for (const field of ['no', 'section', 'quote', 'description'] as const) {
    if (!sameValue(before[field], after[field])) changes.push({ field, old: before[field] ?? null, new: after[field] ?? null, effect: 'changed' });
  }
  changes.push(...plainChanges('name', before.name, after.name));
  if (!sameValue(before.restatedIn, after.restatedIn)) changes.push({ field: 'restatedIn', old: before.restatedIn ?? null, new: after.restatedIn ?? null, effect: 'changed' });
  return changes;
}

/** Field-by-field changes of a plain record (a baseline, a name); all `changed`. */
function plainChanges(prefix: string, before: object | undefined, after: object | undefined): FieldChange[] {
  if (sameValue(before, after)) return [];
  if (before === undefined || after === undefined) return [{ field: prefix, old: before ?? null, new: after ?? null, effect: 'changed' }];
  const oldFields = before as Record<string, unknown>;
  const newFields = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(oldFields), ...Object.keys(newFields)])];
  return keys
    .filter((key) => !sameValue(oldFields[key], newFields[key]))
    .map((key) => ({ field: `${prefix}.${key}`, old: oldFields[key] ?? null, new: newFields[key] ?? null, effect: 'changed' as const }));
}

// ---------------------------------------------------------------------------------------
// The plan header and its revision.

function headerChanges(before: PlanHeader, after: PlanHeader): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (field: string, oldValue: unknown, newValue: unknown, effect: Effect = 'changed'): void => {
    if (!sameValue(oldValue, newValue)) changes.push({ field, old: oldValue ?? null, new: newValue ?? null, effect });
  };
  push('id', before.id, after.id);
  for (const lang of new Set([...Object.keys(before.title), ...Object.keys(after.title)])) push(`title.${lang}`, before.title[lang], after.title[lang]);
  push('period.start', before.period.start, after.period.start);
  push('period.end', before.period.end, after.period.end, after.period.end > before.period.end ? 'loosened' : 'tightened');
  push('baseYear', before.baseYear, after.baseYear);
  push('adopted', before.adopted, after.adopted);
  const oldSettings = settingsOf(before);
  const newSettings = settingsOf(after);
  const widerIsLooser = (oldValue: number, newValue: number): Effect => (newValue > oldValue ? 'loosened' : 'tightened');
  push('defaults.approxTolerance', oldSettings.approxTolerance, newSettings.approxTolerance, widerIsLooser(oldSettings.approxTolerance, newSettings.approxTolerance));
  push('defaults.inStepTolerance', oldSettings.inStepTolerance, newSettings.inStepTolerance, widerIsLooser(oldSettings.inStepTolerance, newSettings.inStepTolerance));
  push('defaults.path', oldSettings.path, newSettings.path);
  push('defaults.thresholds.onTrack', oldSettings.onTrack, newSettings.onTrack);
  push('defaults.thresholds.atRisk', oldSettings.atRisk, newSettings.atRisk);
  return changes;
}

function revisionState(before: PlanHeader, after: PlanHeader): RevisionState {
  const known = new Set(before.revisions.map((entry) => entry.revision));
  const entries = after.revisions.filter((entry) => !known.has(entry.revision));
  return {
    old: before.revision,
    new: after.revision,
    bumped: after.revision > before.revision,
    entryAdded: entries.some((entry) => entry.revision === after.revision),
    entries,
  };
}

// ---------------------------------------------------------------------------------------
// Observations: matched on indicator, component, measure, unit, year and publication date
// (the key under which the loader refuses a duplicate).

function compareObservations(before: Observation[], after: Observation[], newIdOf: ReadonlyMap<string, string>): DiffResult['observations'] {
  const renamedBefore = before.map((observation) => {
    const id = newIdOf.get(observation.indicator);
    return id ? { ...observation, indicator: id } : observation;
  });
  const oldByKey = groupBy(renamedBefore, observationKey);
  const newByKey = groupBy(after, observationKey);
  const oldYears = new Set(renamedBefore.map(yearKey));

  const added: ObservationEntry[] = [];
  const revised: ObservationRevision[] = [];
  for (const [key, group] of newByKey) {
    const previous = oldByKey.get(key) ?? [];
    group.forEach((observation, index) => {
      const counterpart = previous[index];
      if (!counterpart) {
        const vintage = oldYears.has(yearKey(observation)) && !previous.length;
        added.push({ ...entryOf(observation), ...(vintage ? { vintage: true } : {}) });
        return;
      }
      const fields = OBSERVATION_FIELDS.filter((field) => !sameValue(counterpart[field], observation[field]));
      if (fields.length === 0) return;
      revised.push({ ...keyOf(observation), old: counterpart.value, new: observation.value, fields, suspicious: fields.includes('value') });
    });
  }
  const removed: ObservationEntry[] = [];
  for (const [key, group] of oldByKey) {
    const remaining = newByKey.get(key)?.length ?? 0;
    removed.push(...group.slice(remaining).map(entryOf));
  }
  return { added, removed, revised };
}

const OBSERVATION_FIELDS = ['value', 'source', 'url', 'note', 'approx', 'quality'] as const;

function keyOf(observation: Observation): ObservationKey {
  return {
    indicator: observation.indicator,
    ...(observation.component !== undefined ? { component: observation.component } : {}),
    measure: observation.measure ?? 'level',
    ...(observation.unit !== undefined ? { unit: observation.unit } : {}),
    ...(observation.basis !== undefined ? { basis: observation.basis } : {}),
    year: observation.year,
    published: observation.published ?? null,
  };
}

function entryOf(observation: Observation): ObservationEntry {
  return { ...keyOf(observation), value: observation.value, source: observation.source };
}

// Keyed as written (a unit repeating the indicator's own counts as written: the two revisions
// are compared as the files hold them).
type Keyed = Parameters<typeof vintageIdentity>[0];
const yearKey = (observation: Keyed): string => yearIdentity(observation);
export const observationKey = (observation: Keyed): string => vintageIdentity(observation);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------
