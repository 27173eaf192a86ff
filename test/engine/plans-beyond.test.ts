// The phrases of other plans' indicator tables (README, other plans), each on a hand-checked case.

import { describe, expect, it } from 'vitest';
import { annualReport } from '../../src/commands/status-annual.js';
import { comparePlans } from '../../src/diff/compare.js';
import { checkMeaning } from '../../src/validate/meaning-check.js';
import { findingText } from '../../src/render/finding-text.js';
import type { Indicator, Observation, Target } from '../../src/model/types.js';
import { evaluateOne, indicator, makePlan, series } from './plan-builder.js';
import { whyOf } from './why.js';
import { stepText } from '../../src/render/step-text.js';

const asOf = (date: string) => ({ asOf: date, rule: { kind: 'as-of' as const, date }, method: 'pace' as const });
const rates = (id: string, values: Record<number, number>, extra: Partial<Observation> = {}): Observation[] => series(id, values, { measure: 'rate', ...extra });

describe('change: 提高1岁, 下降3个百分点', () => {
  const life = indicator('life', { kind: 'change', by: 1 }, { unit: '岁', baseline: { year: 2020, value: 77.93, source: 'bulletin' } });

  it('asks for the base value plus the change, measured from that base', () => {
    // 77.93 + 1 = 78.93; 78.6 in 2023: progress ln(78.6/77.93) / ln(78.93/77.93) = 0.671 after 3/5 of the time, pace 1.12
    const e = evaluateOne({ indicators: [life], observations: series('life', { 2023: 78.6 }) }, asOf('2024-06-30'));
    expect(stepText(e.steps[0]!, 'en')).toMatch(/77\.93 \(2020\) \+1 = 78\.93/);
    expect(e.computed.progress).toBeCloseTo(Math.log(78.6 / 77.93) / Math.log(78.93 / 77.93), 10);
    expect(e.computed.pace).toBeCloseTo(Math.log(78.6 / 77.93) / Math.log(78.93 / 77.93) / 0.6, 10);
    expect(e.status).toBe('on-track');
    expect(whyOf(e)).toMatch(/\+0\.67 since 2020/);
    const met = evaluateOne({ indicators: [life], observations: series('life', { 2025: 79 }) }, asOf('2026-06-30'));
    expect(met.status).toBe('achieved');
  });

  it('a fall in percentage points: by −3 on a share, with the direction decrease', () => {
    const share = indicator('coal', { kind: 'change', by: -3 }, { unit: '%', direction: 'decrease' });
    // base 56.8 (2020) − 3 = 53.8; 54.0 in 2025 misses it
    const e = evaluateOne({ indicators: [share], observations: series('coal', { 2020: 56.8, 2025: 54 }) }, asOf('2026-06-30'));
    expect(e.status).toBe('missed');
    expect(checkMeaning(makePlan({ indicators: [share] }), 'p')).toEqual([]);
    // a rise asked of a falling indicator contradicts it
    const wrong = indicator('coal', { kind: 'change', by: 3 }, { unit: '%', direction: 'decrease' });
    expect(checkMeaning(makePlan({ indicators: [wrong] }), 'p').map((entry) => entry.finding.code)).toEqual(['COMPARATOR_DIRECTION']);
  });

  it('without a value for the base year there is nothing to measure from', () => {
    const e = evaluateOne({ indicators: [life], observations: [] }, asOf('2024-06-30'));
    expect(evaluateOne({ indicators: [indicator('x', { kind: 'change', by: 1 })], observations: series('x', { 2023: 5 }) }, asOf('2024-06-30')).status).toBe('no-data');
    expect(e.baseline).toMatchObject({ value: 77.93 });
  });
});

