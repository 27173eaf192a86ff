// `cumulative-sum`: yearly flows summed over the period, accruing evenly unless the plan
// gives a schedule (110 万m² of old housing renovated in five years).

import { conclude, finish, missingYears, noData, pointRef, yearIsOver, yearlySpan } from '../engine/context.js';
import type { Reading } from '../engine/reasons.js';
import { ok, type Computed } from '../engine/growth.js';
import { emptyComputed, meets, setComputed } from '../engine/progress.js';
import { targetYear } from '../model/target-years.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { approxTolerance, goalOf, COMPARATOR_SYMBOL, valueTerms, impossibleGrowthRate } from './shared.js';

export const cumulativeSum: KindModule<'cumulative-sum'> = {
  kind: 'cumulative-sum',
  evaluate(indicator, target, context, result) {
    const { from, year, points } = yearlySpan(indicator, target, context, result);
    if (points.length === 0) return noData(result, { code: 'NO_YEARLY_FIGURE_SINCE', year: from });
    const latest = points.at(-1)!;
    result.latest = pointRef(latest);
    const flows = (target.observe ?? 'flow') === 'flow';
    const running = new Map<number, number>();
    let total = 0;
    for (const point of points) running.set(point.year, flows ? (total += point.value) : (total = point.value));
    if (!Number.isFinite(total)) {
      result.computed = emptyComputed({ code: 'SUM_TOO_LARGE' });
      return finish(result, 'not-assessed', { code: 'SUM_OVERFLOWS', count: points.length });
    }
    const lastNeeded = yearIsOver(context, year) ? year : latest.year;
    const missing = flows ? missingYears(from, lastNeeded, new Set(points.map((point) => point.year))) : [];

    const scheduleTotal = target.schedule?.reduce((sum, entry) => sum + entry.value, 0);
    const plannedBy = (y: number): number =>
      target.schedule && scheduleTotal
        ? (target.schedule.filter((entry) => entry.year <= y).reduce((sum, entry) => sum + entry.value, 0) / scheduleTotal) * target.value
        : (target.value * (y - from + 1)) / (year - from + 1);
    const expectedValue = plannedBy(latest.year);
    const computed = emptyComputed({ code: 'FLOWS_HAVE_NO_RATE' });
    setComputed(computed, 'cumulative', { value: total });
    const noShare: Computed = { value: null, reason: { code: 'TARGET_SUM_ZERO' } };
    setComputed(computed, 'progress', target.value !== 0 ? ok(total / target.value) : noShare);
    setComputed(computed, 'expected', target.value !== 0 ? ok(expectedValue / target.value) : noShare);
    setComputed(computed, 'expectedValue', ok(expectedValue));
    setComputed(computed, 'pace', expectedValue > 0 ? ok(total / expectedValue) : { value: null, reason: { code: 'NOTHING_PLANNED' } });
    const remaining = year - latest.year;
    const yearsCounted = latest.year - from + 1;
    setComputed(computed, 'projected', ok(remaining > 0 ? total + (total / yearsCounted) * remaining : total));
    if (flows) computed.coverage = { observed: points.length, expected: lastNeeded - from + 1, missing };
    result.computed = computed;
    result.current = total;
    result.pathShape = 'linear';
    result.path = [];
    for (let y = from; y <= year; y++) result.path.push({ year: y, expected: plannedBy(y), observed: running.get(y) ?? null });
    result.steps = [
      { code: 'SUM', from, to: latest.year, values: points.map((point) => point.value), total },
      { code: 'SUM_EXPECTED', year: latest.year, target: target.value, share: target.schedule ? null : { counted: yearsCounted, span: year - from + 1 }, value: expectedValue },
    ];
    if (computed.pace !== null) result.steps.push({ code: 'SUM_PACE', total, expected: expectedValue, value: computed.pace });
    const tolerance = approxTolerance(target.value, context.settings, target.tolerance);
    const met = meets(total, target.comparator, target.value, indicator.direction, tolerance);
    // What is still needed a year, while something is (a target met needs nothing more).
    if (remaining > 0 && !met) result.steps.push({ code: 'SUM_NEEDED', target: target.value, total, remaining, value: (target.value - total) / remaining });
    const reading: Reading = { as: 'sum', value: total, from, to: latest.year, years: points.map((point) => point.year), missing };
    const goal = goalOf('value', target.comparator, target.value, tolerance, year);
    // Unobserved years may hold flows: a sum short of the target is no final verdict.
    if (!met && missing.length > 0 && (latest.year >= year || yearIsOver(context, year))) {
      return finish(result, 'not-assessed', { code: 'SUM_SHORT_WITH_GAPS', reading, goal });
    }
    return conclude(result, context, { met, over: latest.year >= year, reading, goal });
  },
  growthFromBaseYear: false,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check(_indicator, target, scope) {
    if (!target.schedule) return [];
    const from = target.from ?? scope.plan.header.period.start;
    const year = targetYear(target, scope.plan.header);
    return target.schedule.flatMap((entry, index) =>
      entry.year < from || entry.year > year
        ? [{ code: 'SCHEDULE_YEAR_INVALID' as const, path: ['target', 'schedule', index, 'year'], args: { year: entry.year, from, to: year } }]
        : [],
    );
  },
  terms: (target, direction, settings) => valueTerms(target.comparator, target.value, direction, settings, target.tolerance),
  targetText: (target, format) => `Σ${COMPARATOR_SYMBOL[target.comparator]}${format(target.value)}`,
  currentText: (current, format) => `Σ${format(current)}`,
  axisTitle: (indicator, _target, lang) => TARGET_WORDS[lang].runningTotal(indicator.unit),
  targetMark: true,
};
