// The words of the engine's reasons (engine/reasons.ts), in each language the tool speaks.
// One entry per code and language, checked by the compiler: a code without its words, or
// words asking for an argument the code does not carry, does not build.

import type { Because, ComponentFact, Exceedance, Goal, GrowthComparator, Judged, Note, PaceFact, Reading, Reason, ReasonCode, SdgLabel, Span } from '../engine/reasons.js';
import { fmt, rate as pct, signed } from './numbers.js';
import { bilingualIn, type Lang } from '../kinds/target-words.js';
import { messages } from './messages.js';
import { enAnnual, enBasis, enYears, SYMBOL, zhAnnual, zhBasis, zhBound, zhPercent, zhYears } from './fact-words.js';

type Catalogue = { [C in ReasonCode]: (reason: Extract<Reason, { code: C }>) => string };

/** A verdict's reason with what is said beside it, in one line. */
export function reasonText(reason: Reason, notes: readonly Note[], lang: Lang): string {
  const words = WORDS[lang];
  return words.reason(reason) + notes.map((note) => words.note(note)).join('');
}

/** Why a number is undefined. */
export function becauseText(because: Because, lang: Lang): string {
  return WORDS[lang].reason(because);
}

interface Words {
  reason(reason: Reason): string;
  note(note: Note): string;
}

function dispatch(catalogue: Catalogue): (reason: Reason) => string {
  return (reason) => (catalogue[reason.code] as (reason: Reason) => string)(reason);
}

// ---------------------------------------------------------------------------- English

const enSpan = (span: Span): string => ('over' in span ? `over ${enYears(span.over)}` : `${span.from}–${span.to}`);
const enFromTo = (years: readonly number[]): string => (years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0]));

function enReading(reading: Reading): string {
  switch (reading.as) {
    case 'value':
      return `${fmt(reading.value)} in ${reading.year}`;
    case 'average':
      return reading.rate === null ? `average growth ${enSpan(reading.span)} undefined` : `average ${pct(reading.rate)} a year ${enSpan(reading.span)}`;
    case 'growth':
      return `${signed(reading.percent)}% ${enSpan(reading.span)}`;
    case 'multiple':
      return `×${fmt(reading.factor)} on ${reading.baseYear} by ${reading.year}`;
    case 'cut':
      return `down ${fmt(reading.percent)}% ${enSpan(reading.span)}`;
    case 'sum':
      return reading.missing.length
        ? `${fmt(reading.value)} summed over ${enYears(reading.years)} (${enYears(reading.missing)} not observed)`
        : `${fmt(reading.value)} summed ${reading.from}–${reading.to}`;
  }
}

function enGoal(goal: Goal): string {
  const points = goal.tolerance === null ? '' : ` (±${fmt(goal.tolerance)} points)`;
  const by = goal.year === null ? '' : ` by ${goal.year}`;
  switch (goal.as) {
    case 'value':
      return `${SYMBOL[goal.comparator]} ${fmt(goal.value)}${goal.tolerance === null ? '' : ` (±${fmt(goal.tolerance)})`}${by}`;
    case 'per-year':
      return `${SYMBOL[goal.comparator]} ${fmt(goal.value)}%${points} a year`;
    case 'growth':
      return `${SYMBOL[goal.comparator]} +${fmt(goal.value)}%${points}${by}`;
    case 'multiple':
      return `×${fmt(goal.value)}${by}`;
    case 'cut':
      return `a cut of ${goal.comparator === '>=' ? 'at least' : SYMBOL[goal.comparator]} ${fmt(goal.value)}%${points}${by}`;
  }
}

function enPace(pace: PaceFact): string {
  switch (pace.code) {
    case 'MOVING_AWAY':
      return 'moving away from the target';
    case 'PACE_UNDEFINED':
      return pace.because ? EN.reason(pace.because) : 'pace undefined';
    case 'PACE':
      if (pace.ahead) return `pace ${fmt(pace.pace)} ≥ ${fmt(pace.threshold)}: ahead of schedule`;
      return `pace ${fmt(pace.pace)} ${pace.above ? '≥' : 'below'} ${fmt(pace.threshold)}`;
  }
}

