// The reasons' and steps' words (render/reason-text.ts, step-text.ts): every reason and
// step the engine gives on the real plans, and on random plans of every kind, reads in
// both languages, with no hole where an argument was missing; and the Chinese reads as the
// plans and evaluations write it.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/kinds/evaluate.js';
import { parseEvaluationFlags } from '../../src/commands/support/evaluation-options.js';
import type { Evaluation } from '../../src/engine/types.js';
import type { Reason } from '../../src/engine/reasons.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Plan } from '../../src/model/types.js';
import { becauseText, reasonText } from '../../src/render/reason-text.js';
import { stepText } from '../../src/render/step-text.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../../src/util/package-paths.js';
import { indicator, makePlan, series } from '../engine/plan-builder.js';

const today = new Date('2026-11-30T12:00:00Z');
const FLAG_SETS = [{}, { year: '2025' }, { year: '2022' }, { asOf: '2021-06-30' }, { asOf: '2023-06-30' }, { asOf: '2023-11-22' }, { method: 'sdg', year: '2024' }];
const fixtureRoot = join(PACKAGE_ROOT, 'fixtures', 'valid');
const plans: Plan[] = [
  loadPlan(EMBEDDED_PLAN).plan!,
  loadPlan(join(PACKAGE_ROOT, 'examples', 'national-14th-fyp')).plan!,
  ...readdirSync(fixtureRoot).map((name) => loadPlan(join(fixtureRoot, name)).plan!),
];

/** A hole left by an argument the words asked for and the fact did not carry. English says
 *  "undefined" of a number on purpose ("pace undefined"); the Chinese never does. */
