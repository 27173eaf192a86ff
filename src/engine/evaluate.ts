// Where every indicator stands at an as-of date. Pure: it gets the plan, the observations
// that count and the date, and returns data. No files, clock, environment or terminal.

import type {
  AverageGrowthTarget,
  CumulativeGrowthTarget,
  CumulativeSumTarget,
  EveryYearTarget,
  FactorTarget,
  Indicator,
  InStepWithTarget,
  Judgement,
  LevelTarget,
  Plan,
  ReductionTarget,
  StandardTarget,
} from '../model/types.js';
import { cagr, compoundRates, ok } from './growth.js';
import { ObservationIndex, type SeriesPoint, type VintageRule } from './observations.js';
import { emptyComputed, fmt, measureFrame, meets, pct, setComputed, statusFromPace, type Frame } from './progress.js';
import { settingsOf, type Settings } from './settings.js';
import { sdgProgress, sdgStatus } from './sdg.js';
import { firstCountedYear, growthBaseYear, targetYear } from './target-years.js';
import type { ComponentResult, Evaluation, Method, PointRef, Status } from './types.js';

export interface EvaluateOptions {
  /** YYYY-MM-DD: the date the evaluation speaks for. */
  asOf: string;
  rule: VintageRule;
  method: Method;
}

interface Context {
  plan: Plan;
  settings: Settings;
  index: ObservationIndex;
  asOf: string;
  method: Method;
  judgements: Map<string, Judgement[]>;
}

export function evaluatePlan(plan: Plan, options: EvaluateOptions): Evaluation[] {
  const units = new Map(plan.indicators.map((indicator) => [indicator.id, indicator.unit]));
  const judgements = new Map<string, Judgement[]>();
  for (const judgement of plan.judgements) {
    if (judgement.date > options.asOf) continue;
    const list = judgements.get(judgement.indicator) ?? [];
    list.push(judgement);
    judgements.set(judgement.indicator, list);
  }
  const context: Context = {
    plan,
    settings: settingsOf(plan.header),
    index: new ObservationIndex(plan.observations, options.rule, units),
    asOf: options.asOf,
    method: options.method,
    judgements,
  };
  return plan.indicators.map((indicator) => evaluateIndicator(indicator, context));
}

function evaluateIndicator(indicator: Indicator, context: Context): Evaluation {
  const target = indicator.target;
  const observations = context.index.all(indicator.id);
  const base: Evaluation = {
    indicator,
    status: 'no-data',
    why: '',
    baseline: null,
    latest: null,
    current: null,
    computed: emptyComputed('no data'),
    path: [],
    pathShape: context.settings.path,
    steps: [],
    observations,
  };
  const evaluation = evaluateByKind(indicator, context, base);
  // An external target with a value is evaluated as the level, reduction or growth it
  // stands for, and that evaluation has had the SDG measure applied already.
  if (context.method === 'sdg' && target.kind !== 'external') applySdg(evaluation, context);
  return evaluation;
}

function evaluateByKind(indicator: Indicator, context: Context, base: Evaluation): Evaluation {
  const target = indicator.target;
  switch (target.kind) {
    case 'level':
      return evaluateLevel(indicator, target, context, base);
    case 'average-growth':
    case 'cumulative-growth':
      return evaluateGrowth(indicator, target, context, base);
    case 'reduction':
      return evaluateReduction(indicator, target, context, base);
    case 'factor':
      return evaluateFactor(indicator, target, context, base);
    case 'cumulative-sum':
      return evaluateSum(indicator, target, context, base);
    case 'every-year':
      return evaluateEveryYear(indicator, target, context, base);
    case 'in-step-with':
      return evaluateInStep(indicator, target, context, base);
    case 'standard':
      return evaluateStandard(indicator, target, context, base);
    case 'external':
      return evaluateExternal(indicator, context, base);
    case 'milestone':
      return evaluateMilestone(indicator, context, base);
  }
}

// ---------------------------------------------------------------------------------------
// Kinds with a number to reach