const enJudged = (judged: Judged): string => ('year' in judged ? `in ${judged.year}` : `in ${enYears(judged.latest)} (each component's latest)`);
const enComponent = (component: ComponentFact): string => `${component.id} ${fmt(component.value)} (limit ${fmt(component.limit)})`;
const enEarlier = (earlier: readonly Exceedance[]): string =>
  earlier.length ? `; earlier: ${earlier.map((exceedance) => `${exceedance.id} above ${fmt(exceedance.limit)} in ${enYears(exceedance.years)}`).join(', ')}` : '';
const EN_COMPARED: Record<GrowthComparator, { holds: string; fails: string }> = {
  approx: { holds: 'in step', fails: 'trails by more than the tolerance' },
  '>': { holds: 'faster', fails: 'not faster' },
  '>=': { holds: 'at least as fast', fails: 'slower' },
  '<': { holds: 'slower', fails: 'not slower' },
  '<=': { holds: 'no faster', fails: 'faster' },
};

function enCompared(reason: Extract<Reason, { code: 'GROWTH_COMPARED' }>): string {
  const gaps = [reason.missing.length ? `${enYears(reason.missing)} not comparable` : '', reason.unlike.length ? `${enYears(reason.unlike)} on different price bases` : ''].filter(Boolean);
  const text =
    `average ${pct(reason.own)} a year against ${pct(reason.reference)} for ${reason.referenceId} over ${enYears(reason.years)} (${signed(reason.difference)} points)` +
    gaps.map((gap) => `; ${gap}`).join('') +
    (reason.basisUnstated ? '; price basis not stated for every year' : '');
  const lag = reason.lagging.length ? `; in ${enYears(reason.lagging)} alone it fell more than ${fmt(reason.tolerance)} points behind` : '';
  const words = EN_COMPARED[reason.comparator];
  if (reason.holds) {
    if (reason.verdict === 'partial') return `${text}: no verdict on part of the period`;
    return `${words.holds} ${reason.verdict === 'period' ? 'on average' : 'so far'}: ${text}${lag}`;
  }
  if (reason.verdict === 'partial') return `${words.fails}: ${text}, but ${enYears(reason.missing)} not comparable: no verdict on part of the period`;
  return `${words.fails}: ${text}`;
}

