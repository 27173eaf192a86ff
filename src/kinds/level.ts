// `level`: reach a value by the target year (R&D 4.5% 左右; life expectancy above 84).

import { applyFrame, conclude, finish, lastCountedYear, noData, pointRef, type EvaluationContext } from '../engine/context.js';
import type { SeriesPoint } from '../engine/observations.js';
import { emptyComputed, meets } from '../engine/progress.js';
import type { PointRef } from '../engine/types.js';
import { targetYear } from '../model/target-years.js';
import type { Indicator } from '../model/types.js';
import type { KindModule } from './kind-module.js';
import { approxTolerance, COMPARATOR_SYMBOL, comparatorAgrees, goalOf, valueTerms, impossibleGrowthRate } from './shared.js';

export const level: KindModule<'level'> = {
  kind: 'level',
  evaluate(indicator, target, context, result) {
    const year = targetYear(target, context.plan.header);
    const points = context.index.points(indicator.id, 'level').filter((point) => point.year <= Math.min(year, lastCountedYear(context)));
    const baseline = levelBaseline(indicator, points, context);
    if (baseline) result.baseline = baseline;
    if (points.length === 0) return noData(result, { code: 'NO_OBSERVATION' });
    const latest = points.at(-1)!;
    result.latest = pointRef(latest);
    result.current = latest.value;
    const tolerance = approxTolerance(target.value, context.settings, target.tolerance);
    const meetsTarget = (value: number): boolean => meets(value, target.comparator, target.value, indicator.direction, tolerance);
    if (baseline && baseline.year < latest.year) {
      applyFrame(result, {
        baseYear: baseline.year,
        base: baseline.value,
        targetYear: year,
        target: target.value,
        latestYear: latest.year,
        latest: latest.value,
        path: context.settings.path,
        observed: new Map(points.map((point) => [point.year, point.value])),
        meets: meetsTarget,
      }, context);
    } else {
      result.computed = emptyComputed(baseline ? { code: 'BASELINE_ONLY' } : { code: 'NO_BASELINE' });
    }
    const reading = { as: 'value' as const, value: latest.value, year: latest.year };
    const goal = goalOf('value', target.comparator, target.value, tolerance, year);
    if (baseline && baseline.year < latest.year && meetsTarget(baseline.value) && !meetsTarget(latest.value) && latest.year < year) {
      // Met at the baseline, fallen back since: moving away from a target once reached.
      return finish(result, 'off-track', { code: 'FELL_BACK', reading, goal, baseline: { value: baseline.value, year: baseline.year } });
    }
    return conclude(result, context, { met: meetsTarget(latest.value), over: latest.year >= year, reading, goal });
  },
  growthFromBaseYear: false,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput(evaluation, target, context) {
    const indicator = evaluation.indicator;
    const lastYear = evaluation.latest?.year ?? Number.NEGATIVE_INFINITY;
    const series = context.index.points(indicator.id, 'level').filter((point) => point.year <= lastYear);
    // The plan's declared baseline counts as data of its year (README, the SDG method).
    const baseline = indicator.baseline;
    const withBaseline = baseline && !series.some((point) => point.year === baseline.year) ? [{ year: baseline.year, value: baseline.value }, ...series] : series;
    return {
      series: withBaseline.map((point) => ({ year: point.year, value: point.value })),
      baseYear: baseline?.year ?? context.plan.header.baseYear,
      target: target.value,
      targetYear: targetYear(target, context.plan.header),
      direction: indicator.direction === 'increase' ? 1 : -1,
    };
  },
  check: (indicator, target) => comparatorAgrees(target.comparator, target.value, indicator.direction),
  terms: (target, direction, settings) => valueTerms(target.comparator, target.value, direction, settings, target.tolerance),
  targetText: (target, format) => `${COMPARATOR_SYMBOL[target.comparator]}${format(target.value)}`,
  currentText: (current, format) => format(current),
  axisTitle: (indicator) => indicator.unit,
  targetMark: true,
};

/** The plan's baseline, else the last observation at or before the base year, else the first. */
function levelBaseline(indicator: Indicator, points: SeriesPoint[], context: EvaluationContext): PointRef | null {
  if (indicator.baseline) return { ...indicator.baseline };
  const baseYear = context.plan.header.baseYear;
  const before = points.filter((point) => point.year <= baseYear).at(-1);
  const chosen = before ?? (points.length >= 2 ? points[0] : undefined);
  return chosen ? pointRef(chosen) : null;
}