function evaluateLevel(indicator: Indicator, target: LevelTarget, context: Context, result: Evaluation): Evaluation {
  const year = targetYear(target, context.plan.header);
  const points = inPeriodPoints(context.index.points(indicator.id, 'level'), context).filter((point) => point.year <= year);
  if (points.length === 0) return noData(result, 'no observation');
  const latest = points.at(-1)!;
  result.latest = pointRef(latest);
  result.current = latest.value;
  const tolerance = target.tolerance ?? context.settings.approxTolerance * Math.abs(target.value);
  const met = meets(latest.value, target.comparator, target.value, indicator.direction, tolerance);
  const targetText = `${comparatorText(target.comparator)} ${fmt(target.value)}${target.comparator === 'approx' ? ` (±${fmt(tolerance)})` : ''}`;

  const baseline = levelBaseline(indicator, points, context);
  if (baseline) {
    result.baseline = baseline;
    const frame: Frame = {
      baseYear: baseline.year,
      base: baseline.value,
      targetYear: year,
      target: target.value,
      latestYear: latest.year,
      latest: latest.value,
      path: context.settings.path,
      observed: new Map(points.map((point) => [point.year, point.value])),
    };
    if (baseline.year < latest.year) applyFrame(result, frame);
    else result.computed = emptyComputed('only the baseline is observed');
  } else {
    result.computed = emptyComputed('no baseline: the first observation is the latest');
  }
  return conclude(result, context, { met, over: latest.year >= year, observed: `${fmt(latest.value)} in ${latest.year}`, target: `${targetText} by ${year}` });
}

/** The plan's baseline, else the last observation at or before the base year, else the first. */
function levelBaseline(indicator: Indicator, points: SeriesPoint[], context: Context): PointRef | null {
  if (indicator.baseline) return { ...indicator.baseline };
  const baseYear = context.plan.header.baseYear;
  const before = points.filter((point) => point.year <= baseYear).at(-1);
  const chosen = before ?? (points.length >= 2 ? points[0] : undefined);
  return chosen ? pointRef(chosen) : null;
}

function evaluateGrowth(indicator: Indicator, target: AverageGrowthTarget | CumulativeGrowthTarget, context: Context, result: Evaluation): Evaluation {
  const header = context.plan.header;
  const baseYear = growthBaseYear(target, header);
  const year = targetYear(target, header);
  const span = year - baseYear;
  const rate = target.value / 100;
  const targetIndex = target.kind === 'average-growth' ? Math.pow(1 + rate, span) : 1 + rate;
  const index = growthIndex(indicator, target.observe ?? 'level', baseYear, year, context);
  if ('missing' in index) return noData(result, index.missing);
  result.baseline = index.baseline;
  result.latest = index.latest;
  const elapsed = index.latestYear - baseYear;
  // Undefined (null) when the level has fallen to or below zero: no NaN reaches the report.
  const average = cagr(1, index.factor, elapsed);
  const achievedAverage = average.value;
  const frame: Frame = {
    baseYear,
    base: 1,
    targetYear: year,
    target: targetIndex,
    latestYear: index.latestYear,
    latest: index.factor,
    path: context.settings.path,
    observed: index.observed,
  };
  applyFrame(result, frame);
  result.steps.unshift(...index.steps);
  const tolerancePoints = target.tolerance ?? context.settings.approxTolerance * Math.abs(target.value);
  if (target.kind === 'average-growth') {
    result.current = achievedAverage === null ? null : achievedAverage * 100;
    result.computed.cumulative = index.factor - 1;
    delete result.computed.reasons.cumulative;
    const targetText = `${comparatorText(target.comparator)} ${fmt(target.value)}% a year${target.comparator === 'approx' ? ` (±${fmt(tolerancePoints)} points)` : ''}`;
    const averageText =
      achievedAverage === null ? `average growth ${baseYear + 1}–${index.latestYear} undefined (${average.reason})` : `average ${pct(achievedAverage)} a year ${baseYear + 1}–${index.latestYear}`;
    if (index.latestYear >= year) {
      const met = achievedAverage !== null && meets(achievedAverage * 100, target.comparator, target.value, indicator.direction, tolerancePoints);
      return finish(result, met ? 'achieved' : 'missed', `${averageText} ${met ? 'meets' : 'misses'} ${targetText}`);
    }
    return paceStatus(result, context, `${averageText}; target ${targetText}`);
  }
  result.current = (index.factor - 1) * 100;
  result.computed.cumulative = index.factor - 1;
  delete result.computed.reasons.cumulative;
  const targetText = `${comparatorText(target.comparator)} +${fmt(target.value)}% by ${year}`;
  const met = meets((index.factor - 1) * 100, target.comparator, target.value, indicator.direction, tolerancePoints);
  const totalText = `+${fmt((index.factor - 1) * 100)}% ${baseYear}–${index.latestYear}`;
  return conclude(result, context, { met, over: index.latestYear >= year, observed: totalText, target: targetText });
}