const EN_CATALOGUE: Catalogue = {
  NOT_FINITE: () => 'the result is not a finite number',
  NO_YEARS_BETWEEN: () => 'no years between the two values',
  START_NOT_POSITIVE: (r) => `a growth rate needs a positive start value (got ${fmt(r.value)})`,
  END_NEGATIVE: (r) => `a growth rate needs a non-negative end value (got ${fmt(r.value)})`,
  NO_RATES: () => 'no yearly rates to compound',
  RATE_WIPES_OUT: (r) => `a yearly fall of ${fmt(-r.rate)}% leaves nothing to compound`,
  NO_YEARS_LEFT: () => 'no years left before the target year',
  TARGET_YEAR_PAST: () => 'the target year is already past',
  TARGET_EQUALS_BASE: () => 'the target equals the base value, so there is no distance to cover',
  NOT_COMPUTED: () => 'not computed',
  TARGET_YEAR_NOT_AFTER_BASE: () => 'the target year is not after the base year',
  NO_TIME_ELAPSED: () => 'no time has elapsed since the base year',
  NOTHING_EXPECTED: () => 'nothing expected yet',
  TARGET_YEAR_REACHED: () => 'the target year has been reached',
  MET_AT_BASE: () => 'the base value already met the target',
  FELL_BACK_FROM_BASE: (r) => `the base value met the target, but the latest value ${fmt(r.latest)} has fallen back past it`,
  ALREADY_MET: () => 'the target is already met',
  ONE_POINT_IN_TIME: () => 'a projection needs two points in time',
  NO_DATA: () => 'no data',
  NO_OBSERVATION: () => 'no observation',
  NO_OBSERVATION_SINCE: (r) => `no observation since ${r.year}`,
  NO_YEARLY_FIGURE_SINCE: (r) => `no yearly figure since ${r.year}`,
  BASELINE_ONLY: () => 'only the baseline is observed',
  NO_BASELINE: () => 'no baseline: the first observation is the latest',
  NO_BASE_VALUE: (r) => `no value for the base year ${r.year}`,
  BASE_NOT_POSITIVE: (r) => `the base-year value ${fmt(r.value)} is not positive, so growth is undefined`,
  NOTHING_AFTER_BASE: (r) => (r.measure === 'rate' ? `no yearly rate after ${r.year}` : `no observation after the base year ${r.year}`),
  SUM_TOO_LARGE: () => 'the sum is too large to represent',
  FLOWS_HAVE_NO_RATE: () => 'a sum of yearly flows has no growth rate',
  TARGET_SUM_ZERO: () => 'the target sum is zero, so there is no share of it',
  NOTHING_PLANNED: () => 'nothing planned yet',
  COMPARED_YEAR_BY_YEAR: () => 'growth is compared year by year',
  NO_RATE_OBSERVED: () => 'no yearly growth rate observed',
  NO_COMMON_YEAR: (r) => `no year with both this and \`${r.reference}\` observed`,
  REFERENCE_DID_NOT_GROW: () => 'the reference did not grow',
  BOUND_HAS_NO_PATH: () => 'a bound kept every year has no growth path',
  STANDARD_BY_COMPONENT: () => 'a standard is met component by component',
  NO_COMPONENT_OBSERVED: (r) => `no component of ${r.count} observed`,
  ANNUAL_BY_YEAR: () => 'an annual target is met year by year',
  MILESTONE_JUDGED: () => 'a milestone is judged, not computed',
  TARGET_NOT_RECORDED: (r) => `the target is set by ${r.authority} and not recorded in the plan`,
  NO_DATA_FROM_BASE_YEAR: (r) => `no data in or after the base year ${r.year}`,
  OPPOSITE_SIGNS: () => 'base and current values have opposite signs',
  BASE_AFTER_LATEST: () => 'the base year is after the latest data',
  TWO_YEARS_NEEDED: () => 'at least two years of data are needed',
  GROWTH_UNDEFINED: () => 'growth undefined for these values',
  MEETS: (r) => `${enReading(r.reading)} meets ${enGoal(r.goal)}`,
  MISSES: (r) => `${enReading(r.reading)} misses ${enGoal(r.goal)}`,
  ON_PACE: (r) => `${enReading(r.reading)}${r.missing.length ? ` (${enYears(r.missing)} not observed)` : ''}; target ${enGoal(r.goal)}; ${enPace(r.pace)}`,
  FELL_BACK: (r) => `${enReading(r.reading)} has fallen back past ${enGoal(r.goal)}, which the baseline ${fmt(r.baseline.value)} (${r.baseline.year}) met`,
  PERIOD_INCOMPLETE: (r) =>
    `${enReading(r.reading)} (${enYears(r.missing)} not observed): only ${r.observed} of ${r.expected} years observed, no verdict on the period; target ${enGoal(r.goal)}`,
  SUM_OVERFLOWS: (r) => `the sum of ${r.count} yearly figures overflows: check the values`,
  SUM_SHORT_WITH_GAPS: (r) => `${enReading(r.reading)}: short of ${enGoal(r.goal)}, but the missing years may hold the rest`,
  BASES_DIFFER: (r) => `growth rates on different price bases (${enBasis(r.own)} against ${enBasis(r.reference)}) in ${enYears(r.years)}: not comparable`,
  NOT_COMPOUNDABLE: (r) => EN.reason(r.because),
  GROWTH_COMPARED: enCompared,
  BOUND_BROKEN: (r) =>
    `bound ${SYMBOL[r.comparator]} ${fmt(r.bound)} broken in ${r.broken.map((point) => `${point.year}: ${fmt(point.value)}`).join(', ')}: it can no longer be kept every year to ${r.year}`,
  BOUND_KEPT: (r) =>
    r.missing.length
      ? `kept ${SYMBOL[r.comparator]} ${fmt(r.bound)} in ${enYears(r.years)}; ${enYears(r.missing)} not observed${r.partial ? ': no verdict on part of the period' : ''}`
      : `kept ${SYMBOL[r.comparator]} ${fmt(r.bound)} in every year ${enFromTo(r.years)}`,
  STANDARD_EXCEEDED: (r) => `${r.standard} exceeded ${enJudged(r.judged)}: ${r.exceeding.map(enComponent).join(', ')}`,
  NO_COMPONENT_IN_YEAR: (r) => `no component observed in ${r.year}, the target year`,
  STANDARD_PARTLY_OBSERVED: (r) =>
    `${r.observed.length} of ${r.total} components observed ${enJudged(r.judged)}, all within ${r.standard} (${r.observed.map(enComponent).join(', ')}); no data for ${r.unobserved.join(', ')}${enEarlier(r.earlier)}`,
  STRICTER_SHORT: (r) => `all within ${r.standard} ${enJudged(r.judged)}, but ${r.count} of the required ${r.atLeast} better than ${r.stricter}`,
  STANDARD_MET: (r) =>
    `all ${r.total} components within ${r.standard} ${enJudged(r.judged)}${r.stricter ? `; ${r.stricter.count} better than ${r.stricter.standard}` : ''}${enEarlier(r.earlier)}`,
  NO_ANNUAL_TARGET: () => 'no annual target recorded',
  NO_ANNUAL_RESULT: (r) => `no result yet for the annual targets of ${enYears(r.years)}`,
  ANNUAL_NOT_MET: (r) => `annual target not met in ${r.entries.map(enAnnual).join('; ')}`,
  ANNUAL_MET: (r) => `annual targets met in ${enYears(r.years)}${r.missing.length ? `; ${enYears(r.missing)} without a target or a result` : ''}`,
  NO_JUDGEMENT: () => 'no judgement recorded',
  TARGET_NOT_RECORDED_YET: (r) => `target set by ${r.authority}; its value is not yet recorded in the plan${r.observed ? '' : ', and nothing is observed'}`,
  JUDGED: (r) =>
    `judged ${r.status} on ${r.date}: ${r.evidence}${r.after === 'incomplete' ? `; not complete after ${r.year}` : r.after === 'stale' ? `; no judgement since ${r.year} ended` : ''}`,
  SDG_NOT_AVAILABLE: (r) => `SDG measure not available: ${r.because ? EN.reason(r.because) : 'insufficient data'}`,
  SDG_MEASURED: (r) => `SDG ${r.label.replace(/_/g, ' ')}: progress value ${r.progressValue === null ? '—' : fmt(r.progressValue)}${r.score !== null ? `, score ${fmt(r.score)}` : ''}`,
};

