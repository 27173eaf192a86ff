// The embedded Shanghai plan against the outline itself: every quote occurs in the seed
// text, every target's number occurs in its quote, and the main table is whole.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Indicator, Plan } from '../../src/model/types.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../../src/util/package-paths.js';

const SEED = join(PACKAGE_ROOT, '..', 'shared', 'seed', 'shanghai-14th-fyp-outline.txt');
const seedAvailable = existsSync(SEED);
const stripSpace = (text: string): string => text.replace(/\s+/g, '');

function embeddedPlan(): Plan {
  const loaded = loadPlan(EMBEDDED_PLAN);
  expect(loaded.findings).toEqual([]);
  return loaded.plan!;
}

/** How the outline writes a number: digits, or the words it uses for multiples and totals. */
const NUMBER_WORDS: Record<string, number[]> = {
  翻一番: [2],
  倍增: [2],
  翻两番: [4],
  全覆盖: [100],
  千亿级: [1000],
  '泽（Z）级': [1],
  '1/3': [33.3],
};

function numbersIn(quote: string): number[] {
  const numbers = [...quote.replace(/,/g, '').matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
  for (const [word, values] of Object.entries(NUMBER_WORDS)) if (quote.includes(word)) numbers.push(...values);
  return numbers;
}

function targetNumber(indicator: Indicator): number | null {
  const target = indicator.target;
  if (target.kind === 'factor') return target.factor;
  if ('value' in target && typeof target.value === 'number') return target.value;
  return null;
}

describe('the embedded Shanghai plan', () => {
  it('validates without findings', () => {
    embeddedPlan();
  });

  it.skipIf(!seedAvailable)('quotes every phrase verbatim from the outline (white space aside)', () => {
    const seed = stripSpace(readFileSync(SEED, 'utf8'));
    const plan = embeddedPlan();
    const missing: string[] = [];
    for (const indicator of plan.indicators) {
      const quotes = [indicator.quote, indicator.baseline?.quote, ...(indicator.restatedIn ?? []).map((passage) => passage.quote)];
      for (const quote of quotes) if (quote !== undefined && !seed.includes(stripSpace(quote))) missing.push(`${indicator.id}: ${quote}`);
    }
    expect(missing).toEqual([]);
  });

  it('holds each target number in its quote', () => {
    const plan = embeddedPlan();
    const mismatched = plan.indicators
      .filter((indicator) => targetNumber(indicator) !== null)
      .filter((indicator) => !numbersIn(indicator.quote).includes(targetNumber(indicator)!))
      .map((indicator) => `${indicator.id}: ${targetNumber(indicator)} not in 「${indicator.quote}」`);
    expect(mismatched).toEqual([]);
  });

  it('has all 20 rows of the main table with their attributes', () => {
    const plan = embeddedPlan();
    const rows = new Map<number, Indicator[]>();
    for (const indicator of plan.indicators) if (indicator.no !== undefined) rows.set(indicator.no, [...(rows.get(indicator.no) ?? []), indicator]);
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    const bindingRows = [...rows].filter(([, indicators]) => indicators.every((indicator) => indicator.attribute === 'binding')).map(([no]) => no);
    const expectedRows = [...rows].filter(([, indicators]) => indicators.every((indicator) => indicator.attribute === 'expected')).map(([no]) => no);
    expect(bindingRows.sort((a, b) => a - b)).toEqual([12, 14, 15, 16, 17, 18, 19, 20]);
    expect(expectedRows).toHaveLength(12);
    for (const indicators of rows.values()) for (const indicator of indicators) expect(indicator.section).toBe('2.3');
  });

  it('encodes the main table targets the outline states', () => {
    const plan = embeddedPlan();
    const byId = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
    expect(byId.get('gdp-growth')!.target).toMatchObject({ kind: 'average-growth', comparator: 'approx', value: 5, observe: 'rate' });
    expect(byId.get('land-productivity-growth')!.target).toMatchObject({ kind: 'cumulative-growth', value: 20 });
    expect(byId.get('regional-headquarters')!.target).toMatchObject({ kind: 'level', comparator: '>=', value: 1000 });
    expect(byId.get('income-growth')!.target).toMatchObject({ kind: 'in-step-with', indicator: 'gdp-growth' });
    expect(byId.get('old-housing-renovation-block')!.target).toMatchObject({ kind: 'cumulative-sum', value: 110 });
    expect(byId.get('old-housing-renovation-scattered')!.target).toMatchObject({ kind: 'cumulative-sum', value: 20 });
    expect(byId.get('energy-intensity-reduction')!.target.kind).toBe('external');
    expect(byId.get('co2-intensity-reduction')!.target.kind).toBe('external');
    const air = byId.get('air-pollutants')!;
    expect(air.target.kind).toBe('standard');
    const limits = Object.fromEntries(air.components!.map((component) => [component.id, [component.limit, component.stricterLimit]]));
    expect(limits).toEqual({ pm25: [35, 15], pm10: [70, 40], so2: [60, 20], no2: [40, 40], co: [4, 4], o3: [160, 100] });
    expect(byId.get('regional-headquarters')!.baseline).toMatchObject({ year: 2020, value: 771 });
    expect(byId.get('life-expectancy')!.baseline).toMatchObject({ year: 2020, value: 83.66 });
    expect(byId.get('lingang-gdp')!.target).toEqual({ kind: 'factor', factor: 4, baseYear: 2018 });
  });

  it('gives every observation a source, and revised values their own publication dates', () => {
    const plan = embeddedPlan();
    for (const observation of plan.observations) expect(observation.source.trim()).not.toBe('');
    const gdpLevels2020 = plan.observations.filter((observation) => observation.indicator === 'gdp-growth' && observation.year === 2020 && observation.measure !== 'rate');
    expect(gdpLevels2020.length).toBe(2);
    expect(new Set(gdpLevels2020.map((observation) => observation.published)).size).toBe(2);
  });

  it('observes GDP as real growth rates', () => {
    const plan = embeddedPlan();
    const rates = plan.observations.filter((observation) => observation.indicator === 'gdp-growth' && observation.measure === 'rate');
    expect(rates.map((observation) => observation.year).sort()).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
  });
});