describe('relative: 高于GDP增长, against a reference of any kind', () => {
  // The reference's own target is set year by year: its kind does not matter.
  const gdp = indicator('gdp', { kind: 'annual' }, { unit: '%' });
  const productivity = indicator('productivity', { kind: 'relative', indicator: 'gdp', comparator: '>' }, { unit: '%' });
  const gdpRates = rates('gdp', { 2021: 8.1, 2022: 3, 2023: 5.2, 2024: 5, 2025: 5 }, { basis: 'real' });

  it('is achieved when growth was faster over every year of the period', () => {
    const own = rates('productivity', { 2021: 8.7, 2022: 4.2, 2023: 5.7, 2024: 4.9, 2025: 5.6 }, { basis: 'real' });
    const e = evaluateOne({ indicators: [productivity, gdp], observations: [...own, ...gdpRates] }, asOf('2026-03-31'));
    expect(e.status).toBe('achieved');
    expect(whyOf(e)).toMatch(/^faster on average/);
    expect(checkMeaning(makePlan({ indicators: [productivity, gdp] }), 'p')).toEqual([]);
  });

  it('is missed when slower over the whole period, and off-track mid-way when far behind', () => {
    const slower = rates('productivity', { 2021: 6, 2022: 2, 2023: 4, 2024: 4, 2025: 4 }, { basis: 'real' });
    expect(evaluateOne({ indicators: [productivity, gdp], observations: [...slower, ...gdpRates] }, asOf('2026-03-31')).status).toBe('missed');
    const behind = evaluateOne({ indicators: [productivity, gdp], observations: [...rates('productivity', { 2021: 5, 2022: 1 }, { basis: 'real' }), ...gdpRates] }, asOf('2023-03-31'));
    // average (1.05·1.01)^½ − 1 = 2.98% against (1.081·1.03)^½ − 1 = 5.52%: 2.5 points behind, beyond the 1-point tolerance
    expect(behind.status).toBe('off-track');
  });

  it('names the real cause when the units cannot be compared', () => {
    const levels = indicator('gdp', { kind: 'annual' }, { unit: '亿元' });
    const findings = checkMeaning(makePlan({ indicators: [productivity, levels] }), 'p');
    expect(findings.map((entry) => entry.finding.code)).toEqual(['IN_STEP_UNITS']);
    expect(findings[0]!.finding.args).toEqual({ units: [{ indicator: 'gdp', unit: '亿元' }] });
    expect(findingText(findings[0]!.finding, 'en')).toBe('growth is compared in % a year, but `gdp` is in 亿元');
  });
});

describe('annual: 保持在合理区间、各年度视情提出', () => {
  const entries: Indicator['annual'] = [
    { year: 2021, comparator: '>=', value: 6, measure: 'rate', source: '2021 work report' },
    { year: 2022, comparator: 'approx', value: 5.5, measure: 'rate', source: '2022 work report' },
    { year: 2023, comparator: 'approx', value: 5, measure: 'rate', source: '2023 work report' },
  ];
  const gdp = indicator('gdp', { kind: 'annual' }, { unit: '%', annual: entries });

  it('judges each year on its own figure; one year missed cannot be made good', () => {
    // 2021: 8.1 ≥ 6 met; 2022: 3.0 against ≈5.5 (±0.275) not met
    const e = evaluateOne({ indicators: [gdp], observations: rates('gdp', { 2021: 8.1, 2022: 3 }) }, asOf('2023-03-31'));
    expect(e.status).toBe('missed');
    expect(whyOf(e)).toMatch(/2022: 3 against ≈ 5\.5 \(±0\.275\)/);
    expect(e.path.map((point) => [point.year, point.expected, point.observed])).toEqual([
      [2021, 6, 8.1],
      [2022, 5.5, 3],
      [2023, 5, null],
    ]);
  });

  it('is on track while every year so far was met, and not assessed without a target for some year', () => {
    const kept = evaluateOne({ indicators: [gdp], observations: rates('gdp', { 2021: 8.1, 2022: 5.4 }) }, asOf('2023-03-31'));
    expect(kept.status).toBe('on-track');
    const end = evaluateOne({ indicators: [gdp], observations: rates('gdp', { 2021: 8.1, 2022: 5.4, 2023: 5.2, 2024: 5, 2025: 5 }) }, asOf('2026-03-31'));
    // 2024 and 2025 have no annual target recorded: no verdict on the whole period
    expect(end.status).toBe('not-assessed');
    expect(whyOf(end)).toMatch(/2024, 2025 without a target or a result/);
  });
});