const EN: Words = {
  reason: dispatch(EN_CATALOGUE),
  note(note) {
    switch (note.code) {
      case 'CHANGE_ON_BASE':
        return ` (${signed(note.by)} on ${fmt(note.base)} in ${note.baseYear}${note.moved === null ? '' : `; ${signed(note.moved)} since ${note.baseYear}`})`;
      case 'SET_BY':
        return ` (target set by ${note.authority})`;
      case 'SDG_NO_RULE':
        return ` (pace method: the SDG measure has no rule for ${note.kind} targets)`;
    }
  },
};

// ---------------------------------------------------------------------------- 中文

const zhSpan = (span: Span): string => ('over' in span ? zhYears(span.over) : `${span.from}–${span.to}年`);
const zhFromTo = (years: readonly number[]): string => (years.length > 1 ? `${years[0]}–${years.at(-1)}年` : `${years[0]}年`);
function zhReading(reading: Reading): string {
  switch (reading.as) {
    case 'value':
      return `${reading.year}年为${fmt(reading.value)}`;
    case 'average':
      return reading.rate === null ? `${zhSpan(reading.span)}年均增速无法计算` : `${zhSpan(reading.span)}年均增长${pct(reading.rate)}`;
    case 'growth':
      return `${zhSpan(reading.span)}累计${reading.percent < 0 ? '下降' : '增长'}${zhPercent(Math.abs(reading.percent))}`;
    case 'multiple':
      return `${reading.year}年为${reading.baseYear}年的${fmt(reading.factor)}倍`;
    case 'cut':
      return `${zhSpan(reading.span)}累计下降${zhPercent(reading.percent)}`;
    case 'sum':
      return reading.missing.length
        ? `${zhYears(reading.years)}累计${fmt(reading.value)}（${zhYears(reading.missing)}无数据）`
        : `${reading.from}–${reading.to}年累计${fmt(reading.value)}`;
  }
}

function zhGoal(goal: Goal): string {
  const by = goal.year === null ? '' : `到${goal.year}年`;
  const points = goal.tolerance === null ? null : `${fmt(goal.tolerance)}个百分点`;
  switch (goal.as) {
    case 'value':
      return `${by}${zhBound(goal.comparator, fmt(goal.value), goal.tolerance === null ? null : fmt(goal.tolerance))}`;
    case 'per-year':
      return `年均增长${zhBound(goal.comparator, zhPercent(goal.value), points)}`;
    case 'growth':
      return `${by}累计增长${zhBound(goal.comparator, zhPercent(goal.value), points)}`;
    case 'multiple':
      return `${by}达到${fmt(goal.value)}倍`;
    case 'cut':
      return `${by}累计下降${zhBound(goal.comparator, zhPercent(goal.value), points)}`;
  }
}

