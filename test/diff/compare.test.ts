// comparePlans on small in-memory plans: every classification of a target change, in the
// indicator's direction, and its counterpart; renames; observation revisions; revisions.

import { describe, expect, it } from 'vitest';
import { comparePlans, type DiffResult, type Effect } from '../../src/diff/compare.js';
import type { Indicator, Observation, PlanHeader, Target } from '../../src/model/types.js';
import { indicator, makePlan, series } from '../engine/plan-builder.js';

interface Version {
  indicators: Indicator[];
  observations?: Observation[];
  header?: Partial<PlanHeader>;
}

function diff(before: Version, after: Version): DiffResult {
  return comparePlans(makePlan(before), makePlan(after));
}

/** The effect of a change of one indicator's target (and extras) from `before` to `after`. */
function effectOf(field: string, before: Target, after: Target, extra: Partial<Indicator> = {}, afterExtra: Partial<Indicator> = extra): Effect | undefined {
  const result = diff({ indicators: [indicator('x', before, extra)] }, { indicators: [indicator('x', after, afterExtra)] });
  return result.indicators.changed[0]?.changes.find((change) => change.field === field)?.effect;
}

const BUMPED: Partial<PlanHeader> = {
  revision: 2,
  revisions: [
    { revision: 1, date: '2021-01-27', note: 'first' },
    { revision: 2, date: '2022-03-01', note: 'mid-term review' },
  ],
};

describe('target values, in the indicator direction', () => {
  const increase = { direction: 'increase' } as const;
  const decrease = { direction: 'decrease' } as const;

  it('a lower floor is loosened, a higher floor tightened', () => {
    expect(effectOf('target.value', { kind: 'level', comparator: '>=', value: 20 }, { kind: 'level', comparator: '>=', value: 18 }, increase)).toBe('loosened');
    expect(effectOf('target.value', { kind: 'level', comparator: '>=', value: 20 }, { kind: 'level', comparator: '>=', value: 22 }, increase)).toBe('tightened');
  });

  it('a higher ceiling is loosened, a lower ceiling tightened', () => {
    expect(effectOf('target.value', { kind: 'every-year', comparator: '<=', value: 5.5 }, { kind: 'every-year', comparator: '<=', value: 6 }, decrease)).toBe('loosened');
    expect(effectOf('target.value', { kind: 'every-year', comparator: '<=', value: 5.5 }, { kind: 'every-year', comparator: '<=', value: 5 }, decrease)).toBe('tightened');
    expect(effectOf('target.value', { kind: 'level', comparator: '<', value: 10 }, { kind: 'level', comparator: '<', value: 12 }, decrease)).toBe('loosened');
  });

  it('an approx (左右) target reads its value in the direction: down is loosened for increase, up for decrease', () => {
    expect(effectOf('target.value', { kind: 'level', comparator: 'approx', value: 4.5 }, { kind: 'level', comparator: 'approx', value: 4 }, increase)).toBe('loosened');
    expect(effectOf('target.value', { kind: 'level', comparator: 'approx', value: 4.5 }, { kind: 'level', comparator: 'approx', value: 4 }, decrease)).toBe('tightened');
  });

  it('a smaller growth is loosened, a larger one tightened', () => {
    expect(effectOf('target.value', { kind: 'average-growth', comparator: 'approx', value: 5 }, { kind: 'average-growth', comparator: 'approx', value: 4 }, increase)).toBe('loosened');
    expect(effectOf('target.value', { kind: 'average-growth', comparator: 'approx', value: 5 }, { kind: 'average-growth', comparator: 'approx', value: 6 }, increase)).toBe('tightened');
    expect(effectOf('target.value', { kind: 'cumulative-growth', comparator: '>=', value: 20 }, { kind: 'cumulative-growth', comparator: '>=', value: 15 }, increase)).toBe('loosened');
  });

  it('a smaller reduction is loosened, a larger one tightened (for a decreasing indicator)', () => {
    expect(effectOf('target.value', { kind: 'reduction', value: 9 }, { kind: 'reduction', value: 7 }, decrease)).toBe('loosened');
    expect(effectOf('target.value', { kind: 'reduction', value: 9 }, { kind: 'reduction', value: 12 }, decrease)).toBe('tightened');
  });

  it('a smaller factor or cumulative sum is loosened, a larger one tightened', () => {
    expect(effectOf('target.factor', { kind: 'factor', factor: 2, baseYear: 2020 }, { kind: 'factor', factor: 1.5, baseYear: 2020 }, increase)).toBe('loosened');
    expect(effectOf('target.factor', { kind: 'factor', factor: 2, baseYear: 2020 }, { kind: 'factor', factor: 4, baseYear: 2020 }, increase)).toBe('tightened');
    expect(effectOf('target.value', { kind: 'cumulative-sum', comparator: '>=', value: 110 }, { kind: 'cumulative-sum', comparator: '>=', value: 100 }, increase)).toBe('loosened');
    expect(effectOf('target.value', { kind: 'cumulative-sum', comparator: '>=', value: 110 }, { kind: 'cumulative-sum', comparator: '>=', value: 120 }, increase)).toBe('tightened');
  });

  it('an external target: a value filled in is changed, a later lower floor loosened', () => {
    expect(effectOf('target.value', { kind: 'external', authority: 'State Council', value: null }, { kind: 'external', authority: 'State Council', value: 13.5 }, decrease)).toBe('changed');
    expect(effectOf('target.value', { kind: 'external', authority: 'State Council', measure: 'reduction', value: 13.5 }, { kind: 'external', authority: 'State Council', measure: 'reduction', value: 12 }, decrease)).toBe('loosened');
  });
});

