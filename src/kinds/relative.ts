// `relative`: yearly growth compared with another indicator's, whatever that indicator's
// own target (高于GDP增长 is `>`; 与经济增长基本同步 is `approx`, as in-step-with).

import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { checkReference, compareGrowth } from './growth-comparison.js';
import { COMPARATOR_SYMBOL, impossibleGrowthRate } from './shared.js';

export const relative: KindModule<'relative'> = {
  kind: 'relative',
  evaluate: (indicator, target, context, result) => compareGrowth(indicator, target, target.comparator, context, result),
  growthFromBaseYear: false,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check: (indicator, target, scope) => checkReference(indicator, target.indicator, scope),
  // A comparison with another series: the tolerance of its approx case is the only number to rank.
  terms: (target, direction, settings) => ({
    comparator: target.comparator,
    direction,
    number: null,
    numberField: 'value',
    tolerance: target.comparator === 'approx' ? (target.tolerance ?? settings.inStepTolerance) : null,
    ...(target.tolerance !== undefined ? { explicitTolerance: target.tolerance } : {}),
  }),
  targetText: (target, _format, lang) =>
    target.comparator === 'approx' ? TARGET_WORDS[lang].growthOfApprox(target.indicator) : TARGET_WORDS[lang].growthCompared(COMPARATOR_SYMBOL[target.comparator], target.indicator),
  currentText: (current, format, lang) => TARGET_WORDS[lang].perYear(`${format(current)}%`),
  axisTitle: (_indicator, target, lang) => TARGET_WORDS[lang].yearlyGrowthAgainst(target.indicator),
  targetMark: false,
};
