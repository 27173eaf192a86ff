// OBSERVATION_DUPLICATE finds the same second observations as a set of vintageIdentity
// strings would, without a string for each observation (meaning-check.ts, SeenVintages).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vintageIdentity } from '../../src/model/observation-identity.js';
import type { Observation } from '../../src/model/types.js';
import { SeenVintages } from '../../src/validate/meaning-check.js';

const maybe = <T>(values: T[]) => fc.constantFrom<T | undefined>(undefined, ...values);

const observation = fc.record({
  indicator: fc.constantFrom('gdp', 'gdp-growth', 'a'),
  component: maybe(['', 'pm25', 'x']),
  measure: maybe(['level', 'rate'] as const),
  unit: maybe(['', '%', 'yuan']),
  basis: maybe(['real', 'nominal'] as const),
  year: fc.constantFrom(2020, 2021, 2020.5, -1, 0, 999_999, 1_000_000, 12_345_678),
  published: maybe(['', '2021-03-31', '2021-3-31', '2021-03-31x', 'abcd-ef-gh', '0000-00-00', '9999-12-31', '2022-01-01']),
});

/** The units of the indicators, for the case where validation knows them. */
const UNITS: Record<string, string | undefined> = { gdp: 'yuan', 'gdp-growth': '%', a: undefined };

describe('SeenVintages', () => {
  it('with the indicators\' units: a unit that repeats the indicator\'s own is the same series', () => {
    fc.assert(fc.property(fc.array(observation, { maxLength: 40 }), (records) => expectAsIdentities(records, (indicator) => UNITS[indicator])), { numRuns: 2000 });
    const plain = { indicator: 'gdp-growth', year: 2021, value: 8.1, source: 's' };
    expect(vintageIdentity({ ...plain, unit: '%' }, '%')).toBe(vintageIdentity(plain, '%'));
    expect(vintageIdentity({ ...plain, unit: '亿元' }, '%')).not.toBe(vintageIdentity(plain, '%'));
  });

  it('flags exactly the observations whose vintageIdentity was seen before', () => {
    fc.assert(fc.property(fc.array(observation, { maxLength: 40 }), (records) => expectAsIdentities(records, () => undefined)), { numRuns: 2000 });
  });
});

/** SeenVintages says "seen" exactly where a set of vintage identities (under `unitOf`) would. */
function expectAsIdentities(records: readonly Record<string, unknown>[], unitOf: (indicator: string) => string | undefined): void {
  const seen = new SeenVintages();
  const identities = new Set<string>();
  for (const record of records) {
    const item = Object.fromEntries(Object.entries({ ...record, value: 1, source: 's' }).filter(([, value]) => value !== undefined)) as unknown as Observation;
    const unit = unitOf(item.indicator);
    const identity = vintageIdentity(item, unit);
    expect(seen.add(item, item.indicator, unit)).toBe(identities.has(identity));
    identities.add(identity);
  }
}