function evaluateReduction(indicator: Indicator, target: ReductionTarget, context: Context, result: Evaluation): Evaluation {
  const header = context.plan.header;
  const baseYear = growthBaseYear(target, header);
  const year = targetYear(target, header);
  const observe = target.observe ?? 'level';
  // Yearly reductions rᵢ compound as Π(1 − rᵢ): a growth index of the rates −rᵢ.
  const index = growthIndex(indicator, observe, baseYear, year, context, observe === 'rate' ? -1 : 1);
  if ('missing' in index) return noData(result, index.missing);
  result.baseline = index.baseline;
  result.latest = index.latest;
  const frame: Frame = {
    baseYear,
    base: 1,
    targetYear: year,
    target: 1 - target.value / 100,
    latestYear: index.latestYear,
    latest: index.factor,
    path: context.settings.path,
    observed: index.observed,
  };
  applyFrame(result, frame);
  result.steps.unshift(...index.steps);
  const reduced = (1 - index.factor) * 100;
  result.current = reduced;
  result.computed.cumulative = 1 - index.factor;
  delete result.computed.reasons.cumulative;
  const comparator = target.comparator ?? '>=';
  const tolerance = context.settings.approxTolerance * target.value;
  const met = meets(reduced, comparator, target.value, 'increase', tolerance);
  const text = `down ${fmt(reduced)}% ${baseYear}–${index.latestYear}`;
  const targetText = `${comparatorText(comparator)} ${fmt(target.value)}% by ${year}`;
  return conclude(result, context, { met, over: index.latestYear >= year, observed: text, target: targetText });
}

function evaluateFactor(indicator: Indicator, target: FactorTarget, context: Context, result: Evaluation): Evaluation {
  const year = targetYear(target, context.plan.header);
  const index = growthIndex(indicator, 'level', target.baseYear, year, context);
  if ('missing' in index) return noData(result, index.missing);
  result.baseline = index.baseline;
  result.latest = index.latest;
  const frame: Frame = {
    baseYear: target.baseYear,
    base: 1,
    targetYear: year,
    target: target.factor,
    latestYear: index.latestYear,
    latest: index.factor,
    path: context.settings.path,
    observed: index.observed,
  };
  applyFrame(result, frame);
  result.steps.unshift(...index.steps);
  result.current = index.factor;
  const tolerance = context.settings.approxTolerance * target.factor;
  const met = meets(index.factor, target.comparator ?? '>=', target.factor, 'increase', tolerance);
  const text = `×${fmt(index.factor)} on ${target.baseYear} by ${index.latestYear}`;
  return conclude(result, context, { met, over: index.latestYear >= year, observed: text, target: `×${fmt(target.factor)} by ${year}` });
}

interface GrowthIndex {
  factor: number;
  latestYear: number;
  baseline: PointRef | null;
  latest: PointRef;
  observed: Map<number, number>;
  steps: string[];
}

/**
 * The growth factor from the base year to the latest observation: from levels (value ÷
 * base-year value) or from yearly rates compounded, Π(1 + sign·gᵢ). Rates must run without
 * a gap from the year after the base year.
 */
