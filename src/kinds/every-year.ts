// `every-year`: a bound every single year must keep (surveyed unemployment within 5.5%).
// Kept is only known when every year is observed; one broken year and the target can no
// longer be met.

import { finish, missingYears, noData, pointRef, yearIsOver, yearlySpan } from '../engine/context.js';
import type { Reason } from '../engine/reasons.js';
import { emptyComputed, meets, setComputed } from '../engine/progress.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { COMPARATOR_SYMBOL, comparatorAgrees, valueTerms, impossibleGrowthRate } from './shared.js';

export const everyYear: KindModule<'every-year'> = {
  kind: 'every-year',
  evaluate(indicator, target, context, result) {
    const { from, year, points } = yearlySpan(indicator, target, context, result);
    if (points.length === 0) return noData(result, { code: 'NO_OBSERVATION_SINCE', year: from });
    const latest = points.at(-1)!;
    result.latest = pointRef(latest);
    result.current = latest.value;
    const broken = points.filter((point) => !meets(point.value, target.comparator, target.value, indicator.direction, 0));
    const lastNeeded = yearIsOver(context, year) ? year : latest.year;
    const missing = missingYears(from, lastNeeded, new Set(points.map((point) => point.year)));
    const computed = emptyComputed({ code: 'BOUND_HAS_NO_PATH' });
    setComputed(computed, 'progress', { value: (points.length - broken.length) / points.length });
    computed.coverage = { observed: points.length, expected: lastNeeded - from + 1, missing };
    result.computed = computed;
    result.path = points.map((point) => ({ year: point.year, expected: target.value, observed: point.value }));
    result.steps = [{ code: 'BOUND_YEARS', kept: points.length - broken.length, observed: points.length, comparator: target.comparator, bound: target.value, missing }];
    const terms = { comparator: target.comparator, bound: target.value };
    if (broken.length > 0) {
      return finish(result, 'missed', { code: 'BOUND_BROKEN', ...terms, broken: broken.map((point) => ({ year: point.year, value: point.value })), year });
    }
    const years = points.map((point) => point.year);
    const partial = missing.length > 0 && lastNeeded >= year;
    const kept: Reason = { code: 'BOUND_KEPT', ...terms, years, missing, partial };
    if (missing.length > 0) return finish(result, partial ? 'not-assessed' : 'on-track', kept);
    return finish(result, latest.year >= year ? 'achieved' : 'on-track', kept);
  },
  growthFromBaseYear: false,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check: (indicator, target) => comparatorAgrees(target.comparator, target.value, indicator.direction),
  terms: (target, direction, settings) => valueTerms(target.comparator, target.value, direction, settings),
  targetText: (target, format, lang) => TARGET_WORDS[lang].yearly(`${COMPARATOR_SYMBOL[target.comparator]}${format(target.value)}`),
  currentText: (current, format) => format(current),
  axisTitle: (indicator) => indicator.unit,
  targetMark: false,
};
