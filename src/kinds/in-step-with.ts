// `in-step-with`: yearly growth kept close to another indicator's (income growth in step
// with GDP growth, 与经济增长基本同步). Kept from plan/v1 as the approx case of `relative`.

import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { checkReference, compareGrowth } from './growth-comparison.js';
import { impossibleGrowthRate } from './shared.js';

export const inStepWith: KindModule<'in-step-with'> = {
  kind: 'in-step-with',
  evaluate: (indicator, target, context, result) => compareGrowth(indicator, target, 'approx', context, result),
  growthFromBaseYear: false,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check: (indicator, target, scope) => checkReference(indicator, target.indicator, scope),
  terms: (target, direction, settings) => ({
    comparator: null,
    direction,
    number: null,
    numberField: 'value',
    tolerance: target.tolerance ?? settings.inStepTolerance,
    ...(target.tolerance !== undefined ? { explicitTolerance: target.tolerance } : {}),
  }),
  targetText: (target, _format, lang) => TARGET_WORDS[lang].inStepWith(target.indicator),
  currentText: (current, format, lang) => TARGET_WORDS[lang].perYear(`${format(current)}%`),
  axisTitle: (_indicator, target, lang) => TARGET_WORDS[lang].yearlyGrowthAgainst(target.indicator),
  targetMark: false,
};
