// `standard`: every component within its threshold (six air pollutants within national
// Grade II, GB 3095-2012; some better than Grade I). Judged on the components' values of
// the target year once it is over, before that on each component's latest. A component not
// observed leaves the verdict open.

import { finish, lastCountedYear, noData, pointRef, yearIsOver, yearList } from '../engine/context.js';
import { emptyComputed, fmt, setComputed } from '../engine/progress.js';
import type { ComponentResult } from '../engine/types.js';
import { targetYear } from '../model/target-years.js';
import type { KindFinding, KindModule } from './kind-module.js';
import { TARGET_WORDS, bilingualIn } from './target-words.js';
import { impossibleGrowthRate } from './shared.js';

export const standard: KindModule<'standard'> = {
  kind: 'standard',
  evaluate(indicator, target, context, result) {
    const components = indicator.components ?? [];
    const year = targetYear(target, context.plan.header);
    const limitYear = Math.min(year, lastCountedYear(context));
    const seriesOf = new Map(components.map((component) => [component.id, context.index.points(indicator.id, 'level', component.id).filter((point) => point.year <= limitYear)]));
    const observedYears = [...seriesOf.values()].flatMap((points) => points.map((point) => point.year));
    result.computed = emptyComputed('a standard is met component by component');
    if (observedYears.length === 0) return noData(result, `no component of ${components.length} observed`);
    // Once the target year is over, its values decide; before, each component's latest.
    const over = yearIsOver(context, year) || observedYears.includes(year);
    const results: ComponentResult[] = components.map((component) => {
      const points = seriesOf.get(component.id)!;
      const point = over ? points.find((candidate) => candidate.year === year) : points.at(-1);
      const stricterApplies = component.stricterLimit !== undefined && component.stricterLimit < component.limit;
      return {
        id: component.id,
        year: point?.year ?? null,
        value: point?.value ?? null,
        limit: component.limit,
        stricterLimit: component.stricterLimit ?? null,
        withinLimit: point ? point.value <= component.limit : null,
        // Only a tier that is actually stricter can be "better than" it.
        withinStricter: point && stricterApplies ? point.value <= component.stricterLimit! : null,
        series: points.map((candidate) => ({ year: candidate.year, value: candidate.value })),
      };
    });
    const judgedYears = [...new Set(results.flatMap((component) => (component.year === null ? [] : [component.year])))].sort();
    const judged = over ? year : Math.max(...judgedYears);
    const when = over || judgedYears.length === 1 ? `in ${judged}` : `in ${yearList(judgedYears)} (each component's latest)`;
    result.components = results;
    const observed = results.filter((component) => component.value !== null);
    const firstObserved = observed[0] && seriesOf.get(observed[0].id)!.find((point) => point.year === observed[0]!.year);
    if (firstObserved) result.latest = pointRef(firstObserved);
    result.steps = results.map((component) =>
      component.value === null
        ? `${component.id}: not observed${over ? ` in ${year}` : ''}`
        : `${component.id}: ${fmt(component.value)} in ${component.year} against ${fmt(component.limit)}${component.stricterLimit !== null ? ` / stricter ${fmt(component.stricterLimit)}` : ''}`,
    );
    const earlier = exceedancesBefore(results);
    if (earlier.length) result.steps.push(`earlier in the period: ${earlier.join(', ')}`);
    result.computed.coverage = { observed: observed.length, expected: components.length, missing: [] };
    setComputed(result.computed, 'progress', { value: observed.length ? observed.filter((component) => component.withinLimit).length / components.length : 0 });
    const describe = (component: ComponentResult): string => `${component.id} ${fmt(component.value!)} (limit ${fmt(component.limit)})`;
    const exceeding = observed.filter((component) => component.withinLimit === false);
    const earlierNote = earlier.length ? `; earlier: ${earlier.join(', ')}` : '';
    if (exceeding.length > 0) return finish(result, over ? 'missed' : 'off-track', `${target.standard} exceeded ${when}: ${exceeding.map(describe).join(', ')}`);
    const unobserved = results.filter((component) => component.value === null).map((component) => component.id);
    if (unobserved.length > 0) {
      if (observed.length === 0) return finish(result, 'not-assessed', `no component observed in ${year}, the target year`);
      return finish(result, 'not-assessed', `${observed.length} of ${components.length} components observed ${when}, all within ${target.standard} (${observed.map(describe).join(', ')}); no data for ${unobserved.join(', ')}${earlierNote}`);
    }
    const stricterCount = results.filter((component) => component.withinStricter === true).length;
    if (target.stricter && stricterCount < target.stricter.atLeast) {
      const text = `all within ${target.standard} ${when}, but ${stricterCount} of the required ${target.stricter.atLeast} better than ${target.stricter.standard}`;
      return finish(result, over ? 'missed' : 'at-risk', text);
    }
    // Met is achieved, even before the target year, as for a level.
    return finish(result, 'achieved', `all ${components.length} components within ${target.standard} ${when}${target.stricter ? `; ${stricterCount} better than ${target.stricter.standard}` : ''}${earlierNote}`);
  },
  growthFromBaseYear: false,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check(indicator, target) {
    const findings: KindFinding[] = [];
    if (!indicator.components?.length) {
      findings.push({ code: 'COMPONENTS_REQUIRED', path: ['target'], args: {} });
    } else if (target.stricter && target.stricter.atLeast > indicator.components.filter((component) => component.stricterLimit !== undefined).length) {
      findings.push({ code: 'STRICTER_TOO_MANY', path: ['target', 'stricter', 'atLeast'], args: { atLeast: target.stricter.atLeast, standard: target.stricter.standard } });
    }
    return findings;
  },
  terms: (target, direction) => ({ comparator: null, direction, number: null, numberField: 'value', tolerance: null, ...(target.stricter ? { stricter: target.stricter } : {}) }),
  // en: the standard's English name, its Chinese in brackets left out; zh: its code and Chinese name.
  targetText: (target, _format, lang) => (lang === 'en' ? target.standard.replace(/\s*\(.*\)$/, '') : bilingualIn(target.standard, lang)),
  currentText: (current, format) => format(current),
  axisTitle: (_indicator, _target, lang) => TARGET_WORDS[lang].shareOfLimit,
  targetMark: false,
};

/** "o3 above 160 in 2022": components above their limit in years before the one judged. */
function exceedancesBefore(results: readonly ComponentResult[]): string[] {
  const out: string[] = [];
  for (const component of results) {
    const years = (component.series ?? []).filter((point) => component.year !== null && point.year < component.year && point.value > component.limit);
    if (years.length) out.push(`${component.id} above ${fmt(component.limit)} in ${yearList(years.map((point) => point.year))}`);
  }
  return out;
}