function growthIndex(indicator: Indicator, observe: 'level' | 'rate', baseYear: number, targetYearValue: number, context: Context, sign: 1 | -1 = 1): GrowthIndex | { missing: string } {
  if (observe === 'rate') {
    const points = context.index.points(indicator.id, 'rate').filter((point) => point.year > baseYear && point.year <= Math.min(targetYearValue, lastCountedYear(context)));
    if (points.length === 0) return { missing: `no yearly rate after ${baseYear}` };
    const run: SeriesPoint[] = [];
    for (const point of points) {
      if (point.year !== baseYear + 1 + run.length) break;
      run.push(point);
    }
    if (run.length === 0) return { missing: `no rate for ${baseYear + 1}, the first year to compound` };
    const compounded = compoundRates(run.map((point) => (sign * point.value) / 100));
    if (compounded.value === null) return { missing: compounded.reason };
    const observed = new Map<number, number>([[baseYear, 1]]);
    let factor = 1;
    for (const point of run) observed.set(point.year, (factor *= 1 + (sign * point.value) / 100));
    const gap = points.length > run.length ? `; ${run.at(-1)!.year + 1} is missing, later rates are not compounded` : '';
    return {
      factor: compounded.value,
      latestYear: run.at(-1)!.year,
      baseline: null,
      latest: pointRef(run.at(-1)!),
      observed,
      steps: [`growth factor = Π(1 ${sign > 0 ? '+' : '−'} rate) over ${run.map((point) => `${point.year}: ${fmt(point.value)}%`).join(', ')} = ${fmt(compounded.value)}${gap}`],
    };
  }
  const points = context.index.points(indicator.id, 'level');
  const basePoint = points.find((point) => point.year === baseYear);
  const baseline = basePoint ? pointRef(basePoint) : indicator.baseline?.year === baseYear ? { ...indicator.baseline } : null;
  if (!baseline) return { missing: `no value for the base year ${baseYear}` };
  if (baseline.value <= 0) return { missing: `the base-year value ${fmt(baseline.value)} is not positive, so growth is undefined` };
  const later = points.filter((point) => point.year > baseYear && point.year <= Math.min(targetYearValue, lastCountedYear(context)));
  if (later.length === 0) return { missing: `no observation after the base year ${baseYear}` };
  const latest = later.at(-1)!;
  const observed = new Map<number, number>([[baseYear, 1], ...later.map((point) => [point.year, point.value / baseline.value] as [number, number])]);
  return {
    factor: latest.value / baseline.value,
    latestYear: latest.year,
    baseline,
    latest: pointRef(latest),
    observed,
    steps: [`growth factor = ${fmt(latest.value)} (${latest.year}) / ${fmt(baseline.value)} (${baseYear}) = ${fmt(latest.value / baseline.value)}`],
  };
}

function evaluateSum(indicator: Indicator, target: CumulativeSumTarget, context: Context, result: Evaluation): Evaluation {
  const header = context.plan.header;
  const from = firstCountedYear(target, header);
  const year = targetYear(target, header);
  const points = context.index.points(indicator.id, 'level').filter((point) => point.year >= from && point.year <= Math.min(year, lastCountedYear(context)));
  if (points.length === 0) return noData(result, `no yearly figure since ${from}`);
  const latest = points.at(-1)!;
  result.latest = pointRef(latest);
  const running = new Map<number, number>();
  let total = 0;
  if ((target.observe ?? 'flow') === 'total') {
    for (const point of points) running.set(point.year, point.value);
    total = latest.value;
  } else {
    for (const point of points) running.set(point.year, (total += point.value));
  }
  const missingYears: number[] = [];
  for (let y = from; y <= latest.year; y++) if (!points.some((point) => point.year === y)) missingYears.push(y);

  const scheduleTotal = target.schedule?.reduce((sum, entry) => sum + entry.value, 0);
  const plannedBy = (y: number): number =>
    target.schedule && scheduleTotal ? (target.schedule.filter((entry) => entry.year <= y).reduce((sum, entry) => sum + entry.value, 0) / scheduleTotal) * target.value : (target.value * (y - from + 1)) / (year - from + 1);
  const expectedValue = plannedBy(latest.year);
  const computed = emptyComputed('a sum of yearly flows has no growth rate');
  setComputed(computed, 'cumulative', { value: total });
  const noShare = { value: null, reason: 'the target sum is zero, so there is no share of it' } as const;
  setComputed(computed, 'progress', target.value !== 0 ? ok(total / target.value) : noShare);
  setComputed(computed, 'expected', target.value !== 0 ? ok(expectedValue / target.value) : noShare);
  setComputed(computed, 'expectedValue', { value: expectedValue });
  setComputed(computed, 'pace', expectedValue > 0 ? ok(total / expectedValue) : { value: null, reason: 'nothing planned yet' });
  const remaining = year - latest.year;
  const yearsCounted = latest.year - from + 1;
  setComputed(computed, 'projected', { value: remaining > 0 ? total + (total / yearsCounted) * remaining : total });
  result.computed = computed;
  result.current = total;
  result.pathShape = 'linear';
  result.path = [];
  for (let y = from; y <= year; y++) result.path.push({ year: y, expected: plannedBy(y), observed: running.get(y) ?? null });
  result.steps = [
    `cumulative ${from}–${latest.year} = ${points.map((point) => fmt(point.value)).join(' + ')} = ${fmt(total)}`,
    `expected by ${latest.year} = ${fmt(target.value)} × ${target.schedule ? 'the schedule' : `${yearsCounted}/${year - from + 1}`} = ${fmt(expectedValue)}`,
    `pace = ${fmt(total)} / ${fmt(expectedValue)} = ${fmt(total / expectedValue)}`,
  ];
  if (remaining > 0) result.steps.push(`needed per remaining year = (${fmt(target.value)} − ${fmt(total)}) / ${remaining} = ${fmt((target.value - total) / remaining)}`);
  const gapNote = missingYears.length ? `; ${missingYears.join(', ')} not observed` : '';
  const tolerance = target.tolerance ?? context.settings.approxTolerance * Math.abs(target.value);
  const met = meets(total, target.comparator, target.value, indicator.direction, tolerance);
  const text = `${fmt(total)} summed ${from}–${latest.year}${gapNote}`;
  const targetText = `${comparatorText(target.comparator)} ${fmt(target.value)} by ${year}`;
  return conclude(result, context, { met, over: latest.year >= year, observed: text, target: targetText });
}