const HOLE = /undefined|NaN|Infinity|\[object|\bnull\b/;
const EN_HOLE = /NaN|Infinity|\[object|\bnull\b/;

function expectWorded(evaluation: Evaluation): void {
  const en = reasonText(evaluation.reason, evaluation.notes, 'en');
  const zh = reasonText(evaluation.reason, evaluation.notes, 'zh');
  expect(en, evaluation.indicator.id).not.toMatch(EN_HOLE);
  expect(zh, evaluation.indicator.id).not.toMatch(HOLE);
  expect(en.length).toBeGreaterThan(0);
  expect(zh, `${evaluation.indicator.id}: ${JSON.stringify(evaluation.reason)}`).toMatch(/\p{Script=Han}/u);
  expect(zh).not.toBe(en);
  for (const step of evaluation.steps) {
    expect(stepText(step, 'en')).not.toMatch(EN_HOLE);
    const zhStep = stepText(step, 'zh');
    expect(zhStep, JSON.stringify(step)).not.toMatch(HOLE);
    expect(zhStep).toMatch(/\p{Script=Han}/u);
  }
  for (const because of Object.values(evaluation.computed.reasons)) {
    expect(becauseText(because, 'en')).not.toMatch(EN_HOLE);
    expect(becauseText(because, 'zh')).not.toMatch(HOLE);
    expect(becauseText(because, 'zh')).toMatch(/\p{Script=Han}/u);
  }
}

describe('every reason of the real plans', () => {
  const seen = new Set<Reason['code']>();
  it.each(FLAG_SETS)('reads in English and Chinese for %o', (flags) => {
    for (const plan of plans) {
      for (const evaluation of evaluatePlan(plan, parseEvaluationFlags(flags, today, plan.observations))) {
        expectWorded(evaluation);
        seen.add(evaluation.reason.code);
      }
    }
  });

  it('covers the verdicts the plans give (meets, misses, pace, gaps, standards, bounds, judgements)', () => {
    for (const code of ['MEETS', 'MISSES', 'ON_PACE', 'PERIOD_INCOMPLETE', 'STANDARD_PARTLY_OBSERVED', 'BOUND_KEPT', 'JUDGED', 'BASES_DIFFER', 'NO_OBSERVATION'] as const) expect(seen).toContain(code);
  });
});

describe('random plans of every kind', () => {
  const kinds = fc.constantFrom(
    { kind: 'level' as const, comparator: '>=' as const, value: 60 },
    { kind: 'average-growth' as const, comparator: 'approx' as const, value: 5, observe: 'rate' as const },
    { kind: 'cumulative-growth' as const, comparator: '>=' as const, value: 20 },
    { kind: 'factor' as const, factor: 2, baseYear: 2020 },
    { kind: 'reduction' as const, value: 9, observe: 'rate' as const },
    { kind: 'cumulative-sum' as const, comparator: '>=' as const, value: 100 },
    { kind: 'every-year' as const, comparator: '<=' as const, value: 55 },
    { kind: 'relative' as const, comparator: '>' as const, indicator: 'ref' },
    { kind: 'change' as const, by: 3 },
  );
  const values = fc.dictionary(fc.constantFrom('2020', '2021', '2022', '2023', '2024', '2025'), fc.double({ min: -20, max: 120, noNaN: true }));
  it('word every reason and note in both languages, pace and SDG', () => {
    fc.assert(
      fc.property(kinds, values, values, (target, own, reference) => {
        const asNumbers = (record: Record<string, number>): Record<number, number> => Object.fromEntries(Object.entries(record).map(([year, value]) => [Number(year), value]));
        const measure = 'observe' in target && target.observe === 'rate' ? { measure: 'rate' as const } : {};
        const plan = makePlan({
          indicators: [indicator('x', target, { unit: '%' }), indicator('ref', { kind: 'average-growth', comparator: '>=', value: 5, observe: 'rate' }, { unit: '%' })],
          observations: [...series('x', asNumbers(own), target.kind === 'relative' ? { measure: 'rate' } : measure), ...series('ref', asNumbers(reference), { measure: 'rate' })],
        });
        for (const method of ['pace', 'sdg'] as const) for (const evaluation of evaluatePlan(plan, { asOf: '2024-06-30', rule: { kind: 'all' }, method })) expectWorded(evaluation);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the Chinese words', () => {
  const goal = { as: 'per-year' as const, comparator: 'approx' as const, value: 5, tolerance: 0.25, year: null };
  const reading = { as: 'average' as const, rate: 0.0462, span: { from: 2021, to: 2025 } };

  it('a target in the words of the plans: 左右, 不低于, 个百分点', () => {
    expect(reasonText({ code: 'MISSES', reading, goal }, [], 'zh')).toBe('2021–2025年年均增长4.62%，未达到目标（年均增长5%左右（±0.25个百分点））');
    expect(reasonText({ code: 'MEETS', reading: { as: 'value', value: 4.5, year: 2025 }, goal: { as: 'value', comparator: '>=', value: 4.5, tolerance: null, year: 2025 } }, [], 'zh')).toBe(
      '2025年为4.5，达到目标（到2025年不低于4.5）',
    );
  });

  it('the pace in the evaluations’ terms, and years listed with 、', () => {
    const text = reasonText({ code: 'ON_PACE', reading, goal, missing: [2022, 2024], pace: { code: 'PACE', pace: 1.4, threshold: 1.2, above: true, ahead: true } }, [], 'zh');
    expect(text).toContain('（2022、2024年无数据）');
    expect(text).toContain('进度比1.4 ≥ 1.2，快于预期');
  });

  it('a bound broken, an authority, a standard in their Chinese names', () => {
    expect(reasonText({ code: 'BOUND_BROKEN', comparator: '<=', bound: 5.5, broken: [{ year: 2022, value: 6.1 }], year: 2025 }, [], 'zh')).toBe('2022年为6.1，突破每年不高于5.5的约束，已不可能在2025年前每年达标');
    expect(reasonText({ code: 'TARGET_NOT_RECORDED_YET', authority: 'national (国家下达)', observed: false }, [], 'zh')).toBe('目标由国家下达，规划中尚未录入其数值，也无观测数据');
    const met = reasonText({ code: 'STANDARD_MET', standard: 'GB 3095-2012 Grade II (国家二级标准)', judged: { year: 2024 }, total: 6, stricter: { standard: 'GB 3095-2012 Grade I (国家一级标准)', count: 1 }, earlier: [] }, [], 'zh');
    expect(met).toBe('2024年6个分项均符合GB 3095-2012 国家二级标准，其中1个优于GB 3095-2012 国家一级标准');
  });

  it('the same facts in English as before the catalogue', () => {
    expect(reasonText({ code: 'MISSES', reading, goal }, [], 'en')).toBe('average 4.62% a year 2021–2025 misses ≈ 5% (±0.25 points) a year');
    expect(reasonText({ code: 'NO_BASE_VALUE', year: 2020 }, [{ code: 'SET_BY', authority: 'the State Council' }], 'en')).toBe('no value for the base year 2020 (target set by the State Council)');
  });
});
