// `standard`: every component within its threshold (six air pollutants within national
// Grade II, GB 3095-2012; some better than Grade I). Judged on the components' values of
// the target year once it is over, before that on each component's latest. A component not
// observed leaves the verdict open.

import { finish, lastCountedYear, noData, pointRef, yearIsOver } from '../engine/context.js';
import { emptyComputed, setComputed } from '../engine/progress.js';
import type { ComponentResult } from '../engine/types.js';
import type { ComponentFact, Exceedance, Judged } from '../engine/reasons.js';
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
    result.computed = emptyComputed({ code: 'STANDARD_BY_COMPONENT' });
    if (observedYears.length === 0) return noData(result, { code: 'NO_COMPONENT_OBSERVED', count: components.length });
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
    const when: Judged = over || judgedYears.length === 1 ? { year: judged } : { latest: judgedYears };
    result.components = results;
    const observed = results.filter((component) => component.value !== null);
    const firstObserved = observed[0] && seriesOf.get(observed[0].id)!.find((point) => point.year === observed[0]!.year);
    if (firstObserved) result.latest = pointRef(firstObserved);
    result.steps = results.map((component) => ({
      code: 'COMPONENT',
      id: component.id,
      value: component.value,
      year: component.year,
      limit: component.limit,
      stricterLimit: component.stricterLimit,
      judgedYear: over ? year : null,
    }));
    const earlier = exceedancesBefore(results);
    if (earlier.length) result.steps.push({ code: 'EARLIER_EXCEEDANCES', earlier });
    result.computed.coverage = { observed: observed.length, expected: components.length, missing: [] };
    setComputed(result.computed, 'progress', { value: observed.length ? observed.filter((component) => component.withinLimit).length / components.length : 0 });
    const fact = (component: ComponentResult): ComponentFact => ({ id: component.id, value: component.value!, limit: component.limit });
    const exceeding = observed.filter((component) => component.withinLimit === false);
    const standard = target.standard;
    if (exceeding.length > 0) return finish(result, over ? 'missed' : 'off-track', { code: 'STANDARD_EXCEEDED', standard, judged: when, exceeding: exceeding.map(fact) });
    const unobserved = results.filter((component) => component.value === null).map((component) => component.id);
    if (unobserved.length > 0) {
      if (observed.length === 0) return finish(result, 'not-assessed', { code: 'NO_COMPONENT_IN_YEAR', year });
      return finish(result, 'not-assessed', { code: 'STANDARD_PARTLY_OBSERVED', standard, judged: when, observed: observed.map(fact), total: components.length, unobserved, earlier });
    }
    const stricterCount = results.filter((component) => component.withinStricter === true).length;
    if (target.stricter && stricterCount < target.stricter.atLeast) {
      return finish(result, over ? 'missed' : 'at-risk', { code: 'STRICTER_SHORT', standard, judged: when, count: stricterCount, atLeast: target.stricter.atLeast, stricter: target.stricter.standard });
    }
    // Met is achieved, even before the target year, as for a level.
    const stricter = target.stricter ? { standard: target.stricter.standard, count: stricterCount } : null;
    return finish(result, 'achieved', { code: 'STANDARD_MET', standard, judged: when, total: components.length, stricter, earlier });
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

/** Components above their limit in years before the one judged (o3 above 160 in 2022). */
function exceedancesBefore(results: readonly ComponentResult[]): Exceedance[] {
  const out: Exceedance[] = [];
  for (const component of results) {
    const years = (component.series ?? []).filter((point) => component.year !== null && point.year < component.year && point.value > component.limit);
    if (years.length) out.push({ id: component.id, limit: component.limit, years: years.map((point) => point.year) });
  }
  return out;
}
