// The words of the engine's steps (engine/steps.ts): each number of `plan show`'s "How" as
// a formula with its operands, in each language. The Chinese names the numbers as the
// computed table above it does (messages.ts, show.computedLabels).

import type { DerivedRate, Step, StepCode } from '../engine/steps.js';
import type { Lang } from '../kinds/target-words.js';
import { enAnnual, enBasis, enYears, SYMBOL, zhAnnual, zhBasis, zhBound, zhYears } from './fact-words.js';
import { messages } from './messages.js';
import { fmt, rate as pct, signed } from './numbers.js';

type Catalogue = { [C in StepCode]: (step: Extract<Step, { code: C }>) => string };

export function stepText(step: Step, lang: Lang): string {
  const catalogue = CATALOGUES[lang];
  return (catalogue[step.code] as (step: Step) => string)(step);
}

const enDerived = (rate: DerivedRate): string =>
  `rate derived from the levels ${fmt(rate.before)} (${rate.year - 1}) and ${fmt(rate.now)} (${rate.year}) ${rate.unit}: ${fmt(rate.value)}%`;

const EN: Catalogue = {
  FACTOR_FROM_LEVELS: (s) => `growth factor = ${fmt(s.latest)} (${s.latestYear}) / ${fmt(s.base)} (${s.baseYear}) = ${fmt(s.factor)}`,
  FACTOR_FROM_RATES: (s) => `growth factor = Π(1 ${s.sign > 0 ? '+' : '−'} rate) over ${s.rates.map((rate) => `${rate.year}: ${fmt(rate.value)}%`).join(', ')} = ${fmt(s.factor)}`,
  RATE_DERIVED: (s) => `${s.rate.year}: ${enDerived(s.rate)}`,
  RATES_MISSING: (s) => `not observed: ${s.missing.join(', ')}; the factor covers ${s.covered} of ${s.needed} years`,
  PROGRESS: (s) =>
    s.path === 'compound'
      ? `progress = ln(${fmt(s.latest)}/${fmt(s.base)}) / ln(${fmt(s.target)}/${fmt(s.base)}) = ${fmt(s.value)}`
      : `progress = (${fmt(s.latest)} − ${fmt(s.base)}) / (${fmt(s.target)} − ${fmt(s.base)}) = ${fmt(s.value)}`,
  EXPECTED_SHARE: (s) => `expected by ${s.year} = (${s.year} − ${s.baseYear}) / (${s.targetYear} − ${s.baseYear}) = ${fmt(s.value)} of the way`,
  EXPECTED_VALUE: (s) => `expected value in ${s.year} on the ${s.path} path = ${fmt(s.value)}`,
  PACE: (s) => `pace = progress / expected = ${fmt(s.progress)} / ${fmt(s.expected)} = ${fmt(s.value)}`,
  AVERAGE_GROWTH: (s) => `average growth ${s.baseYear}–${s.year} = (${fmt(s.latest)}/${fmt(s.base)})^(1/${s.years}) − 1 = ${pct(s.value)}`,
  REQUIRED_GROWTH: (s) => `required growth ${s.year}–${s.targetYear} = (${fmt(s.target)}/${fmt(s.latest)})^(1/${s.years}) − 1 = ${pct(s.value)}`,
  PROJECTED: (s) => `projected ${s.targetYear} at the current pace = ${fmt(s.value)}`,
  BASE_MEETS_TARGET: (s) => `the base value ${fmt(s.base)} (${s.baseYear}) already meets the target ${fmt(s.target)}: the path expected stays at the target`,
  STILL_MET: (s) => `the latest value ${fmt(s.latest)} (${s.year}) still meets it: progress = 1`,
  REQUIRED_TO_RETURN: (s) => `required growth ${s.year}–${s.targetYear} to be back at the target = ${pct(s.value)}`,
  SUM: (s) => `cumulative ${s.from}–${s.to} = ${s.values.map(fmt).join(' + ')} = ${fmt(s.total)}`,
  SUM_EXPECTED: (s) => `expected by ${s.year} = ${fmt(s.target)} × ${s.share ? `${s.share.counted}/${s.share.span}` : 'the schedule'} = ${fmt(s.value)}`,
  SUM_PACE: (s) => `pace = ${fmt(s.total)} / ${fmt(s.expected)} = ${fmt(s.value)}`,
  SUM_NEEDED: (s) => `needed per remaining year = (${fmt(s.target)} − ${fmt(s.total)}) / ${s.remaining} = ${fmt(s.value)}`,
  RATE_PAIR: (s) =>
    `${s.year}: ${fmt(s.own)}%${s.ownBasis ? ` ${enBasis(s.ownBasis)}` : ''} against ${fmt(s.reference)}%${s.referenceBasis ? ` ${enBasis(s.referenceBasis)}` : ''} (${signed(s.own - s.reference)} points)${s.derived ? ` — ${enDerived(s.derived)}` : ''}`,
  RATES_COMPOUNDED: (s) => `compounded over ${enYears(s.years)}: ${pct(s.own)} a year against ${pct(s.reference)} for \`${s.referenceId}\``,
  BOUND_YEARS: (s) => `${s.kept} of ${s.observed} observed years keep ${SYMBOL[s.comparator]} ${fmt(s.bound)}${s.missing.length ? `; ${enYears(s.missing)} not observed` : ''}`,
  COMPONENT: (s) =>
    s.value === null || s.year === null
      ? `${s.id}: not observed${s.judgedYear === null ? '' : ` in ${s.judgedYear}`}`
      : `${s.id}: ${fmt(s.value)} in ${s.year} against ${fmt(s.limit)}${s.stricterLimit === null ? '' : ` / stricter ${fmt(s.stricterLimit)}`}`,
  EARLIER_EXCEEDANCES: (s) => `earlier in the period: ${s.earlier.map((exceedance) => `${exceedance.id} above ${fmt(exceedance.limit)} in ${enYears(exceedance.years)}`).join(', ')}`,
  ANNUAL_ENTRY: (s) => `${enAnnual(s.entry)}: ${s.met ? 'met' : 'not met'} (${s.source})`,
  JUDGEMENT: (s) => `${s.date}: ${s.status} — ${s.evidence} (${s.source})`,
  CHANGE_LEVEL: (s) => `level asked for = ${fmt(s.base)} (${s.baseYear}) ${signed(s.by)} = ${fmt(s.wanted)}`,
};

