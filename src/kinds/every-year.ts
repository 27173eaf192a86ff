// `every-year`: a bound every single year must keep (surveyed unemployment within 5.5%).
// Kept is only known when every year is observed; one broken year and the target can no
// longer be met.

import { finish, missingYears, noData, pointRef, yearIsOver, yearList, yearlySpan } from '../engine/context.js';
import { emptyComputed, fmt, meets, setComputed } from '../engine/progress.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { COMPARATOR_SYMBOL, comparatorAgrees, valueTerms, impossibleGrowthRate } from './shared.js';

export const everyYear: KindModule<'every-year'> = {
  kind: 'every-year',
  evaluate(indicator, target, context, result) {
    const { from, year, points } = yearlySpan(indicator, target, context, result);
    if (points.length === 0) return noData(result, `no observation since ${from}`);
    const latest = points.at(-1)!;
    result.latest = pointRef(latest);
    result.current = latest.value;
    const bound = `${COMPARATOR_SYMBOL[target.comparator]} ${fmt(target.value)}`;
    const broken = points.filter((point) => !meets(point.value, target.comparator, target.value, indicator.direction, 0));
    const lastNeeded = yearIsOver(context, year) ? year : latest.year;
    const missing = missingYears(from, lastNeeded, new Set(points.map((point) => point.year)));
    const computed = emptyComputed('a bound kept every year has no growth path');
    setComputed(computed, 'progress', { value: (points.length - broken.length) / points.length });
    computed.coverage = { observed: points.length, expected: lastNeeded - from + 1, missing };
    result.computed = computed;
    result.path = points.map((point) => ({ year: point.year, expected: target.value, observed: point.value }));
    result.steps = [`${points.length - broken.length} of ${points.length} observed years keep ${bound}${missing.length ? `; ${yearList(missing)} not observed` : ''}`];
    if (broken.length > 0) {
      const list = broken.map((point) => `${point.year}: ${fmt(point.value)}`).join(', ');
      return finish(result, 'missed', `bound ${bound} broken in ${list}: it can no longer be kept every year to ${year}`);
    }
    const observedYears = yearList(points.map((point) => point.year));
    if (missing.length > 0) {
      const kept = `kept ${bound} in ${observedYears}; ${yearList(missing)} not observed`;
      return finish(result, lastNeeded >= year ? 'not-assessed' : 'on-track', lastNeeded >= year ? `${kept}: no verdict on part of the period` : kept);
    }
    return finish(result, latest.year >= year ? 'achieved' : 'on-track', `kept ${bound} in every year ${from}–${latest.year}`);
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
