// `reduction`: a total decrease over the period, from levels or yearly reductions
// compounded as 1 − Π(1 − rᵢ) (fertiliser use −9%). The number counts up: a larger cut
// is a harder target, whatever the indicator's direction.

import { meets } from '../engine/progress.js';
import { growthBaseYear, targetYear } from '../model/target-years.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { evaluateIndexTarget, indexSdgInput } from './index-target.js';
import { approxTolerance, COMPARATOR_SYMBOL, goalOf, impossibleReduction } from './shared.js';

export const reduction: KindModule<'reduction'> = {
  kind: 'reduction',
  evaluate(indicator, target, context, result) {
    const baseYear = growthBaseYear(target, context.plan.header);
    const year = targetYear(target, context.plan.header);
    const comparator = target.comparator ?? '>=';
    const tolerance = approxTolerance(target.value, context.settings);
    const observe = target.observe ?? 'level';
    return evaluateIndexTarget(
      indicator,
      target,
      {
        baseYear,
        observe,
        // Yearly reductions rᵢ compound as Π(1 − rᵢ): a growth index of the rates −rᵢ.
        sign: observe === 'rate' ? -1 : 1,
        targetIndex: 1 - target.value / 100,
        current: (index) => (1 - index.factor) * 100,
        cumulative: (index) => 1 - index.factor,
        met: (index) => meets((1 - index.factor) * 100, comparator, target.value, 'increase', tolerance),
        reading: (index) => ({ as: 'cut', percent: (1 - index.factor) * 100, span: index.span }),
        goal: goalOf('cut', comparator, target.value, tolerance, year),
        finalOnly: false,
      },
      context,
      result,
    );
  },
  growthFromBaseYear: true,
  judged: false,
  impossibleRate: (_target, value) => impossibleReduction(value),
  sdgInput: (evaluation, target, context) => indexSdgInput(evaluation, growthBaseYear(target, context.plan.header), 1 - target.value / 100, -1, context),
  check: () => [],
  terms: (target, _direction, settings) => ({
    comparator: target.comparator ?? '>=',
    direction: 'increase',
    number: target.value,
    numberField: 'value',
    tolerance: (target.comparator ?? '>=') === 'approx' ? approxTolerance(target.value, settings) : null,
  }),
  // "≥−9%" reads as "at least minus nine"; the target is a cut of at least 9%.
  targetText: (target, format, lang) => TARGET_WORDS[lang].cut(`${COMPARATOR_SYMBOL[target.comparator ?? '>=']}${format(target.value)}%`),
  currentText: (current, format, lang) => TARGET_WORDS[lang].cut(`${format(current)}%`),
  axisTitle: (_indicator, _target, lang) => TARGET_WORDS[lang].reductionIndex,
  targetMark: true,
};
