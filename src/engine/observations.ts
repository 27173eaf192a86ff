// Which observations count, and the series the engine computes with. Indexed once per
// run: a plan of 10,000 indicators must not scan its observations 10,000 times.

import type { Measure, Observation } from '../model/types.js';

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
    const key = `${observation.indicator}|${seriesKey(observation.component, observation.measure ?? 'level', observation.unit)}`;
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

export class ObservationIndex {
  /** indicator → series key → year → newest counted vintage. */
  private readonly series = new Map<string, Map<string, Map<number, Observation>>>();
  /** indicator → every vintage that counts under the rule, for `plan show`. */
  private readonly vintages = new Map<string, Observation[]>();

  /** `indicatorUnits`: an observation in its indicator's own unit is no context series. */
  constructor(observations: readonly Observation[], rule: VintageRule, indicatorUnits: ReadonlyMap<string, string> = new Map()) {
    for (const observation of observations) {
      if (!counts(observation, rule)) continue;
      const foreignUnit = observation.unit !== undefined && observation.unit !== indicatorUnits.get(observation.indicator) ? observation.unit : undefined;
      let list = this.vintages.get(observation.indicator);
      if (!list) this.vintages.set(observation.indicator, (list = []));
      list.push(observation);
      let byKey = this.series.get(observation.indicator);
      if (!byKey) this.series.set(observation.indicator, (byKey = new Map()));
      // Values on different price bases are different series, never vintages of one value.
      const key = `${seriesKey(observation.component, observation.measure ?? 'level', foreignUnit)}|${observation.basis ?? ''}`;
      let byYear = byKey.get(key);
      if (!byYear) byKey.set(key, (byYear = new Map()));
      const existing = byYear.get(observation.year);
      if (!existing || knownFrom(observation) >= knownFrom(existing)) byYear.set(observation.year, observation);
    }
  }

  /**
   * The computed-with series of an indicator: one point a year, oldest first. Values in
   * another unit than the indicator's (a context series) are never part of it.
   */
  points(indicator: string, measure: Measure, component?: string): SeriesPoint[] {
    return this.basisSeries(indicator, seriesKey(component, measure, undefined));
  }

  /**
   * One series on one price basis: real where any value is stated real (growth targets
   * are read at comparable prices), else nominal; a year whose value states no basis joins
   * it, and a year known only on the other basis stays a gap (like with like).
   */
  private basisSeries(indicator: string, key: string): SeriesPoint[] {
    const byKey = this.series.get(indicator);
    if (!byKey) return [];
    const stated = byKey.get(`${key}|real`) ?? byKey.get(`${key}|nominal`);
    const unstated = byKey.get(`${key}|`);
    const byYear = new Map(unstated);
    for (const [year, observation] of stated ?? []) byYear.set(year, observation);
    return [...byYear.values()].sort((a, b) => a.year - b.year).map((observation) => ({ year: observation.year, value: observation.value, observation }));
  }

  /** A series recorded in another unit than the indicator's (a declared context series). */
  pointsInUnit(indicator: string, measure: Measure, unit: string): SeriesPoint[] {
    return this.basisSeries(indicator, seriesKey(undefined, measure, unit));
  }

  /** Every counted observation of an indicator, all series and vintages, for display. */
  all(indicator: string): Observation[] {
    return [...(this.vintages.get(indicator) ?? [])].sort(
      (a, b) => a.year - b.year || compareText(a.measure ?? 'level', b.measure ?? 'level') || compareText(knownFrom(a), knownFrom(b)),
    );
  }
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

function seriesKey(component: string | undefined, measure: Measure, unit: string | undefined): string {
  return `${component ?? ''}|${measure}|${unit ?? ''}`;
}
