// Checks of meaning across the whole plan, after every file passed its schema: unique
// ids, references that resolve, years that make sense, comparators that agree with the
// direction. Each finding carries the origin of the item it concerns.

import { targetYear } from '../model/target-years.js';
import { kindOf } from '../kinds/registry.js';
import { foreignUnit, seriesIdentity } from '../model/observation-identity.js';
import { originAt } from './origins.js';
import { DEFAULT_LANGUAGES, type Indicator, type Observation, type Origin, type Plan } from '../model/types.js';
import type { PendingFinding } from '../model/findings.js';
import { suggestions } from '../util/suggest.js';

export interface MeaningFinding {
  origin: Origin;
  finding: PendingFinding;
}

/** An item of one of the plan's lists at its place, whose origin is made only if a finding needs it. */
class Place {
  item: object = {};
  place = 0;

  constructor(readonly origins: ReadonlyMap<object, Origin>) {}

  at(item: object, place: number): this {
    this.item = item;
    this.place = place;
    return this;
  }
}

type Where = Origin | Place;

/** Years this far outside the period are almost surely typos (2205 for 2025). */
const YEAR_SLACK = 50;

export function checkMeaning(plan: Plan, planFile: string): MeaningFinding[] {
  const out: MeaningFinding[] = [];
  const header = plan.header;
  const root: Origin = { file: planFile, path: [] };
  const add = (where: Where, finding: PendingFinding): void => {
    out.push({ origin: where instanceof Place ? originAt(where.origins, where.item, where.place)! : where, finding });
  };
  const { start, end } = header.period;

  if (start > end) add(root, { code: 'PERIOD_INVALID', path: ['period'], args: { start, end } });
  if (header.baseYear > start) add(root, { code: 'BASE_YEAR_INVALID', path: ['baseYear'], args: { baseYear: header.baseYear, start } });
  checkDate(header.adopted, ['adopted'], root, add);
  const own = (header.languages ?? DEFAULT_LANGUAGES)[0]!;
  if (!(own in header.title)) add(root, { code: 'LANGUAGE_MISSING', path: ['title'], args: { field: 'title', language: own } });
  const listed = header.revisions.map((entry) => entry.revision);
  if (!listed.includes(header.revision)) add(root, { code: 'REVISION_UNLISTED', path: ['revision'], args: { revision: header.revision } });
  header.revisions.forEach((entry, index) => {
    checkDate(entry.date, ['revisions', index, 'date'], root, add);
    const previous = header.revisions[index - 1];
    if (previous && (entry.revision <= previous.revision || entry.date < previous.date)) {
      add(root, {
        code: 'REVISIONS_ORDER',
        path: ['revisions', index],
        args: { revision: entry.revision, date: entry.date, previous: previous.revision, previousDate: previous.date },
      });
    }
  });

  const byId = new Map<string, Indicator>();
  // An item's origin is made only for a finding, from its place in the list (origins.ts).
  const indicators = plan.indicators;
  const origin = new Place(plan.origins.indicators);
  for (let place = 0; place < indicators.length; place++) {
    const indicator = indicators[place]!;
    origin.at(indicator, place);
    const first = byId.get(indicator.id);
    if (first) {
      const firstOrigin = plan.origins.indicators.get(first)!;
      add(origin, { code: 'ID_DUPLICATE', path: ['id'], args: { id: indicator.id, firstFile: firstOrigin.file } });
      continue;
    }
    byId.set(indicator.id, indicator);
  }

  for (let place = 0; place < indicators.length; place++) {
    const indicator = indicators[place]!;
    checkIndicator(indicator, origin.at(indicator, place), plan, byId, add);
  }

  const seenObservations = new SeenVintages();
  const firstDays = new Map<number, string>();
  const observations = plan.observations;
  const observationOrigin = new Place(plan.origins.observations);
  for (let place = 0; place < observations.length; place++) {
    const observation = observations[place]!;
    const origin = observationOrigin.at(observation, place);
    const indicator = byId.get(observation.indicator);
    if (!indicator) {
      add(origin, { code: 'INDICATOR_UNKNOWN', path: ['indicator'], args: { id: observation.indicator, use: 'entry', suggestions: suggestions(observation.indicator, [...byId.keys()]) } });
      continue;
    }
    if (observation.component !== undefined) {
      if (!indicator.components?.some((component) => component.id === observation.component)) {
        add(origin, { code: 'COMPONENT_UNKNOWN', path: ['component'], args: { indicator: indicator.id, component: observation.component } });
      }
    } else if (indicator.components?.length) {
      add(origin, { code: 'COMPONENT_REQUIRED', path: [], args: { indicator: indicator.id, components: indicator.components.map((component) => component.id) } });
    }
    const declared = observation.unit === undefined || observation.unit === indicator.unit || indicator.context?.some((series) => series.unit === observation.unit);
    if (!declared) {
      add(origin, { code: 'OBSERVATION_UNIT', path: ['unit'], args: { indicator: indicator.id, unit: indicator.unit, observed: observation.unit! } });
    }
    if (observation.measure === 'rate' && observation.unit === undefined) {
      const impossible = kindOf(indicator.target).impossibleRate(indicator.target, observation.value);
      if (impossible) add(origin, { code: 'VALUE_IMPOSSIBLE', path: ['value'], args: impossible });
    }
    if (observation.year < start - YEAR_SLACK || observation.year > end + YEAR_SLACK) {
      add(origin, { code: 'YEAR_OUT_OF_RANGE', path: ['year'], args: { year: observation.year, start, end } });
    }
    if (observation.published !== undefined) {
      checkDate(observation.published, ['published'], origin, add);
      let firstDay = firstDays.get(observation.year);
      if (firstDay === undefined) firstDays.set(observation.year, (firstDay = `${observation.year}-01-01`));
      if (observation.published < firstDay) {
        add(origin, { code: 'OBSERVATION_PUBLISHED_EARLY', path: ['published'], args: { year: observation.year, published: observation.published } });
      }
    }
    if (seenObservations.add(observation, indicator, indicator.unit)) {
      add(origin, {
        code: 'OBSERVATION_DUPLICATE',
        path: [],
        args: {
          indicator: observation.indicator,
          ...(observation.component ? { component: observation.component } : {}),
          measure: observation.measure ?? 'level',
          year: observation.year,
          ...(observation.published ? { published: observation.published } : {}),
        },
      });
    }
  }

  const judgements = plan.judgements;
  const judgementOrigin = new Place(plan.origins.judgements);
  for (let place = 0; place < judgements.length; place++) {
    const judgement = judgements[place]!;
    const origin = judgementOrigin.at(judgement, place);
    const indicator = byId.get(judgement.indicator);
    checkDate(judgement.date, ['date'], origin, add);
    if (!indicator) add(origin, { code: 'INDICATOR_UNKNOWN', path: ['indicator'], args: { id: judgement.indicator, use: 'entry', suggestions: suggestions(judgement.indicator, [...byId.keys()]) } });
    else if (!kindOf(indicator.target).judged) {
      add(origin, { code: 'JUDGEMENT_NOT_MILESTONE', path: ['indicator'], args: { indicator: judgement.indicator, kind: indicator.target.kind } });
    }
  }
  return out;
}