describe('annual targets beside a five-year target: status --annual', () => {
  const gdp = indicator('gdp', { kind: 'average-growth', comparator: 'approx', value: 5, observe: 'rate' }, {
    unit: '%',
    annual: [{ year: 2023, comparator: '>=', value: 5.5, source: '2023 plan report' }],
  });
  const observations: Observation[] = [...rates('gdp', { 2021: 8.1, 2022: -0.2 }), { indicator: 'gdp', year: 2023, value: 5, measure: 'rate', source: 'bulletin', published: '2024-01-29' }];

  it("prints the year's target against its result, and the growth still required had it been met", () => {
    const report = annualReport(makePlan({ indicators: [gdp], observations }), { annual: '2023' }, new Date('2026-11-30'));
    expect(report.asOf).toBe('2024-01-29');
    const row = report.rows[0]!;
    expect(row.annual).toMatchObject({ year: 2023, measure: 'rate', met: false, result: { value: 5 } });
    // met exactly: 1.081 × 0.998 × 1.055 = 1.13817; required (1.05⁵ / 1.13817)^(1/2) − 1 = 5.894%
    expect(row.ifMet.computed.requiredGrowth).toBeCloseTo(Math.sqrt(Math.pow(1.05, 5) / (1.081 * 0.998 * 1.055)) - 1, 12);
    // as it was: 1.081 × 0.998 × 1.05 → required (1.27628 / 1.13278)^(1/2) − 1 = 6.146%
    expect(row.fiveYear.computed.requiredGrowth).toBeCloseTo(Math.sqrt(Math.pow(1.05, 5) / (1.081 * 0.998 * 1.05)) - 1, 12);
  });

  it('annual targets outside the period, or two for one year, are findings', () => {
    const twice = indicator('gdp', { kind: 'level', comparator: '>=', value: 1 }, {
      annual: [
        { year: 2019, comparator: '>=', value: 1, source: 's' },
        { year: 2022, comparator: '>=', value: 1, source: 's' },
        { year: 2022, comparator: '>=', value: 2, source: 's' },
      ],
    });
    expect(checkMeaning(makePlan({ indicators: [twice] }), 'p').map((entry) => entry.finding.code)).toEqual(['ANNUAL_YEAR_INVALID', 'ANNUAL_DUPLICATE']);
  });
});

describe('names in any language', () => {
  it("a plan of a French city needs no Chinese name; the plan's own language is required", () => {
    const lyon = (name: Record<string, string>) => ({ ...indicator('emplois', { kind: 'level', comparator: '>=', value: 1 }), name });
    const plan = (name: Record<string, string>) => makePlan({ indicators: [lyon(name)], header: { languages: ['fr'], title: { fr: 'Plan de mandat' } } });
    expect(checkMeaning(plan({ fr: 'Emplois créés' }), 'p')).toEqual([]);
    expect(checkMeaning(plan({ en: 'Jobs created' }), 'p').map((entry) => entry.finding.code)).toEqual(['LANGUAGE_MISSING']);
  });
});

describe('diff knows which way is looser for the new kinds', () => {
  const sides = (before: Target, after: Target) => {
    const plan = (target: Target) => makePlan({ indicators: [indicator('x', target, { unit: '%' }), indicator('gdp', { kind: 'annual' }, { unit: '%' })] });
    return comparePlans(plan(before), plan(after)).indicators.changed[0]!.changes;
  };

  it('a smaller change asked is looser; ">" to ">=" is looser; a wider tolerance is looser', () => {
    expect(sides({ kind: 'change', by: 1 }, { kind: 'change', by: 0.5 })).toContainEqual(expect.objectContaining({ field: 'target.value', effect: 'loosened' }));
    expect(sides({ kind: 'relative', indicator: 'gdp', comparator: '>' }, { kind: 'relative', indicator: 'gdp', comparator: '>=' })).toContainEqual(
      expect.objectContaining({ field: 'target.comparator', effect: 'loosened' }),
    );
    expect(sides({ kind: 'relative', indicator: 'gdp', comparator: 'approx', tolerance: 1 }, { kind: 'relative', indicator: 'gdp', comparator: 'approx', tolerance: 2 })).toContainEqual(
      expect.objectContaining({ field: 'target.tolerance', effect: 'loosened' }),
    );
  });
});
