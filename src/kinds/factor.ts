// `factor`: a multiple of a base year's value (high-tech enterprises ×2, 翻一番; Lingang
// GDP ×4 on 2018, 翻两番).

import { meets } from '../engine/progress.js';
import { targetYear } from '../model/target-years.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { evaluateIndexTarget, indexSdgInput } from './index-target.js';
import { approxTolerance, goalOf, impossibleGrowthRate } from './shared.js';

export const factor: KindModule<'factor'> = {
  kind: 'factor',
  evaluate(indicator, target, context, result) {
    const year = targetYear(target, context.plan.header);
    const tolerance = approxTolerance(target.factor, context.settings);
    return evaluateIndexTarget(
      indicator,
      target,
      {
        baseYear: target.baseYear,
        observe: 'level',
        sign: 1,
        targetIndex: target.factor,
        current: (index) => index.factor,
        cumulative: (index) => index.factor - 1,
        met: (index) => meets(index.factor, target.comparator ?? '>=', target.factor, 'increase', tolerance),
        reading: (index) => ({ as: 'multiple', factor: index.factor, baseYear: target.baseYear, year: index.latestYear }),
        goal: goalOf('multiple', target.comparator ?? '>=', target.factor, tolerance, year),
        finalOnly: false,
      },
      context,
      result,
    );
  },
  growthFromBaseYear: true,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: (evaluation, target, context) => indexSdgInput(evaluation, target.baseYear, target.factor, 1, context),
  check: () => [],
  terms: (target, _direction, settings) => ({
    comparator: target.comparator ?? '>=',
    direction: 'increase',
    number: target.factor,
    numberField: 'factor',
    tolerance: target.comparator === 'approx' ? approxTolerance(target.factor, settings) : null,
  }),
  targetText: (target, format, lang) => TARGET_WORDS[lang].factorOn(format(target.factor), target.baseYear),
  currentText: (current, format) => `×${format(current)}`,
  axisTitle: (_indicator, _target, lang) => TARGET_WORDS[lang].growthIndex,
  targetMark: true,
};