function checkIndicator(
  indicator: Indicator,
  origin: Where,
  plan: Plan,
  byId: Map<string, Indicator>,
  add: (origin: Where, finding: PendingFinding) => void,
): void {
  const { start, end } = plan.header.period;
  const target = indicator.target;
  const year = targetYear(target, plan.header);
  if (year < start || year > end + YEAR_SLACK) {
    add(origin, { code: 'TARGET_YEAR_INVALID', path: ['target', 'year'], args: { year, start, end } });
  }
  if (indicator.baseline && indicator.baseline.year > start) {
    add(origin, { code: 'BASELINE_AFTER_PERIOD', path: ['baseline', 'year'], args: { year: indicator.baseline.year, start } });
  }
  if ('baseYear' in target && target.baseYear !== undefined && target.baseYear >= year) {
    add(origin, { code: 'BASE_YEAR_AFTER_TARGET', path: ['target', 'baseYear'], args: { baseYear: target.baseYear, year } });
  }
  const componentIds = new Set<string>();
  indicator.components?.forEach((component, index) => {
    if (componentIds.has(component.id)) add(origin, { code: 'COMPONENT_DUPLICATE', path: ['components', index, 'id'], args: { component: component.id } });
    componentIds.add(component.id);
  });
  for (const finding of kindOf(target).check(indicator, target, { plan, byId })) add(origin, finding);
  const annualSeen = new Set<string>();
  indicator.annual?.forEach((entry, index) => {
    if (entry.year < start || entry.year > end) {
      add(origin, { code: 'ANNUAL_YEAR_INVALID', path: ['annual', index, 'year'], args: { year: entry.year, start, end } });
    }
    const key = `${entry.year}|${entry.measure ?? ''}`;
    if (annualSeen.has(key)) add(origin, { code: 'ANNUAL_DUPLICATE', path: ['annual', index], args: { indicator: indicator.id, year: entry.year } });
    annualSeen.add(key);
  });
  const own = (plan.header.languages ?? DEFAULT_LANGUAGES)[0]!;
  if (!(own in indicator.name)) add(origin, { code: 'LANGUAGE_MISSING', path: ['name'], args: { field: 'name', language: own } });
}