describe('comparators, tolerances, years, kinds', () => {
  it('>= → > is tightened, > → >= loosened; approx → >= tightened; a comparator on the other side is changed', () => {
    const level = (comparator: '>=' | '>' | 'approx' | '<='): Target => ({ kind: 'level', comparator, value: 84 });
    expect(effectOf('target.comparator', level('>='), level('>'))).toBe('tightened');
    expect(effectOf('target.comparator', level('>'), level('>='))).toBe('loosened');
    expect(effectOf('target.comparator', level('approx'), level('>='))).toBe('tightened');
    expect(effectOf('target.comparator', level('>='), level('approx'))).toBe('loosened');
    expect(effectOf('target.comparator', level('>='), level('<='))).toBe('changed');
  });

  it('a wider tolerance is loosened, a narrower one tightened', () => {
    const approx = (tolerance: number): Target => ({ kind: 'level', comparator: 'approx', value: 4.5, tolerance });
    expect(effectOf('target.tolerance', approx(0.2), approx(0.5))).toBe('loosened');
    expect(effectOf('target.tolerance', approx(0.5), approx(0.2))).toBe('tightened');
    const inStep = (tolerance: number): Target => ({ kind: 'in-step-with', indicator: 'gdp', tolerance });
    expect(effectOf('target.tolerance', inStep(1), inStep(2))).toBe('loosened');
  });

  it("a wider default approxTolerance loosens the plan's approx targets, and only those", () => {
    const approx = indicator('approx', { kind: 'level', comparator: 'approx', value: 4.5 }, { attribute: 'binding' });
    const floor = indicator('floor', { kind: 'level', comparator: '>=', value: 84 }, { attribute: 'binding' });
    const result = diff(
      { indicators: [approx, floor], header: { defaults: { approxTolerance: 0.05 } } },
      { indicators: [approx, floor], header: { defaults: { approxTolerance: 0.1 } } },
    );
    expect(result.plan.changes).toEqual([{ field: 'defaults.approxTolerance', old: 0.05, new: 0.1, effect: 'loosened' }]);
    expect(result.indicators.changed.map((change) => change.id)).toEqual(['approx']);
    expect(result.indicators.changed[0]!.changes).toEqual([{ field: 'target.tolerance', old: 0.225, new: 0.45, effect: 'loosened' }]);
    expect(result.summary.loosenedBinding).toEqual([{ id: 'approx', fields: ['target.tolerance'] }]);
  });

  it('a changed value alone does not read as a changed default tolerance', () => {
    const result = diff({ indicators: [indicator('x', { kind: 'level', comparator: 'approx', value: 4.5 })] }, { indicators: [indicator('x', { kind: 'level', comparator: 'approx', value: 5 })] });
    expect(result.indicators.changed[0]!.changes.map((change) => change.field)).toEqual(['target.value']);
  });

  it('a later target year is loosened, an earlier one tightened; the period end counts for a target without a year', () => {
    const level = (year?: number): Target => ({ kind: 'level', comparator: '>=', value: 84, ...(year ? { year } : {}) });
    expect(effectOf('target.year', level(2024), level(2025))).toBe('loosened');
    expect(effectOf('target.year', level(2025), level(2023))).toBe('tightened');
    // 2025 is the period end: writing it out changes nothing.
    expect(effectOf('target.year', level(), level(2025))).toBeUndefined();
    const result = diff({ indicators: [indicator('x', level())] }, { indicators: [indicator('x', level())], header: { period: { start: 2021, end: 2026 } } });
    expect(result.indicators.changed[0]!.changes).toContainEqual({ field: 'target.year', old: 2025, new: 2026, effect: 'loosened' });
  });

  it('a change of kind is changed, not ranked', () => {
    expect(effectOf('target.kind', { kind: 'level', comparator: '>=', value: 20 }, { kind: 'average-growth', comparator: '>=', value: 5 })).toBe('changed');
  });

  it("a standard's components: a higher limit is loosened, a component dropped loosened, one added tightened", () => {
    const components = (pm25: number, extra = true): Partial<Indicator> => ({
      direction: 'decrease',
      components: [
        { id: 'pm25', name: { zh: 'PM2.5', en: 'PM2.5' }, unit: 'μg/m³', limit: pm25 },
        ...(extra ? [{ id: 'so2', name: { zh: 'SO2', en: 'SO2' }, unit: 'μg/m³', limit: 60 }] : []),
      ],
    });
    const standard: Target = { kind: 'standard', standard: 'GB 3095-2012 Grade II' };
    expect(effectOf('components.pm25.limit', standard, standard, components(35), components(40))).toBe('loosened');
    expect(effectOf('components.pm25.limit', standard, standard, components(35), components(30))).toBe('tightened');
    expect(effectOf('components.so2', standard, standard, components(35), components(35, false))).toBe('loosened');
    expect(effectOf('components.so2', standard, standard, components(35, false), components(35))).toBe('tightened');
  });
});