// ---------------------------------------------------------------------------------------
// Kinds judged year by year, against another indicator, a standard, or by people

function evaluateEveryYear(indicator: Indicator, target: EveryYearTarget, context: Context, result: Evaluation): Evaluation {
  const header = context.plan.header;
  const from = firstCountedYear(target, header);
  const year = targetYear(target, header);
  const points = context.index.points(indicator.id, 'level').filter((point) => point.year >= from && point.year <= Math.min(year, lastCountedYear(context)));
  if (points.length === 0) return noData(result, `no observation since ${from}`);
  const latest = points.at(-1)!;
  result.latest = pointRef(latest);
  result.current = latest.value;
  const broken = points.filter((point) => !meets(point.value, target.comparator, target.value, indicator.direction, 0));
  const missing: number[] = [];
  for (let y = from; y <= latest.year; y++) if (!points.some((point) => point.year === y)) missing.push(y);
  const computed = emptyComputed('a bound kept every year has no growth path');
  setComputed(computed, 'progress', { value: (points.length - broken.length) / points.length });
  result.computed = computed;
  result.path = points.map((point) => ({ year: point.year, expected: target.value, observed: point.value }));
  result.steps = [`${points.length - broken.length} of ${points.length} observed years keep ${comparatorText(target.comparator)} ${fmt(target.value)}`];
  const bound = `${comparatorText(target.comparator)} ${fmt(target.value)}`;
  const missingNote = missing.length ? `; ${missing.join(', ')} not observed` : '';
  if (broken.length > 0) {
    const list = broken.map((point) => `${point.year}: ${fmt(point.value)}`).join(', ');
    return finish(result, latest.year >= year ? 'missed' : 'off-track', `bound ${bound} broken in ${list}`);
  }
  const kept = `kept ${bound} in every observed year ${points[0]!.year}–${latest.year}${missingNote}`;
  return finish(result, latest.year >= year ? 'achieved' : 'on-track', kept);
}