/** The pace by the name the computed numbers give it (进度比), so that a reason and `show` agree. */
function zhPace(pace: PaceFact): string {
  const name = messages('zh').show.computedLabels.pace;
  switch (pace.code) {
    case 'MOVING_AWAY':
      return '偏离目标方向';
    case 'PACE_UNDEFINED':
      return pace.because ? ZH.reason(pace.because) : `${name}无法计算`;
    case 'PACE':
      if (pace.ahead) return `${name}${fmt(pace.pace)} ≥ ${fmt(pace.threshold)}，快于预期`;
      return pace.above ? `${name}${fmt(pace.pace)} ≥ ${fmt(pace.threshold)}` : `${name}${fmt(pace.pace)}，低于${fmt(pace.threshold)}`;
  }
}

const zhJudged = (judged: Judged): string => ('year' in judged ? `${judged.year}年` : `${zhYears(judged.latest)}（各分项最新数据）`);
const zhComponent = (component: ComponentFact): string => `${component.id} ${fmt(component.value)}（限值${fmt(component.limit)}）`;
const zhEarlier = (earlier: readonly Exceedance[]): string =>
  earlier.length ? `；此前${earlier.map((exceedance) => `${exceedance.id}在${zhYears(exceedance.years)}超过${fmt(exceedance.limit)}`).join('，')}` : '';
const zhStandard = (standard: string): string => bilingualIn(standard, 'zh');
/** 由国家下达: who set a target, from the plan's own words (`national (国家下达)`). */
function zhSetBy(authority: string): string {
  return `由${bilingualIn(authority, 'zh').replace(/下达$/, '')}下达`;
}

const ZH_COMPARED: Record<GrowthComparator, { holds: string; fails: string }> = {
  approx: { holds: '基本同步', fails: '落后幅度超出容差' },
  '>': { holds: '快于参照', fails: '未快于参照' },
  '>=': { holds: '不慢于参照', fails: '慢于参照' },
  '<': { holds: '慢于参照', fails: '未慢于参照' },
  '<=': { holds: '不快于参照', fails: '快于参照' },
};

function zhCompared(reason: Extract<Reason, { code: 'GROWTH_COMPARED' }>): string {
  const gaps = [reason.missing.length ? `${zhYears(reason.missing)}不可比` : '', reason.unlike.length ? `${zhYears(reason.unlike)}价格口径不同` : ''].filter(Boolean);
  const text =
    `${zhYears(reason.years)}年均增长${pct(reason.own)}，${reason.referenceId}为${pct(reason.reference)}（相差${signed(reason.difference)}个百分点）` +
    gaps.map((gap) => `；${gap}`).join('') +
    (reason.basisUnstated ? '；部分年份未说明价格口径' : '');
  const lag = reason.lagging.length ? `；其中${zhYears(reason.lagging)}单年落后超过${fmt(reason.tolerance)}个百分点` : '';
  const words = ZH_COMPARED[reason.comparator];
  if (reason.holds) {
    if (reason.verdict === 'partial') return `${text}：部分年份不可比，无法对整个规划期作出判断`;
    return `${reason.verdict === 'period' ? '总体' : '目前'}${words.holds}：${text}${lag}`;
  }
  if (reason.verdict === 'partial') return `${words.fails}：${text}，但${zhYears(reason.missing)}不可比，无法对整个规划期作出判断`;
  return `${words.fails}：${text}`;
}