const ZH_WORDS = messages('zh');
const ZH_LABEL = ZH_WORDS.show.computedLabels;
const zhDerived = (rate: DerivedRate): string =>
  `由${rate.year - 1}年${fmt(rate.before)}与${rate.year}年${fmt(rate.now)}（${rate.unit}）推算的增速：${fmt(rate.value)}%`;
const zhPath = (path: 'compound' | 'linear'): string => (path === 'compound' ? '复合增长' : '线性');

const ZH: Catalogue = {
  FACTOR_FROM_LEVELS: (s) => `增长指数 = ${fmt(s.latest)}（${s.latestYear}年）÷ ${fmt(s.base)}（${s.baseYear}年）= ${fmt(s.factor)}`,
  FACTOR_FROM_RATES: (s) =>
    `增长指数 = Π(1 ${s.sign > 0 ? '+ 年增速' : '− 年降幅'})，${s.rates.map((rate) => `${rate.year}年${fmt(rate.value)}%`).join('、')}，= ${fmt(s.factor)}`,
  RATE_DERIVED: (s) => `${s.rate.year}年：${zhDerived(s.rate)}`,
  RATES_MISSING: (s) => `无数据：${zhYears(s.missing)}；增长指数只覆盖应有${s.needed}年中的${s.covered}年`,
  PROGRESS: (s) =>
    s.path === 'compound'
      ? `${ZH_LABEL.progress} = ln(${fmt(s.latest)}/${fmt(s.base)}) ÷ ln(${fmt(s.target)}/${fmt(s.base)}) = ${fmt(s.value)}`
      : `${ZH_LABEL.progress} = (${fmt(s.latest)} − ${fmt(s.base)}) ÷ (${fmt(s.target)} − ${fmt(s.base)}) = ${fmt(s.value)}`,
  EXPECTED_SHARE: (s) => `${s.year}年${ZH_LABEL.expected} = (${s.year} − ${s.baseYear}) ÷ (${s.targetYear} − ${s.baseYear}) = ${fmt(s.value)}`,
  EXPECTED_VALUE: (s) => `${s.year}年按${zhPath(s.path)}路径的${ZH_LABEL.expectedValue} = ${fmt(s.value)}`,
  PACE: (s) => `${ZH_LABEL.pace} = ${ZH_LABEL.progress} ÷ ${ZH_LABEL.expected} = ${fmt(s.progress)} ÷ ${fmt(s.expected)} = ${fmt(s.value)}`,
  AVERAGE_GROWTH: (s) => `${s.baseYear}–${s.year}年${ZH_LABEL.averageGrowth} = (${fmt(s.latest)}/${fmt(s.base)})^(1/${s.years}) − 1 = ${pct(s.value)}`,
  REQUIRED_GROWTH: (s) => `${s.year}–${s.targetYear}年${ZH_LABEL.requiredGrowth} = (${fmt(s.target)}/${fmt(s.latest)})^(1/${s.years}) − 1 = ${pct(s.value)}`,
  PROJECTED: (s) => `按当前速度，${s.targetYear}年${ZH_LABEL.projected} = ${fmt(s.value)}`,
  BASE_MEETS_TARGET: (s) => `基期值${fmt(s.base)}（${s.baseYear}年）已达到目标${fmt(s.target)}：预期路径保持在目标值`,
  STILL_MET: (s) => `最新值${fmt(s.latest)}（${s.year}年）仍达到目标：${ZH_LABEL.progress} = 1`,
  REQUIRED_TO_RETURN: (s) => `${s.year}–${s.targetYear}年回到目标的${ZH_LABEL.requiredGrowth} = ${pct(s.value)}`,
  SUM: (s) => `${s.from}–${s.to}年累计 = ${s.values.map(fmt).join(' + ')} = ${fmt(s.total)}`,
  SUM_EXPECTED: (s) => `到${s.year}年应完成 = ${fmt(s.target)} × ${s.share ? `${s.share.counted}/${s.share.span}` : '计划进度'} = ${fmt(s.value)}`,
  SUM_PACE: (s) => `${ZH_LABEL.pace} = ${fmt(s.total)} ÷ ${fmt(s.expected)} = ${fmt(s.value)}`,
  SUM_NEEDED: (s) => `剩余每年需完成 = (${fmt(s.target)} − ${fmt(s.total)}) ÷ ${s.remaining} = ${fmt(s.value)}`,
  RATE_PAIR: (s) =>
    `${s.year}年：${fmt(s.own)}%${s.ownBasis ? `（${zhBasis(s.ownBasis)}）` : ''}，参照${fmt(s.reference)}%${s.referenceBasis ? `（${zhBasis(s.referenceBasis)}）` : ''}，相差${signed(s.own - s.reference)}个百分点${s.derived ? `；${zhDerived(s.derived)}` : ''}`,
  RATES_COMPOUNDED: (s) => `${zhYears(s.years)}复合计算：年均${pct(s.own)}，${s.referenceId}年均${pct(s.reference)}`,
  BOUND_YEARS: (s) => `有数据的${s.observed}年中${s.kept}年${zhBound(s.comparator, fmt(s.bound), null)}${s.missing.length ? `；${zhYears(s.missing)}无数据` : ''}`,
  COMPONENT: (s) =>
    s.value === null || s.year === null
      ? `${s.id}：${s.judgedYear === null ? '' : `${s.judgedYear}年`}无数据`
      : `${s.id}：${s.year}年${fmt(s.value)}，限值${fmt(s.limit)}${s.stricterLimit === null ? '' : `（更严限值${fmt(s.stricterLimit)}）`}`,
  EARLIER_EXCEEDANCES: (s) => `规划期内此前：${s.earlier.map((exceedance) => `${exceedance.id}在${zhYears(exceedance.years)}超过${fmt(exceedance.limit)}`).join('，')}`,
  ANNUAL_ENTRY: (s) => `${zhAnnual(s.entry)}：${s.met ? '完成' : '未完成'}（${s.source}）`,
  JUDGEMENT: (s) => `${s.date}：${ZH_WORDS.judged[s.status]}——${s.evidence}（${s.source}）`,
  CHANGE_LEVEL: (s) => `要求达到的水平 = ${fmt(s.base)}（${s.baseYear}年）${signed(s.by)} = ${fmt(s.wanted)}`,
};

const CATALOGUES: Record<Lang, Catalogue> = { en: EN, zh: ZH };