describe('attributes and baselines', () => {
  const target: Target = { kind: 'level', comparator: '>=', value: 20 };

  it('binding → expected is loosened, expected → binding tightened, expected → none changed', () => {
    expect(effectOf('attribute', target, target, { attribute: 'binding' }, { attribute: 'expected' })).toBe('loosened');
    expect(effectOf('attribute', target, target, { attribute: 'expected' }, { attribute: 'binding' })).toBe('tightened');
    expect(effectOf('attribute', target, target, { attribute: 'expected' }, { attribute: undefined })).toBe('changed');
  });

  it('only binding targets count for --fail-on loosened', () => {
    const result = diff(
      { indicators: [indicator('binding', target, { attribute: 'binding' }), indicator('expected', target, { attribute: 'expected' })] },
      { indicators: [indicator('binding', { ...target, value: 18 }, { attribute: 'binding' }), indicator('expected', { ...target, value: 18 }, { attribute: 'expected' })] },
    );
    expect(result.summary.loosened).toBe(2);
    expect(result.summary.loosenedBinding).toEqual([{ id: 'binding', fields: ['target.value'] }]);
    expect(result.indicators.changed.map((change) => [change.id, change.binding])).toEqual([
      ['binding', true],
      ['expected', false],
    ]);
  });

  it('a binding target made expected counts as a binding target loosened', () => {
    const result = diff({ indicators: [indicator('x', target, { attribute: 'binding' })] }, { indicators: [indicator('x', target, { attribute: 'expected' })] });
    expect(result.summary.loosenedBinding).toEqual([{ id: 'x', fields: ['attribute'] }]);
  });

  it('a removed binding indicator counts as loosened; a removed expected one does not', () => {
    const result = diff({ indicators: [indicator('gone', target, { attribute: 'binding', quote: 'a' }), indicator('also-gone', target, { attribute: 'expected', quote: 'b' })] }, { indicators: [] });
    expect(result.indicators.removed.map((removed) => removed.id)).toEqual(['gone', 'also-gone']);
    expect(result.summary.loosenedBinding).toEqual([{ id: 'gone', fields: ['removed'] }]);
  });

  it('a changed baseline is changed, field by field', () => {
    const before = indicator('x', target, { baseline: { year: 2020, value: 18, source: 'review' } });
    const after = indicator('x', target, { baseline: { year: 2020, value: 17.5, source: 'review' } });
    expect(diff({ indicators: [before] }, { indicators: [after] }).indicators.changed[0]!.changes).toEqual([{ field: 'baseline.value', old: 18, new: 17.5, effect: 'changed' }]);
  });
});