const ZH_CATALOGUE: Catalogue = {
  NOT_FINITE: () => '结果不是有限数值',
  NO_YEARS_BETWEEN: () => '两个数值之间没有间隔年份',
  START_NOT_POSITIVE: (r) => `计算增长率需要正的起始值（实为${fmt(r.value)}）`,
  END_NEGATIVE: (r) => `计算增长率需要非负的终值（实为${fmt(r.value)}）`,
  NO_RATES: () => '没有可复合计算的年增长率',
  RATE_WIPES_OUT: (r) => `年降幅达${fmt(-r.rate)}%，无从复合计算`,
  NO_YEARS_LEFT: () => '距目标年已无剩余年份',
  TARGET_YEAR_PAST: () => '目标年已过',
  TARGET_EQUALS_BASE: () => '目标值等于基期值，无须推进',
  NOT_COMPUTED: () => '未计算',
  TARGET_YEAR_NOT_AFTER_BASE: () => '目标年不晚于基期年',
  NO_TIME_ELAPSED: () => '自基期以来尚无时间经过',
  NOTHING_EXPECTED: () => '尚无预期进度',
  TARGET_YEAR_REACHED: () => '已到目标年',
  MET_AT_BASE: () => '基期值已达到目标',
  FELL_BACK_FROM_BASE: (r) => `基期值已达到目标，但最新值${fmt(r.latest)}已回落到目标之外`,
  ALREADY_MET: () => '目标已经达到',
  ONE_POINT_IN_TIME: () => '预测需要两个时点的数据',
  NO_DATA: () => '无数据',
  NO_OBSERVATION: () => '无观测数据',
  NO_OBSERVATION_SINCE: (r) => `${r.year}年以来无观测数据`,
  NO_YEARLY_FIGURE_SINCE: (r) => `${r.year}年以来无年度数据`,
  BASELINE_ONLY: () => '仅有基期数据',
  NO_BASELINE: () => '无基期值：首个观测值即最新值',
  NO_BASE_VALUE: (r) => `缺少基期${r.year}年的数值`,
  BASE_NOT_POSITIVE: (r) => `基期值${fmt(r.value)}不为正，增长无法计算`,
  NOTHING_AFTER_BASE: (r) => (r.measure === 'rate' ? `${r.year}年之后无年增长率数据` : `基期${r.year}年之后无观测数据`),
  SUM_TOO_LARGE: () => '累计值过大，无法表示',
  FLOWS_HAVE_NO_RATE: () => '年度流量之和没有增长率',
  TARGET_SUM_ZERO: () => '目标累计值为零，无法计算完成比例',
  NOTHING_PLANNED: () => '尚无计划进度',
  COMPARED_YEAR_BY_YEAR: () => '增速逐年比较',
  NO_RATE_OBSERVED: () => '无年增长率观测数据',
  NO_COMMON_YEAR: (r) => `没有与${r.reference}同时有数据的年份`,
  REFERENCE_DID_NOT_GROW: () => '参照指标没有增长',
  BOUND_HAS_NO_PATH: () => '每年须守住的约束没有增长路径',
  STANDARD_BY_COMPONENT: () => '标准逐项判断',
  NO_COMPONENT_OBSERVED: (r) => `${r.count}个分项均无观测数据`,
  ANNUAL_BY_YEAR: () => '年度目标逐年判断',
  MILESTONE_JUDGED: () => '里程碑目标依据评估判断，不作计算',
  TARGET_NOT_RECORDED: (r) => `目标${zhSetBy(r.authority)}，规划中未录入其数值`,
  NO_DATA_FROM_BASE_YEAR: (r) => `基期${r.year}年及以后无数据`,
  OPPOSITE_SIGNS: () => '基期值与当前值符号相反',
  BASE_AFTER_LATEST: () => '基期晚于最新数据',
  TWO_YEARS_NEEDED: () => '至少需要两年的数据',
  GROWTH_UNDEFINED: () => '这些数值无法计算增长',
  MEETS: (r) => `${zhReading(r.reading)}，达到目标（${zhGoal(r.goal)}）`,
  MISSES: (r) => `${zhReading(r.reading)}，未达到目标（${zhGoal(r.goal)}）`,
  ON_PACE: (r) => `${zhReading(r.reading)}${r.missing.length ? `（${zhYears(r.missing)}无数据）` : ''}；目标${zhGoal(r.goal)}；${zhPace(r.pace)}`,
  FELL_BACK: (r) => `${zhReading(r.reading)}，已回落到目标（${zhGoal(r.goal)}）之外；基期${r.baseline.year}年的${fmt(r.baseline.value)}曾达到目标`,
  PERIOD_INCOMPLETE: (r) =>
    `${zhReading(r.reading)}（${zhYears(r.missing)}无数据）：${r.expected}年中仅有${r.observed}年数据，无法对整个规划期作出判断；目标${zhGoal(r.goal)}`,
  SUM_OVERFLOWS: (r) => `${r.count}个年度数值之和溢出，请检查数值`,
  SUM_SHORT_WITH_GAPS: (r) => `${zhReading(r.reading)}：未达到${zhGoal(r.goal)}，但缺少数据的年份可能补足差额`,
  BASES_DIFFER: (r) => `${zhYears(r.years)}增速的价格口径不同（${zhBasis(r.own)}对${zhBasis(r.reference)}），不可比`,
  NOT_COMPOUNDABLE: (r) => ZH.reason(r.because),
  GROWTH_COMPARED: zhCompared,
  BOUND_BROKEN: (r) =>
    `${r.broken.map((point) => `${point.year}年为${fmt(point.value)}`).join('、')}，突破每年${zhBound(r.comparator, fmt(r.bound), null)}的约束，已不可能在${r.year}年前每年达标`,
  BOUND_KEPT: (r) =>
    r.missing.length
      ? `${zhYears(r.years)}均${zhBound(r.comparator, fmt(r.bound), null)}；${zhYears(r.missing)}无数据${r.partial ? '，无法对整个规划期作出判断' : ''}`
      : `${zhFromTo(r.years)}每年均${zhBound(r.comparator, fmt(r.bound), null)}`,
  STANDARD_EXCEEDED: (r) => `${zhJudged(r.judged)}超出${zhStandard(r.standard)}：${r.exceeding.map(zhComponent).join('，')}`,
  NO_COMPONENT_IN_YEAR: (r) => `目标年${r.year}年各分项均无数据`,
  STANDARD_PARTLY_OBSERVED: (r) =>
    `${zhJudged(r.judged)}${r.total}个分项中${r.observed.length}个有数据，均符合${zhStandard(r.standard)}（${r.observed.map(zhComponent).join('，')}）；${r.unobserved.join('、')}无数据${zhEarlier(r.earlier)}`,
  STRICTER_SHORT: (r) => `${zhJudged(r.judged)}各分项均符合${zhStandard(r.standard)}，但优于${zhStandard(r.stricter)}的仅${r.count}个，要求至少${r.atLeast}个`,
  STANDARD_MET: (r) =>
    `${zhJudged(r.judged)}${r.total}个分项均符合${zhStandard(r.standard)}${r.stricter ? `，其中${r.stricter.count}个优于${zhStandard(r.stricter.standard)}` : ''}${zhEarlier(r.earlier)}`,
  NO_ANNUAL_TARGET: () => '未录入年度目标',
  NO_ANNUAL_RESULT: (r) => `${zhYears(r.years)}的年度目标尚无结果`,
  ANNUAL_NOT_MET: (r) => `未完成年度目标：${r.entries.map(zhAnnual).join('；')}`,
  ANNUAL_MET: (r) => `${zhYears(r.years)}完成年度目标${r.missing.length ? `；${zhYears(r.missing)}无目标或无结果` : ''}`,
  NO_JUDGEMENT: () => '尚无评估记录',
  TARGET_NOT_RECORDED_YET: (r) => `目标${zhSetBy(r.authority)}，规划中尚未录入其数值${r.observed ? '' : '，也无观测数据'}`,
  JUDGED: (r) =>
    `${r.date}评估为“${messages('zh').judged[r.status]}”：${r.evidence}${r.after === 'incomplete' ? `；${r.year}年后仍未完成` : r.after === 'stale' ? `；${r.year}年结束后未再评估` : ''}`,
  SDG_NOT_AVAILABLE: (r) => `SDG进展测度不可用：${r.because ? ZH.reason(r.because) : '数据不足'}`,
  SDG_MEASURED: (r) =>
    `SDG${ZH_SDG_LABEL[r.label]}：进展值${r.progressValue === null ? '—' : fmt(r.progressValue)}${r.score !== null ? `，得分${fmt(r.score)}` : ''}`,
};

const ZH_SDG_LABEL: Readonly<Record<SdgLabel, string>> = {
  target_achieved: '已实现目标',
  substantial_progress: '进展显著',
  moderate_progress: '进展一般',
  limited_progress: '进展有限',
  deterioration: '出现倒退',
  not_available: '无法测度',
};

const ZH: Words = {
  reason: dispatch(ZH_CATALOGUE),
  note(note) {
    switch (note.code) {
      case 'CHANGE_ON_BASE':
        return `（在${note.baseYear}年${fmt(note.base)}的基础上${signed(note.by)}${note.moved === null ? '' : `；${note.baseYear}年以来${signed(note.moved)}`}）`;
      case 'SET_BY':
        return `（目标${zhSetBy(note.authority)}）`;
      case 'SDG_NO_RULE':
        return `（SDG方法对${note.kind}类目标没有规则，按进度法评估）`;
    }
  },
};

const WORDS: Record<Lang, Words> = { en: EN, zh: ZH };
