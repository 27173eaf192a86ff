// `average-growth`: compounded average growth a year over the period, from levels or from
// yearly rates (GDP 5% 左右 a year). Known only at the period's end, on every year.

import { cagr } from '../engine/growth.js';
import { meets } from '../engine/progress.js';
import { growthBaseYear, targetYear } from '../model/target-years.js';
import type { KindModule, TargetOf } from './kind-module.js';
import type { PlanHeader } from '../model/types.js';
import { TARGET_WORDS } from './target-words.js';
import { evaluateIndexTarget, indexSdgInput } from './index-target.js';
import { approxTolerance, goalOf, COMPARATOR_SYMBOL, comparatorAgrees, valueTerms, impossibleGrowthRate } from './shared.js';

export const averageGrowth: KindModule<'average-growth'> = {
  kind: 'average-growth',
  evaluate(indicator, target, context, result) {
    const { baseYear, targetIndex } = indexAimedAt(target, context.plan.header);
    const tolerance = approxTolerance(target.value, context.settings, target.tolerance);
    const average = (factor: number, years: number): number | null => cagr(1, factor, years).value;
    return evaluateIndexTarget(
      indicator,
      target,
      {
        baseYear,
        observe: target.observe ?? 'level',
        sign: 1,
        targetIndex,
        current: (index) => {
          const value = average(index.factor, index.yearsCovered);
          return value === null ? null : value * 100;
        },
        cumulative: (index) => index.factor - 1,
        met: (index) => {
          const value = average(index.factor, index.yearsCovered);
          return value !== null && meets(value * 100, target.comparator, target.value, indicator.direction, tolerance);
        },
        reading: (index) => ({ as: 'average', rate: average(index.factor, index.yearsCovered), span: index.span }),
        goal: goalOf('per-year', target.comparator, target.value, tolerance, null),
        finalOnly: true,
      },
      context,
      result,
    );
  },
  growthFromBaseYear: true,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput(evaluation, target, context) {
    const { baseYear, targetIndex } = indexAimedAt(target, context.plan.header);
    return indexSdgInput(evaluation, baseYear, targetIndex, evaluation.indicator.direction === 'increase' ? 1 : -1, context);
  },
  check: (indicator, target) => comparatorAgrees(target.comparator, target.value, indicator.direction),
  terms: (target, direction, settings) => valueTerms(target.comparator, target.value, direction, settings, target.tolerance),
  targetText: (target, format, lang) => TARGET_WORDS[lang].perYear(`${COMPARATOR_SYMBOL[target.comparator]}${format(target.value)}%`),
  currentText: (current, format, lang) => TARGET_WORDS[lang].perYear(`${format(current)}%`),
  axisTitle: (_indicator, _target, lang) => TARGET_WORDS[lang].growthIndex,
  targetMark: true,
};

/** The growth index the target asks for in its year: the rate a year compounded from the base year. */
function indexAimedAt(target: TargetOf<'average-growth'>, header: PlanHeader): { baseYear: number; targetIndex: number } {
  const baseYear = growthBaseYear(target, header);
  return { baseYear, targetIndex: Math.pow(1 + target.value / 100, targetYear(target, header) - baseYear) };
}
