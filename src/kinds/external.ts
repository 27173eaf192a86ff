// `external`: a target set by another authority ("ensure the national target"). With its
// value recorded it is evaluated as the level, reduction or growth it stands for; without,
// only a recorded judgement (the authority's own assessment) can give a verdict.

import { judge } from '../engine/judgements.js';
import { emptyComputed } from '../engine/progress.js';
import type { Indicator, Target } from '../model/types.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS, bilingualIn } from './target-words.js';
import { approxTolerance, COMPARATOR_SYMBOL, impossibleGrowthRate, impossibleReduction } from './shared.js';

export const external: KindModule<'external'> = {
  kind: 'external',
  evaluate(indicator, target, context, result) {
    if (target.value === undefined || target.value === null) {
      result.computed = emptyComputed({ code: 'TARGET_NOT_RECORDED', authority: target.authority });
      const observed = context.index.all(indicator.id).length > 0;
      return judge(indicator, context, result, { code: 'TARGET_NOT_RECORDED_YET', authority: target.authority, observed });
    }
    const evaluation = context.evaluate({ ...indicator, target: standIn(target, target.value, indicator.direction, context.index.points(indicator.id, 'rate').length > 0) });
    if ((evaluation.status === 'no-data' || evaluation.status === 'not-assessed') && context.judgements.get(indicator.id)?.length) {
      return judge(indicator, context, { ...evaluation, indicator }, evaluation.reason);
    }
    return { ...evaluation, indicator, notes: [...evaluation.notes, { code: 'SET_BY', authority: target.authority }] };
  },
  growthFromBaseYear: true,
  judged: true,
  impossibleRate: (target, value) => ((target.measure ?? 'level') === 'reduction' ? impossibleReduction(value) : impossibleGrowthRate(target, value)),
  // The stand-in has had the measure applied already.
  sdgInput: () => null,
  check: () => [],
  terms(target, direction, settings) {
    const measure = target.measure ?? 'level';
    const comparator = target.comparator ?? (measure === 'level' ? (direction === 'increase' ? '>=' : '<=') : '>=');
    const value = typeof target.value === 'number' ? target.value : null;
    return {
      comparator,
      direction: measure === 'reduction' ? 'increase' : direction,
      number: value,
      numberField: 'value',
      tolerance: comparator === 'approx' && value !== null ? approxTolerance(value, settings) : null,
    };
  },
  targetText: (target, format, lang) =>
    typeof target.value === 'number'
      ? TARGET_WORDS[lang].setByWithValue(`${COMPARATOR_SYMBOL[target.comparator ?? '>=']}${format(target.value)}`, bilingualIn(target.authority, lang))
      : TARGET_WORDS[lang].setBy(bilingualIn(target.authority, lang)),
  currentText: (current, format) => format(current),
  axisTitle: (indicator) => indicator.unit,
  targetMark: true,
};

function standIn(target: Extract<Target, { kind: 'external' }>, value: number, direction: Indicator['direction'], observedAsRates: boolean): Target {
  const common = { year: target.year, baseYear: target.baseYear };
  switch (target.measure ?? 'level') {
    case 'reduction':
      return { kind: 'reduction', value, comparator: target.comparator ?? '>=', observe: observedAsRates ? 'rate' : 'level', ...common };
    case 'cumulative-growth':
      return { kind: 'cumulative-growth', value, comparator: target.comparator ?? '>=', ...common };
    case 'level':
      return { kind: 'level', value, comparator: target.comparator ?? (direction === 'increase' ? '>=' : '<='), year: target.year };
  }
}
