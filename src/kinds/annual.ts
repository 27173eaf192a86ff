// `annual`: a target set year by year in the annual plans (保持在合理区间、各年度视情提出).
// Each year is met or not against its own figure (the indicator's `annual` entries); the
// period is met only when every year is, and one year missed cannot be made good.

import { annualResults } from '../engine/annual.js';
import { finish, missingYears, yearIsOver } from '../engine/context.js';
import type { AnnualFact, Reason } from '../engine/reasons.js';
import { emptyComputed, setComputed } from '../engine/progress.js';
import { firstCountedYear, targetYear } from '../model/target-years.js';
import type { KindModule } from './kind-module.js';
import { TARGET_WORDS } from './target-words.js';
import { impossibleGrowthRate } from './shared.js';

export const annual: KindModule<'annual'> = {
  kind: 'annual',
  evaluate(indicator, target, context, result) {
    const from = firstCountedYear(target, context.plan.header);
    const year = targetYear(target, context.plan.header);
    const results = annualResults(indicator, context).filter((entry) => entry.year >= from && entry.year <= year);
    result.computed = emptyComputed({ code: 'ANNUAL_BY_YEAR' });
    if (!indicator.annual?.length) return finish(result, 'not-assessed', { code: 'NO_ANNUAL_TARGET' });
    const judged = results.filter((entry) => entry.met !== null);
    if (judged.length === 0) return finish(result, 'no-data', { code: 'NO_ANNUAL_RESULT', years: results.map((entry) => entry.year) });
    const latest = judged.at(-1)!;
    result.latest = latest.result;
    result.current = latest.result!.value;
    const lastNeeded = yearIsOver(context, year) ? year : latest.year;
    const missing = missingYears(from, lastNeeded, new Set(judged.map((entry) => entry.year)));
    const met = judged.filter((entry) => entry.met);
    result.computed.coverage = { observed: judged.length, expected: lastNeeded - from + 1, missing };
    setComputed(result.computed, 'progress', { value: met.length / judged.length });
    result.path = results.map((entry) => ({ year: entry.year, expected: entry.entry.value, observed: entry.result?.value ?? null }));
    const fact = (entry: (typeof results)[number]): AnnualFact => ({ year: entry.year, value: entry.result!.value, comparator: entry.entry.comparator, target: entry.entry.value, tolerance: entry.tolerance });
    result.steps = judged.map((entry) => ({ code: 'ANNUAL_ENTRY', entry: fact(entry), met: entry.met === true, source: entry.entry.source }));
    const notMet = judged.filter((entry) => !entry.met);
    if (notMet.length) return finish(result, 'missed', { code: 'ANNUAL_NOT_MET', entries: notMet.map(fact) });
    const kept: Reason = { code: 'ANNUAL_MET', years: met.map((entry) => entry.year), missing };
    if (missing.length) return finish(result, lastNeeded >= year ? 'not-assessed' : 'on-track', kept);
    return finish(result, latest.year >= year ? 'achieved' : 'on-track', kept);
  },
  growthFromBaseYear: false,
  judged: false,
  impossibleRate: impossibleGrowthRate,
  sdgInput: () => null,
  check: () => [],
  terms: (_target, direction) => ({ comparator: null, direction, number: null, numberField: 'value', tolerance: null }),
  targetText: (_target, _format, lang) => TARGET_WORDS[lang].setEachYear,
  currentText: (current, format) => format(current),
  axisTitle: (indicator) => indicator.unit,
  targetMark: false,
};
