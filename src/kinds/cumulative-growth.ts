// `cumulative-growth`: total growth over the period, from levels or compounded yearly
// changes (land productivity +20% over five years).

import { meets } from '../engine/progress.js';
import { growthBaseYear, targetYear } from '../model/target-years.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { evaluateIndexTarget, indexSdgInput } from './index-target.js';
import { approxTolerance, goalOf, COMPARATOR_SYMBOL, comparatorAgrees, valueTerms, impossibleGrowthRate } from './shared.js';

export const cumulativeGrowth: KindModule<'cumulative-growth'> = {
  kind: 'cumulative-growth',
  evaluate(indicator, target, context, result) {
    const baseYear = growthBaseYear(target, context.plan.header);
    const year = targetYear(target, context.plan.header);
    const tolerance = approxTolerance(target.value, context.settings, target.tolerance);
    return evaluateIndexTarget(
      indicator,
      target,
      {
        baseYear,
        observe: target.observe ?? 'level',
        sign: 1,
        targetIndex: 1 + target.value / 100,
        current: (index) => (index.factor - 1) * 100,
        cumulative: (index) => index.factor - 1,
        met: (index) => meets((index.factor - 1) * 100, target.comparator, target.value, indicator.direction, tolerance),
        reading: (index) => ({ as: 'growth', percent: (index.factor - 1) * 100, span: index.span }),
        goal: goalOf('growth', target.comparator, target.value, tolerance, year),
        finalOnly: false,
      },
      context,
      result,
    );
  },
  growthFromBaseYear: true,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: (evaluation, target, context) =>
    indexSdgInput(evaluation, growthBaseYear(target, context.plan.header), 1 + target.value / 100, evaluation.indicator.direction === 'increase' ? 1 : -1, context),
  check: (indicator, target) => comparatorAgrees(target.comparator, target.value, indicator.direction),
  terms: (target, direction, settings) => valueTerms(target.comparator, target.value, direction, settings, target.tolerance),
  targetText: (target, format) => `${COMPARATOR_SYMBOL[target.comparator]}+${format(target.value)}%`,
  currentText: (current, format) => `+${format(current)}%`,
  axisTitle: (_indicator, _target, lang) => TARGET_WORDS[lang].growthIndex,
  targetMark: true,
};