describe('indicators added, removed, renamed', () => {
  const target: Target = { kind: 'level', comparator: '>=', value: 20 };

  it('a new id with the same quote and section is a rename; its observations follow it', () => {
    const before = indicator('forest', target, { quote: '森林覆盖率达到20%', section: '2.1' });
    const after = indicator('forest-coverage', target, { quote: '森林覆盖率达到20%', section: '2.1' });
    const result = diff({ indicators: [before], observations: series('forest', { 2021: 18.5 }) }, { indicators: [after], observations: series('forest-coverage', { 2021: 18.5 }) });
    expect(result.indicators.renamed).toEqual([{ old: 'forest', new: 'forest-coverage', matchedBy: 'quote' }]);
    expect(result.indicators.added).toEqual([]);
    expect(result.indicators.removed).toEqual([]);
    expect(result.observations).toEqual({ added: [], removed: [], revised: [] });
    // The builder names an indicator after its id: only the name changed with it.
    expect(result.indicators.changed).toEqual([{ id: 'forest-coverage', previousId: 'forest', binding: false, changes: [
      { field: 'name.zh', old: 'forest', new: 'forest-coverage', effect: 'changed' },
      { field: 'name.en', old: 'forest', new: 'forest-coverage', effect: 'changed' },
    ] }]);
    expect(result.summary.unrevised).toBe(false);
  });

  it('a renamed indicator whose target was also loosened is reported under its new id, with the old one', () => {
    const before = indicator('forest', target, { no: 7, section: '2.1', quote: 'old wording', attribute: 'binding' });
    const after = indicator('forest-coverage', { ...target, value: 18 }, { no: 7, section: '2.1', quote: 'new wording', attribute: 'binding' });
    const result = diff({ indicators: [before] }, { indicators: [after] });
    expect(result.indicators.renamed).toEqual([{ old: 'forest', new: 'forest-coverage', matchedBy: 'no' }]);
    expect(result.indicators.changed[0]).toMatchObject({ id: 'forest-coverage', previousId: 'forest', binding: true });
    expect(result.summary.loosenedBinding).toEqual([{ id: 'forest-coverage', fields: ['target.value'] }]);
  });

  it('different quote, target and row: added and removed, not renamed', () => {
    const result = diff({ indicators: [indicator('a', target, { quote: 'a' })] }, { indicators: [indicator('b', { ...target, value: 30 }, { quote: 'b' })] });
    expect(result.indicators.renamed).toEqual([]);
    expect(result.indicators.added.map((added) => added.id)).toEqual(['b']);
    expect(result.indicators.removed.map((removed) => removed.id)).toEqual(['a']);
  });
});

