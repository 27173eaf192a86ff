// `change`: an absolute change from the base year's value, in the indicator's unit
// (提高1岁 is by: 1; 提高2个百分点 by: 2 on a share in %; 下降3个百分点 by: −3). Judged as the
// level it asks for, base + by, from that base.

import { noData, pointRef } from '../engine/context.js';
import { growthBaseYear } from '../model/target-years.js';
import type { Comparator, Direction } from '../model/types.js';
import type { KindModule, TargetOf } from './kind-module.js';
import { impossibleGrowthRate, valueTerms } from './shared.js';
import { level } from './level.js';

export const change: KindModule<'change'> = {
  kind: 'change',
  evaluate(indicator, target, context, result) {
    const baseYear = growthBaseYear(target, context.plan.header);
    const observed = context.index.points(indicator.id, 'level').find((point) => point.year === baseYear);
    const base = observed ? pointRef(observed) : indicator.baseline?.year === baseYear ? { ...indicator.baseline } : null;
    if (!base) {
      if (indicator.baseline) result.baseline = { ...indicator.baseline };
      return noData(result, { code: 'NO_BASE_VALUE', year: baseYear });
    }
    const wanted = base.value + target.by;
    const asLevel = { kind: 'level' as const, comparator: comparatorOf(target, indicator.direction), value: wanted, ...(target.tolerance !== undefined ? { tolerance: target.tolerance } : {}), ...(target.year !== undefined ? { year: target.year } : {}) };
    const evaluation = level.evaluate({ ...indicator, baseline: { year: base.year, value: base.value, source: base.source } }, asLevel, context, result);
    evaluation.steps.unshift({ code: 'CHANGE_LEVEL', base: base.value, baseYear, by: target.by, wanted });
    evaluation.notes.push({ code: 'CHANGE_ON_BASE', by: target.by, base: base.value, baseYear, moved: evaluation.latest ? evaluation.latest.value - base.value : null });
    return evaluation;
  },
  growthFromBaseYear: true,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check(indicator, target) {
    if (target.by === 0 || (target.by > 0) === (indicator.direction === 'increase')) return [];
    return [{ code: 'COMPARATOR_DIRECTION', path: ['target', 'by'], args: { by: target.by, direction: indicator.direction } }];
  },
  terms: (target, direction, settings) => valueTerms(comparatorOf(target, direction), target.by, direction, settings, target.tolerance),
  targetText: (target, format) => `${target.by >= 0 ? '+' : '−'}${format(Math.abs(target.by))}`,
  currentText: (current, format) => format(current),
  axisTitle: (indicator) => indicator.unit,
  targetMark: true,
};

/** At least the change asked for, in the indicator's direction, unless the plan says otherwise. */
function comparatorOf(target: TargetOf<'change'>, direction: Direction): Comparator {
  return target.comparator ?? (direction === 'increase' ? '>=' : '<=');
}

