// Which observations count, and the series the engine computes with. Indexed once per
// run: a plan of 10,000 indicators must not scan its observations 10,000 times.

import type { Measure, Observation } from '../model/types.js';
import { foreignUnit, seriesIdentity, seriesWithin } from '../model/observation-identity.js';

/** What was known when: vintages, --as-of and --year (README, plan files). */
export type VintageRule =
  | { kind: 'all' }
  /** Only observations published on or before the date; newest vintage first. */
  | { kind: 'as-of'; date: string }
  /**
   * As of the day the last figure for `year` was first published (`date`, from
   * `dateOfYear`): observations of years up to `year` known by then.
   */
  | { kind: 'year'; year: number; date: string };

/** The date from which an observation was known: its `published`, else the last day of its year. */
export function knownFrom(observation: Observation): string {
  return observation.published ?? `${observation.year}-12-31`;
}

/**
 * The day the last figure for `year` was first published: for every series with a value
 * for that year, its first release; the latest of those. Later revisions do not move it
 * (they were not known "when the year's figures came out"). Without any figure for the
 * year, its last day.
 */
export function dateOfYear(observations: readonly Observation[], year: number): string {
  const firstRelease = new Map<string, string>();
  for (const observation of observations) {
    if (observation.year !== year) continue;
    const key = seriesIdentity(observation);
    const known = knownFrom(observation);
    const earliest = firstRelease.get(key);
    if (earliest === undefined || known < earliest) firstRelease.set(key, known);
  }
  let date = '';
  for (const known of firstRelease.values()) if (known > date) date = known;
  return date || `${year}-12-31`;
}

export interface SeriesPoint {
  year: number;
  value: number;
  observation: Observation;
}

/** One series of an indicator (series key and price basis): its newest counted vintage of each year, in no order. */
interface Series {
  key: string;
  years: Observation[];
}

export class ObservationIndex {
  /**
   * indicator → its series. Lists rather than maps: an indicator has a series or two and a
   * handful of years, and a plan of 100,000 indicators would hold 200,000 small maps.
   */
  private readonly series = new Map<string, Series[]>();
  /** indicator → every vintage that counts under the rule, for `plan show`: made on first use. */
  private vintages: Map<string, Observation[]> | undefined;

  /** `indicatorUnits`: an observation in its indicator's own unit is no context series. */
  constructor(
    private readonly observations: readonly Observation[],
    private readonly rule: VintageRule,
    indicatorUnits: ReadonlyMap<string, string> = new Map(),
  ) {
    for (const observation of observations) {
      if (!counts(observation, rule)) continue;
      const unit = foreignUnit(observation, indicatorUnits.get(observation.indicator));
      let list = this.series.get(observation.indicator);
      if (!list) this.series.set(observation.indicator, (list = []));
      // Values on different price bases are different series, never vintages of one value.
      const key = observationKey(observation, unit);
      let series = list.find((candidate) => candidate.key === key);
      if (!series) list.push((series = { key, years: [] }));
      const at = series.years.findIndex((existing) => existing.year === observation.year);
      if (at === -1) series.years.push(observation);
      else if (knownFrom(observation) >= knownFrom(series.years[at]!)) series.years[at] = observation;
    }
  }

  /**
   * The computed-with series of an indicator: one point a year, oldest first. Values in
   * another unit than the indicator's (a context series) are never part of it.
   */
  points(indicator: string, measure: Measure, component?: string): SeriesPoint[] {
    return this.basisSeries(indicator, seriesWithin(component, measure, undefined));
  }

  /**
   * One series on one price basis: real where any value is stated real (growth targets
   * are read at comparable prices), else nominal; a year whose value states no basis joins
   * it, and a year known only on the other basis stays a gap (like with like).
   */
  private basisSeries(indicator: string, key: string): SeriesPoint[] {
    const list = this.series.get(indicator);
    if (!list) return [];
    const keys = basisKeys(key);
    const find = (wanted: string): Series | undefined => list.find((candidate) => candidate.key === wanted);
    const stated = find(keys.real) ?? find(keys.nominal);
    const unstated = find(keys.unstated);
    let years: Observation[];
    if (!stated) years = unstated ? unstated.years : [];
    else if (!unstated) years = stated.years;
    else {
      // A stated value replaces an unstated one of the same year.
      const statedYears = new Set(stated.years.map((observation) => observation.year));
      years = [...unstated.years.filter((observation) => !statedYears.has(observation.year)), ...stated.years];
    }
    // Years are usually recorded in order: sorted only when they are not (a series' own list
    // may be sorted in place: its order means nothing else).
    if (!inYearOrder(years)) years.sort((a, b) => a.year - b.year);
    return years.map((observation) => ({ year: observation.year, value: observation.value, observation }));
  }

  /** A series recorded in another unit than the indicator's (a declared context series). */
  pointsInUnit(indicator: string, measure: Measure, unit: string): SeriesPoint[] {
    return this.basisSeries(indicator, seriesWithin(undefined, measure, unit));
  }

  /** Every counted observation of an indicator, all series and vintages, for display. */
  all(indicator: string): Observation[] {
    if (!this.vintages) {
      this.vintages = new Map();
      for (const observation of this.observations) {
        if (!counts(observation, this.rule)) continue;
        let list = this.vintages.get(observation.indicator);
        if (!list) this.vintages.set(observation.indicator, (list = []));
        list.push(observation);
      }
    }
    return [...(this.vintages.get(indicator) ?? [])].sort(
      (a, b) => a.year - b.year || compareText(a.measure ?? 'level', b.measure ?? 'level') || compareText(knownFrom(a), knownFrom(b)),
    );
  }
}

const BASIS_KEYS = new Map<string, { real: string; nominal: string; unstated: string }>();

/** A series key on each price basis, made once for each key. */
function basisKeys(key: string): { real: string; nominal: string; unstated: string } {
  let keys = BASIS_KEYS.get(key);
  if (!keys) BASIS_KEYS.set(key, (keys = { real: `${key}|real`, nominal: `${key}|nominal`, unstated: `${key}|` }));
  return keys;
}

function inYearOrder(observations: readonly Observation[]): boolean {
  for (let i = 1; i < observations.length; i++) if (observations[i]!.year < observations[i - 1]!.year) return false;
  return true;
}

const LEVEL_KEY = `${seriesWithin(undefined, 'level', undefined)}|`;
const RATE_KEY = `${seriesWithin(undefined, 'rate', undefined)}|`;

/** The series key and price basis of an observation, as `${seriesWithin(…)}|${basis}`; the two common ones without making a string. */
function observationKey(observation: Observation, foreignUnit: string | undefined): string {
  if (observation.component === undefined && foreignUnit === undefined && observation.basis === undefined) {
    const measure = observation.measure ?? 'level';
    if (measure === 'level') return LEVEL_KEY;
    if (measure === 'rate') return RATE_KEY;
  }
  return `${seriesWithin(observation.component, observation.measure ?? 'level', foreignUnit)}|${observation.basis ?? ''}`;
}

/** Code-unit order: enough for ISO dates and enum words, and far cheaper than localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function counts(observation: Observation, rule: VintageRule): boolean {
  if (rule.kind === 'as-of') return knownFrom(observation) <= rule.date;
  if (rule.kind === 'year') return observation.year <= rule.year && knownFrom(observation) <= rule.date;
  return true;
}


