// `milestone`: a qualitative deliverable, assessed by recorded judgements with evidence
// (Hongqiao hub basically built; C919 type certificate).

import { judge } from '../engine/judgements.js';
import { emptyComputed } from '../engine/progress.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { impossibleGrowthRate } from './shared.js';

export const milestone: KindModule<'milestone'> = {
  kind: 'milestone',
  evaluate(indicator, _target, context, result) {
    result.computed = emptyComputed({ code: 'MILESTONE_JUDGED' });
    return judge(indicator, context, result, { code: 'NO_JUDGEMENT' });
  },
  growthFromBaseYear: false,
  judged: true,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check: () => [],
  terms: (_target, direction) => ({ comparator: null, direction, number: null, numberField: 'value', tolerance: null }),
  targetText: (_target, _format, lang) => TARGET_WORDS[lang].milestone,
  detail: (target) => target.deliverable,
  currentText: (current, format) => format(current),
  axisTitle: (indicator) => indicator.unit,
  targetMark: false,
};