function evaluateInStep(indicator: Indicator, target: InStepWithTarget, context: Context, result: Evaluation): Evaluation {
  const header = context.plan.header;
  const from = firstCountedYear(target, header);
  const year = targetYear(target, header);
  const tolerance = target.tolerance ?? context.settings.inStepTolerance;
  const limit = Math.min(year, lastCountedYear(context));
  const own = context.index.points(indicator.id, 'rate').filter((point) => point.year >= from && point.year <= limit);
  const reference = new Map(context.index.points(target.indicator, 'rate').map((point) => [point.year, point]));
  const pairs = own.filter((point) => reference.has(point.year)).map((point) => ({ year: point.year, own: point.value, reference: reference.get(point.year)!.value }));
  if (pairs.length === 0) return noData(result, own.length === 0 ? 'no yearly growth rate observed' : `no year with both this and \`${target.indicator}\` observed`);
  const latest = own.filter((point) => reference.has(point.year)).at(-1)!;
  result.latest = pointRef(latest);
  const ownFactor = compoundRates(pairs.map((pair) => pair.own / 100));
  const referenceFactor = compoundRates(pairs.map((pair) => pair.reference / 100));
  const computed = emptyComputed('growth kept in step is compared year by year');
  const gapYears = pairs.filter((pair) => pair.own < pair.reference - tolerance);
  result.path = pairs.map((pair) => ({ year: pair.year, expected: pair.reference, observed: pair.own }));
  result.steps = pairs.map((pair) => `${pair.year}: ${fmt(pair.own)}% against ${fmt(pair.reference)}% (${pair.own - pair.reference >= 0 ? '+' : ''}${fmt(pair.own - pair.reference)} points)`);
  if (ownFactor.value === null || referenceFactor.value === null) {
    result.computed = computed;
    return finish(result, 'not-assessed', ownFactor.reason ?? referenceFactor.reason ?? 'rates cannot be compounded');
  }
  const ownAverage = Math.pow(ownFactor.value, 1 / pairs.length) - 1;
  const referenceAverage = Math.pow(referenceFactor.value, 1 / pairs.length) - 1;
  setComputed(computed, 'averageGrowth', { value: ownAverage });
  setComputed(computed, 'cumulative', { value: ownFactor.value - 1 });
  const ratio = referenceFactor.value > 1 && ownFactor.value > 0 ? { value: Math.log(ownFactor.value) / Math.log(referenceFactor.value) } : { value: null, reason: 'the reference did not grow' as string };
  setComputed(computed, 'progress', ratio as never);
  setComputed(computed, 'pace', ratio as never);
  result.computed = computed;
  result.current = ownAverage * 100;
  result.steps.push(`compounded over ${pairs.map((pair) => pair.year).join(', ')}: ${pct(ownAverage)} a year against ${pct(referenceAverage)} for \`${target.indicator}\``);
  const missing: number[] = [];
  for (let y = from; y <= latest.year; y++) if (!pairs.some((pair) => pair.year === y)) missing.push(y);
  const missingNote = missing.length ? `; ${missing.join(', ')} not comparable` : '';
  const difference = (ownAverage - referenceAverage) * 100;
  const text = `average ${pct(ownAverage)} against ${pct(referenceAverage)} (${difference >= 0 ? '+' : ''}${fmt(difference)} points)${missingNote}`;
  const over = latest.year >= year;
  if (difference >= -tolerance) {
    const lagging = gapYears.length ? `; trailed by more than ${fmt(tolerance)} points in ${gapYears.map((pair) => pair.year).join(', ')}` : '';
    return finish(result, over ? 'achieved' : 'on-track', `${text}${lagging}`);
  }
  return finish(result, over ? 'missed' : difference >= -2 * tolerance ? 'at-risk' : 'off-track', `${text}: trails by more than ${fmt(tolerance)} points`);
}