describe('observations', () => {
  const gdp = indicator('gdp', { kind: 'average-growth', comparator: 'approx', value: 5, observe: 'rate' });
  const observation = (value: number, extra: Partial<Observation> = {}): Observation => ({ indicator: 'gdp', year: 2021, value, measure: 'rate', source: 'bulletin', ...extra });

  it('a new value under the same year and publication date is a suspicious revision', () => {
    const result = diff({ indicators: [gdp], observations: [observation(8.1, { published: '2022-03-01' })] }, { indicators: [gdp], observations: [observation(8.3, { published: '2022-03-01' })] });
    expect(result.observations.revised).toEqual([{ indicator: 'gdp', measure: 'rate', year: 2021, published: '2022-03-01', old: 8.1, new: 8.3, fields: ['value'], suspicious: true }]);
    expect(result.summary.suspiciousRevisions).toBe(1);
  });

  it('a new publication date for an observed year is a new vintage, not a revision', () => {
    const result = diff({ indicators: [gdp], observations: [observation(8.1, { published: '2022-03-01' })] }, { indicators: [gdp], observations: [observation(8.1, { published: '2022-03-01' }), observation(8.3, { published: '2023-01-20' })] });
    expect(result.observations.revised).toEqual([]);
    expect(result.observations.added).toEqual([{ indicator: 'gdp', measure: 'rate', year: 2021, published: '2023-01-20', value: 8.3, source: 'bulletin', vintage: true }]);
  });

  it('a corrected source is a revision, not a suspicious one; a new year is added, not a vintage; a dropped one removed', () => {
    const result = diff({ indicators: [gdp], observations: [observation(8.1), observation(-0.2, { year: 2022 })] }, { indicators: [gdp], observations: [observation(8.1, { source: 'yearbook' }), observation(4.2, { year: 2023 })] });
    expect(result.observations.revised).toEqual([{ indicator: 'gdp', measure: 'rate', year: 2021, published: null, old: 8.1, new: 8.1, fields: ['source'], suspicious: false }]);
    expect(result.observations.added).toEqual([{ indicator: 'gdp', measure: 'rate', year: 2023, published: null, value: 4.2, source: 'bulletin' }]);
    expect(result.observations.removed.map((removed) => removed.year)).toEqual([2022]);
  });
});

describe('revision', () => {
  const before = indicator('x', { kind: 'level', comparator: '>=', value: 20 });
  const after = indicator('x', { kind: 'level', comparator: '>=', value: 22 });

  it('a bump with its revisions entry is seen', () => {
    const result = diff({ indicators: [before] }, { indicators: [after], header: BUMPED });
    expect(result.revision).toEqual({ old: 1, new: 2, bumped: true, entryAdded: true, entries: [{ revision: 2, date: '2022-03-01', note: 'mid-term review' }] });
    expect(result.summary.unrevised).toBe(false);
  });

  it('a target change without a bump is unrevised', () => {
    const result = diff({ indicators: [before] }, { indicators: [after] });
    expect(result.revision.bumped).toBe(false);
    expect(result.revision.entryAdded).toBe(false);
    expect(result.summary.targetsChanged).toEqual(['x']);
    expect(result.summary.unrevised).toBe(true);
  });

  it('new observations alone need no bump; a baseline change does; an added indicator does', () => {
    expect(diff({ indicators: [before] }, { indicators: [before], observations: series('x', { 2021: 19 }) }).summary.unrevised).toBe(false);
    const withBaseline = indicator('x', before.target, { baseline: { year: 2020, value: 18, source: 'review' } });
    expect(diff({ indicators: [before] }, { indicators: [withBaseline] }).summary.unrevised).toBe(true);
    expect(diff({ indicators: [before] }, { indicators: [before, indicator('y', before.target, { quote: 'y' })] }).summary.unrevised).toBe(true);
  });

  it('a reworded quote alone is a change but needs no bump', () => {
    const result = diff({ indicators: [before] }, { indicators: [indicator('x', before.target, { quote: 'reworded' })] });
    expect(result.indicators.changed[0]!.changes).toEqual([{ field: 'quote', old: 'x', new: 'reworded', effect: 'changed' }]);
    expect(result.summary.unrevised).toBe(false);
  });

  it('identical plans: nothing at all', () => {
    const result = diff({ indicators: [before], observations: series('x', { 2021: 19 }) }, { indicators: [before], observations: series('x', { 2021: 19 }) });
    expect(result.indicators).toEqual({ added: [], removed: [], renamed: [], changed: [] });
    expect(result.observations).toEqual({ added: [], removed: [], revised: [] });
    expect(result.plan.changes).toEqual([]);
    expect(result.summary.unrevised).toBe(false);
  });
});