const EARLIEST_DATE = '1900-01-01';
const LATEST_DATE = '2200-12-31';

function checkDate(date: string, path: (string | number)[], origin: Where, add: (origin: Where, finding: PendingFinding) => void): void {
  if (date < EARLIEST_DATE || date > LATEST_DATE) {
    add(origin, { code: 'DATE_OUT_OF_RANGE', path, args: { date, earliest: EARLIEST_DATE, latest: LATEST_DATE } });
  }
}

/**
 * The vintages seen so far, answering as a set of `vintageIdentity` strings would, without
 * a string for each observation of a large plan: a series named by its indicator alone
 * (no component, unit or basis, the level measure: nearly all) is looked up by the id, and
 * a year with a YYYY-MM-DD publication date (or none) is one number. Anything else is
 * keyed by the identity itself.
 */
export class SeenVintages {
  private readonly plainSeries = new Map<unknown, Set<number | string>>();
  private readonly otherSeries = new Map<string, Set<number | string>>();

  /**
   * Records the observation's vintage; true when it had been recorded before. `indicator`:
   * what stands for its indicator (the indicator itself, one object for one id, is found
   * faster than its id).
   */
  add(observation: Observation, indicator: unknown = observation.indicator, indicatorUnit?: string): boolean {
    const plain = (observation.component ?? '') === '' && foreignUnit(observation, indicatorUnit) === undefined && (observation.basis ?? '') === '' && (observation.measure ?? 'level') === 'level';
    const identity = plain ? '' : seriesIdentity(observation, indicatorUnit);
    let seen = plain ? this.plainSeries.get(indicator) : this.otherSeries.get(identity);
    if (!seen) {
      seen = new Set();
      if (plain) this.plainSeries.set(indicator, seen);
      else this.otherSeries.set(identity, seen);
    }
    const key = vintageKey(observation.year, observation.published);
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  }
}

/** The year and publication date as one number where they fit, else as the text `vintageIdentity` ends with. */
function vintageKey(year: number, published: string | undefined): number | string {
  const date = published ?? '';
  if (Number.isInteger(year) && year >= 0 && year < 1e6) {
    if (date === '') return year * 1e9;
    if (isIsoDate(date)) return year * 1e9 + 1 + dateNumber(date);
  }
  return `${year}|${date}`;
}

function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  for (let at = 0; at < 10; at++) {
    const code = text.charCodeAt(at);
    if (at !== 4 && at !== 7 && (code < 48 || code > 57)) return false;
  }
  return true;
}

/** YYYY-MM-DD as the number YYYYMMDD. */
function dateNumber(text: string): number {
  let value = 0;
  for (let at = 0; at < 10; at++) if (at !== 4 && at !== 7) value = value * 10 + (text.charCodeAt(at) - 48);
  return value;
}