function evaluateStandard(indicator: Indicator, target: StandardTarget, context: Context, result: Evaluation): Evaluation {
  const components = indicator.components ?? [];
  const year = targetYear(target, context.plan.header);
  const limitYear = lastCountedYear(context);
  const results: ComponentResult[] = components.map((component) => {
    const latest = context.index.points(indicator.id, 'level', component.id).filter((point) => point.year <= limitYear).at(-1);
    const stricterApplies = component.stricterLimit !== undefined && component.stricterLimit < component.limit;
    return {
      id: component.id,
      year: latest?.year ?? null,
      value: latest?.value ?? null,
      limit: component.limit,
      stricterLimit: component.stricterLimit ?? null,
      withinLimit: latest ? latest.value <= component.limit : null,
      // Only a tier that is actually stricter can be "better than" it.
      withinStricter: latest && stricterApplies ? latest.value <= component.stricterLimit! : null,
    };
  });
  result.components = results;
  result.computed = emptyComputed('a standard is met component by component');
  const observed = results.filter((component) => component.value !== null);
  if (observed.length === 0) return noData(result, `no component of ${components.length} observed`);
  const latestYear = Math.max(...observed.map((component) => component.year!));
  const first = context.index.points(indicator.id, 'level', observed[0]!.id).filter((point) => point.year <= limitYear).at(-1)!;
  result.latest = pointRef(first);
  const exceeding = observed.filter((component) => component.withinLimit === false);
  const describe = (component: ComponentResult): string => `${component.id} ${fmt(component.value!)} (limit ${fmt(component.limit)})`;
  result.steps = results.map((component) =>
    component.value === null ? `${component.id}: no data` : `${component.id}: ${fmt(component.value)} in ${component.year} against ${fmt(component.limit)}${component.stricterLimit !== null ? ` / stricter ${fmt(component.stricterLimit)}` : ''}`,
  );
  setComputed(result.computed, 'progress', { value: (observed.length - exceeding.length) / components.length });
  if (exceeding.length > 0) return finish(result, latestYear >= year ? 'missed' : 'off-track', `${target.standard} exceeded: ${exceeding.map(describe).join(', ')}`);
  const unobserved = results.filter((component) => component.value === null).map((component) => component.id);
  if (unobserved.length > 0) {
    return finish(result, 'not-assessed', `${observed.length} of ${components.length} components observed, all within ${target.standard} (${observed.map(describe).join(', ')}); no data for ${unobserved.join(', ')}`);
  }
  const stricterCount = results.filter((component) => component.withinStricter === true).length;
  if (target.stricter && stricterCount < target.stricter.atLeast) {
    const text = `all within ${target.standard}, but ${stricterCount} of the required ${target.stricter.atLeast} better than ${target.stricter.standard}`;
    return finish(result, latestYear >= year ? 'missed' : 'at-risk', text);
  }
  return finish(result, 'achieved', `all ${components.length} components within ${target.standard}${target.stricter ? `; ${stricterCount} better than ${target.stricter.standard}` : ''}`);
}

function evaluateExternal(indicator: Indicator, context: Context, result: Evaluation): Evaluation {
  const target = indicator.target;
  if (target.kind !== 'external') return result;
  if (target.value === undefined || target.value === null) {
    result.computed = emptyComputed(`the target is set by ${target.authority} and not recorded in the plan`);
    const observed = context.index.all(indicator.id).length;
    return judge(indicator, context, result, `target set by ${target.authority}; its value is not yet recorded in the plan${observed ? '' : ', and nothing is observed'}`);
  }
  const measure = target.measure ?? 'level';
  const stand: Indicator =
    measure === 'reduction'
      ? { ...indicator, target: { kind: 'reduction', value: target.value, comparator: target.comparator ?? '>=', baseYear: target.baseYear, year: target.year, observe: context.index.points(indicator.id, 'rate').length ? 'rate' : 'level' } }
      : measure === 'cumulative-growth'
        ? { ...indicator, target: { kind: 'cumulative-growth', value: target.value, comparator: target.comparator ?? '>=', baseYear: target.baseYear, year: target.year } }
        : { ...indicator, target: { kind: 'level', value: target.value, comparator: target.comparator ?? (indicator.direction === 'increase' ? '>=' : '<='), year: target.year } };
  const evaluation = evaluateIndicator(stand, context);
  return { ...evaluation, indicator, why: `${evaluation.why} (target set by ${target.authority})` };
}

function evaluateMilestone(indicator: Indicator, context: Context, result: Evaluation): Evaluation {
  result.computed = emptyComputed('a milestone is judged, not computed');
  return judge(indicator, context, result, 'no judgement recorded');
}

/**
 * A verdict from recorded judgements, the latest by the as-of date deciding. What the
 * evidence says (`achieved`, `partly`, `not-yet`) is read against the target year:
 * delivered is achieved; part delivered or nothing yet is on-track or at-risk while the
 * target year runs, missed when the evidence is dated after it, and not-assessed when
 * the year is over but the last evidence predates its end (nobody has looked since).
 */
