// A 2021–2025 target is judged on data up to 2025, even when later years are recorded.

import { describe, expect, it } from 'vitest';
import { AS_OF_ALL, evaluateOne, indicator, series } from './plan-builder.js';

describe('observations after the target year', () => {
  it('do not decide a level target', () => {
    const evaluation = evaluateOne(
      { indicators: [indicator('share', { kind: 'level', comparator: '>=', value: 50 })], observations: series('share', { 2020: 40, 2025: 48, 2026: 55 }) },
      AS_OF_ALL('2027-06-30'),
    );
    expect(evaluation.latest?.year).toBe(2025);
    expect(evaluation.status).toBe('missed');
  });

  it('do not enter an average growth over the period', () => {
    // 2021–2025 at exactly 5% a year; a 2026 slump must not pull the average down.
    const rates = series('gdp', { 2021: 5, 2022: 5, 2023: 5, 2024: 5, 2025: 5, 2026: -10 }, { measure: 'rate' });
    const evaluation = evaluateOne(
      { indicators: [indicator('gdp', { kind: 'average-growth', comparator: '>=', value: 5, observe: 'rate' }, { unit: '%' })], observations: rates },
      AS_OF_ALL('2027-06-30'),
    );
    expect(evaluation.latest?.year).toBe(2025);
    expect(evaluation.current).toBeCloseTo(5, 9);
    expect(evaluation.status).toBe('achieved');
  });
});