function judge(indicator: Indicator, context: Context, result: Evaluation, none: string): Evaluation {
  const judgements = (context.judgements.get(indicator.id) ?? []).sort((a, b) => a.date.localeCompare(b.date));
  const latest = judgements.at(-1);
  if (!latest) return finish(result, 'not-assessed', none);
  result.steps = judgements.map((judgement) => `${judgement.date}: ${judgement.status} — ${judgement.evidence} (${judgement.source})`);
  const yearEnd = `${targetYear(indicator.target, context.plan.header)}-12-31`;
  const judged = `judged ${latest.status} on ${latest.date}: ${latest.evidence}`;
  switch (latest.status) {
    case 'achieved':
    case 'on-track':
    case 'at-risk':
    case 'off-track':
    case 'missed':
      return finish(result, latest.status, judged);
    case 'partly':
    case 'not-yet':
      if (latest.date > yearEnd) return finish(result, 'missed', `${judged}; not complete after ${yearEnd.slice(0, 4)}`);
      if (context.asOf > yearEnd) return finish(result, 'not-assessed', `${judged}; no judgement since the target year ${yearEnd.slice(0, 4)} ended`);
      return finish(result, latest.status === 'partly' ? 'on-track' : 'at-risk', judged);
  }
}

// ---------------------------------------------------------------------------------------
// Shared steps

function applyFrame(result: Evaluation, frame: Frame): void {
  const measured = measureFrame(frame);
  result.computed = measured.computed;
  result.path = measured.path;
  result.steps.push(...measured.steps);
  result.pathShape = frame.path;
}

/**
 * The status of a target with a number to reach: met is achieved (even early); not met
 * once the target year is observed is missed; otherwise the pace decides.
 */
function conclude(result: Evaluation, context: Context, outcome: { met: boolean; over: boolean; observed: string; target: string }): Evaluation {
  if (outcome.met) return finish(result, 'achieved', `${outcome.observed} meets ${outcome.target}`);
  if (outcome.over) return finish(result, 'missed', `${outcome.observed} misses ${outcome.target}`);
  return paceStatus(result, context, `${outcome.observed}; target ${outcome.target}`);
}

function paceStatus(result: Evaluation, context: Context, text: string): Evaluation {
  const { status, reason } = statusFromPace(result.computed.pace, result.computed.progress, context.settings);
  if (status === 'not-assessed') return finish(result, 'not-assessed', `${text}; ${result.computed.reasons.pace ?? reason}`);
  return finish(result, status, `${text}; ${reason}`);
}

function finish(result: Evaluation, status: Status, why: string): Evaluation {
  result.status = status;
  result.why = why;
  return result;
}

function noData(result: Evaluation, why: string): Evaluation {
  result.computed = emptyComputed(why);
  return finish(result, 'no-data', why);
}

/** Observations later than the as-of year cannot count (a plan may hold forecasts). */
function lastCountedYear(context: Context): number {
  return Number(context.asOf.slice(0, 4));
}

function inPeriodPoints(points: SeriesPoint[], context: Context): SeriesPoint[] {
  const last = lastCountedYear(context);
  return points.filter((point) => point.year <= last);
}

function pointRef(point: SeriesPoint): PointRef {
  const { observation } = point;
  return {
    year: point.year,
    value: point.value,
    source: observation.source,
    ...(observation.published ? { published: observation.published } : {}),
    ...(observation.url ? { url: observation.url } : {}),
  };
}

function comparatorText(comparator: string): string {
  return comparator === 'approx' ? '≈' : comparator === '>=' ? '≥' : comparator === '<=' ? '≤' : comparator;
}

function applySdg(evaluation: Evaluation, context: Context): void {
  const sdg = sdgProgress(evaluation, context.plan.header, context.index);
  if (!sdg) {
    evaluation.why = `${evaluation.why} (pace method: the SDG measure has no rule for ${evaluation.indicator.target.kind} targets)`;
    return;
  }
  evaluation.sdg = sdg;
  const mapped = sdgStatus(sdg);
  evaluation.status = mapped;
  evaluation.why =
    sdg.label === 'not_available'
      ? `SDG measure not available: ${sdg.reason ?? 'insufficient data'}`
      : `SDG ${sdg.label.replace(/_/g, ' ')}: progress value ${sdg.progressValue === null ? '—' : fmt(sdg.progressValue)}${sdg.score !== null ? `, score ${fmt(sdg.score)}` : ''}`;
}
