// The message catalogue: every word of the interface that `status`, `status --annual`,
// `show` and `report` print, in English and in Chinese, and the notices an analyst meets
// on stderr. The reporters take `messages(lang)` and print from it; nothing of the
// interface is written in a reporter itself. The target and current-value words of the
// kind modules are part of it (`target`, from kinds/target-words.ts, a layer below).
//
// The reasons of verdicts and of undefined numbers are facts from the engine, worded in
// render/reason-text.ts, a catalogue of its own beside this one.
// The steps of `show`'s "How" likewise (engine/steps.ts, render/step-text.ts).
// What stays English in every language, and why:
//   - Codes a command line or a script uses: ids, status codes in JSON and in the CSV's
//     `status` column, option names, the CSV's header and the JSON's keys.
//   - Usage errors and other programmer-facing messages on stderr (`--fail-on` lines, a bad
//     option value): a CI log, not a reader of the plan.
//   - The plan's own data: names in a language the plan lacks, sources, deliverables.
// The Chinese status words are those of the official mid-term evaluations (README,
// "Status: two methods").

import type { ComputedField, Method, Status } from '../engine/types.js';
import type { JudgedStatus, Measure } from '../model/types.js';
import { LANGS, TARGET_WORDS, type Lang, type TargetWords } from '../kinds/target-words.js';
import { plural } from '../util/words.js';

export type { Lang } from '../kinds/target-words.js';
export { LANGS } from '../kinds/target-words.js';

/** The columns of `plan status` (table and Markdown), by key; the key is the English heading. */
export const STATUS_COLUMNS = ['#', 'id', 'name', 'unit', 'attr', 'baseline', 'target', 'latest', 'expected', 'progress', 'status'] as const;
export type StatusColumn = (typeof STATUS_COLUMNS)[number];

/** The columns of `plan status --annual`, by key. */
export const ANNUAL_COLUMNS = ['#', 'id', 'name', 'annual', 'result', 'met', 'fiveYear', 'required'] as const;
export type AnnualColumn = (typeof ANNUAL_COLUMNS)[number];

export interface Messages {
  lang: Lang;
  /** A status in words; `achievedEarly` for a target met before its year (zh only tells it apart). */
  status: Record<Status, string>;
  achievedEarly: string;
  /** A recorded judgement's status. */
  judged: Record<JudgedStatus, string>;
  attribute: { binding: string; expected: string; none: string };
  direction: { increase: string; decrease: string };
  method: Record<Method, string>;
  measure: Record<Measure, string>;
  /** Separator of a list in running text: `, ` or `、`. */
  listSeparator: string;

  // plan status
  statusHeadings: Record<StatusColumn, string>;
  /** The Markdown table's reason column, which stays English. */
  whyHeading: string;
  summary: (total: number, parts: readonly { status: Status; count: number }[], asOf: string, method: Method) => string;
  hidden: (width: number, columns: readonly string[]) => string;
  noMatch: (filters: string, total: number) => string;
  theseFilters: string;
  embeddedPlan: string;

  // plan status --annual
  annualHeadings: Record<AnnualColumn, string>;
  yes: string;
  no: string;
  annualFooter: (count: number, year: number, asOf: string) => string;
  noAnnualTarget: (year: number) => string;

  // plan show
  show: {
    facts: (section: string, attribute: string, direction: string, unit: string) => string;
    target: (text: string, year: number, detail: string | undefined) => string;
    /** Labels of the fact lines, padded to one width by the caller. */
    labels: { target: string; source: string; also: string; baseline: string; latest: string; status: string; asOf: string };
    statusLine: (status: string, why: string) => string;
    asOf: (asOf: string, method: string) => string;
    mainTable: (columns: 'five' | 'joined') => string;
    yearByYear: string;
    pathHeadings: [string, string, string];
    computed: string;
    computedLabels: Record<ComputedField, string>;
    how: string;
    observations: string;
    observationHeadings: [string, string, string, string, string];
    unpublishedFootnote: string;
    judgements: string;
    noJudgement: (asOf: string) => string;
    evidence: string;
    source: string;
    url: string;
    annualTargets: string;
    annualHeadings: [string, string, string, string, string];
    met: string;
    notMet: string;
  };

  // plan report (HTML)
  html: {
    title: (plan: string, asOf: string) => string;
    meta: (id: string, revision: number, start: number, end: number, method: string, asOf: string) => string;
    summary: string;
    indicators: string;
    indicatorHeadings: { no: string; indicator: string; status: string; target: string; latest: string; baseline: string; expected: string; progress: string; section: string };
    summaryHeadings: { status: string; main: string; chapter: string; all: string; total: string };
    sectionLine: (section: string) => string;
    target: (text: string, year: number) => string;
    latest: (text: string) => string;
    published: (date: string) => string;
    baseline: (text: string) => string;
    /** Before the (English) reason of the verdict. */
    whyLabel: string;
    noChart: string;
    /** Chart legends. */
    series: { expected: string; observed: string; target: string; limit: string };
    wrote: (file: string, indicators: number, charts: number, asOf: string) => string;
  };

  /** `plan calc`: what each result is, a result that is undefined, a rate read as percent. */
  calc: {
    cagr: (from: string, to: string, years: number) => string;
    required: (from: string, target: string, years: number) => string;
    project: (from: string, rate: string, years: number) => string;
    undefined: (label: string, reason: string) => string;
    ratePercent: (rate: string, asPercent: string) => string;
  };

  target: TargetWords;
}

const EN: Messages = {
  lang: 'en',
  status: { achieved: 'achieved', ahead: 'ahead', 'on-track': 'on-track', 'at-risk': 'at-risk', 'off-track': 'off-track', missed: 'missed', 'no-data': 'no-data', 'not-assessed': 'not-assessed' },
  achievedEarly: 'achieved',
  judged: { achieved: 'achieved', partly: 'partly', 'not-yet': 'not-yet', ahead: 'ahead', 'on-track': 'on-track', 'at-risk': 'at-risk', 'off-track': 'off-track', missed: 'missed' },
  attribute: { binding: 'binding', expected: 'expected', none: 'chapter target' },
  direction: { increase: 'increase', decrease: 'decrease' },
  method: { pace: 'pace', sdg: 'sdg' },
  measure: { level: 'level', rate: 'rate' },
  listSeparator: ', ',

  statusHeadings: { '#': '#', id: 'id', name: 'name', unit: 'unit', attr: 'attr', baseline: 'baseline', target: 'target', latest: 'latest', expected: 'expected', progress: 'progress', status: 'status' },
  whyHeading: 'why',
  summary: (total, parts, asOf, method) => `${plural(total, 'indicator')}: ${parts.map(({ status, count }) => `${count} ${status}`).join(', ')} (as of ${asOf}, method ${method})`,
  hidden: (width, columns) => `hidden to fit ${width} columns: ${columns.join(', ')} (--wide shows all)`,
  noMatch: (filters, total) => `no indicator matches ${filters} (${plural(total, 'indicator')} in the plan)`,
  theseFilters: 'these filters',
  embeddedPlan: 'plan: no plan.yaml here or above; using the embedded Shanghai plan',

  annualHeadings: { '#': '#', id: 'id', name: 'name', annual: 'annual target', result: 'result', met: 'met', fiveYear: 'five-year status', required: 'required a year if met' },
  yes: 'yes',
  no: 'no',
  annualFooter: (count, year, asOf) =>
    `${count} annual target${count === 1 ? '' : 's'} for ${year} (as of ${asOf}); "required a year if met": growth a year the five-year target would still need had the annual target been met exactly`,
  noAnnualTarget: (year) => `no indicator has an annual target for ${year}`,

  show: {
    facts: (section, attribute, direction, unit) => `section ${section}, ${attribute}, ${direction}, unit ${unit}`,
    target: (text, year, detail) => `${text} by ${year}${detail ? `: ${detail}` : ''}`,
    labels: { target: 'target', source: 'source', also: 'also', baseline: 'baseline', latest: 'latest', status: 'status', asOf: 'as of' },
    statusLine: (status, why) => `${status}: ${why}`,
    asOf: (asOf, method) => `${asOf} (method ${method})`,
    mainTable: (columns) => `main table: ${columns === 'five' ? 'indicator | unit | attribute | 2020 | 2025' : 'indicator | unit | attribute | 2020 and 2025 as printed'}`,
    yearByYear: 'Year by year (expected on the path, observed):',
    pathHeadings: ['year', 'expected', 'observed'],
    computed: 'Computed:',
    computedLabels: { progress: 'progress', expected: 'expected', expectedValue: 'expectedValue', pace: 'pace', averageGrowth: 'averageGrowth', requiredGrowth: 'requiredGrowth', projected: 'projected', cumulative: 'cumulative' },
    how: 'How:',
    observations: 'Observations (every vintage that counts):',
    observationHeadings: ['year', 'measure', 'value', 'known from', 'source'],
    unpublishedFootnote: '* no publication date: counted as known from the end of its year',
    judgements: 'Judgements (evidence):',
    noJudgement: (asOf) => `none dated by ${asOf}`,
    evidence: 'evidence',
    source: 'source',
    url: 'url',
    annualTargets: "Annual-plan targets (against each year's result):",
    annualHeadings: ['year', 'target', 'result', '', 'source'],
    met: 'met',
    notMet: 'not met',
  },

  html: {
    title: (plan, asOf) => `${plan}: status as of ${asOf}`,
    meta: (id, revision, start, end, method, asOf) => `Plan ${id}, revision ${revision}, ${start}–${end}; method ${method}; as of ${asOf}.`,
    summary: 'Summary',
    indicators: 'Indicators',
    indicatorHeadings: { no: '#', indicator: 'indicator', status: 'status', target: 'target', latest: 'latest', baseline: 'baseline', expected: 'expected', progress: 'progress', section: 'section' },
    summaryHeadings: { status: 'status', main: 'main table', chapter: 'chapter targets', all: 'all', total: 'total' },
    sectionLine: (section) => `section ${section}`,
    target: (text, year) => `Target ${text} by ${year}`,
    latest: (text) => `latest ${text}`,
    published: (date) => `published ${date}`,
    baseline: (text) => `Baseline ${text}`,
    whyLabel: '',
    noChart: 'nothing observed to chart',
    series: { expected: 'expected', observed: 'observed', target: 'target', limit: 'limit' },
    wrote: (file, indicators, charts, asOf) => `wrote ${file}: ${plural(indicators, 'indicator')}, ${plural(charts, 'chart')} (as of ${asOf})`,
  },

  calc: {
    cagr: (from, to, years) => `average growth from ${from} to ${to} over ${plural(years, 'year')}`,
    required: (from, target, years) => `growth a year needed from ${from} to reach ${target} in ${plural(years, 'year')}`,
    project: (from, rate, years) => `${from} grown ${rate}% a year for ${plural(years, 'year')}`,
    undefined: (label, reason) => `${label}: undefined (${reason})`,
    ratePercent: (rate, asPercent) => `plan: --rate is in percent: ${rate} means ${rate}%; did you mean ${asPercent}?`,
  },

  target: TARGET_WORDS.en,
};

const ZH: Messages = {
  lang: 'zh',
  status: { achieved: '已实现', ahead: '快于预期', 'on-track': '基本符合预期', 'at-risk': '轻微滞后', 'off-track': '明显滞后', missed: '未实现', 'no-data': '无数据', 'not-assessed': '未评估' },
  achievedEarly: '提前实现',
  judged: { achieved: '已实现', partly: '部分实现', 'not-yet': '尚未实现', ahead: '快于预期', 'on-track': '基本符合预期', 'at-risk': '轻微滞后', 'off-track': '明显滞后', missed: '未实现' },
  attribute: { binding: '约束性', expected: '预期性', none: '章节目标' },
  direction: { increase: '越高越好', decrease: '越低越好' },
  method: { pace: '进度对比法', sdg: 'SDG进展测度法' },
  measure: { level: '水平值', rate: '增长率' },
  listSeparator: '、',

  statusHeadings: { '#': '序号', id: '标识', name: '指标', unit: '单位', attr: '属性', baseline: '基期值', target: '目标', latest: '最新值', expected: '应达进度', progress: '实际进度', status: '状态' },
  whyHeading: '原因',
  summary: (total, parts, asOf, method) => `共 ${total} 项指标：${parts.map(({ status, count }) => `${ZH.status[status]} ${count} 项`).join('，')}（截至 ${asOf}，${ZH.method[method]}）`,
  hidden: (width, columns) => `为适应 ${width} 列宽已隐藏：${columns.join('、')}（--wide 显示全部列）`,
  noMatch: (filters, total) => `没有指标符合 ${filters}（规划共 ${total} 项指标）`,
  theseFilters: '这些筛选条件',
  embeddedPlan: 'plan：本目录及上级目录均无 plan.yaml，使用内置的上海市规划',

  annualHeadings: { '#': '序号', id: '标识', name: '指标', annual: '年度目标', result: '结果', met: '是否完成', fiveYear: '五年目标状态', required: '若完成每年尚需增长' },
  yes: '是',
  no: '否',
  annualFooter: (count, year, asOf) => `${year} 年共 ${count} 项年度目标（截至 ${asOf}）；“若完成每年尚需增长”：假如年度目标恰好完成，五年目标此后每年仍需的增长`,
  noAnnualTarget: (year) => `没有指标设有 ${year} 年的年度目标`,

  show: {
    facts: (section, attribute, direction, unit) => `章节 ${section}，${attribute}，${direction}，单位 ${unit}`,
    target: (text, year, detail) => `到 ${year} 年 ${text}${detail ? `：${detail}` : ''}`,
    labels: { target: '目标', source: '来源', also: '另见', baseline: '基期值', latest: '最新值', status: '状态', asOf: '截至' },
    statusLine: (status, why) => `${status}；原因：${why}`,
    asOf: (asOf, method) => `${asOf}（${method}）`,
    mainTable: (columns) => `主要指标表：${columns === 'five' ? '指标 | 单位 | 属性 | 2020 | 2025' : '指标 | 单位 | 属性 | 2020与2025（原文连排）'}`,
    yearByYear: '逐年对照（路径预期值、实际值）：',
    pathHeadings: ['年份', '预期', '实际'],
    computed: '计算结果：',
    computedLabels: { progress: '实际进度', expected: '应达进度', expectedValue: '预期值', pace: '进度比', averageGrowth: '年均增长', requiredGrowth: '尚需年增长', projected: '预计期末值', cumulative: '累计增长' },
    how: '计算过程：',
    observations: '观测值（计入的全部版本）：',
    observationHeadings: ['年份', '口径', '数值', '可用日期', '来源'],
    unpublishedFootnote: '* 无发布日期：按当年年末起可用计',
    judgements: '评估记录（证据）：',
    noJudgement: (asOf) => `截至 ${asOf} 无评估记录`,
    evidence: '证据',
    source: '来源',
    url: '网址',
    annualTargets: '年度计划目标（对照当年结果）：',
    annualHeadings: ['年份', '目标', '结果', '', '来源'],
    met: '完成',
    notMet: '未完成',
  },

  html: {
    title: (plan, asOf) => `${plan}：截至 ${asOf} 的实施情况`,
    meta: (id, revision, start, end, method, asOf) => `规划 ${id}，第 ${revision} 版，${start}–${end} 年；${method}；截至 ${asOf}。`,
    summary: '概况',
    indicators: '指标',
    indicatorHeadings: { no: '序号', indicator: '指标', status: '状态', target: '目标', latest: '最新值', baseline: '基期值', expected: '应达进度', progress: '实际进度', section: '章节' },
    summaryHeadings: { status: '状态', main: '主要指标表', chapter: '章节目标', all: '全部', total: '合计' },
    sectionLine: (section) => `章节 ${section}`,
    target: (text, year) => `目标：到 ${year} 年 ${text}`,
    latest: (text) => `最新值 ${text}`,
    published: (date) => `发布于 ${date}`,
    baseline: (text) => `基期值 ${text}`,
    whyLabel: '原因：',
    noChart: '无观测值，不绘图',
    series: { expected: '预期', observed: '实际', target: '目标', limit: '限值' },
    wrote: (file, indicators, charts, asOf) => `已写入 ${file}：${indicators} 项指标，${charts} 幅图（截至 ${asOf}）`,
  },

  calc: {
    cagr: (from, to, years) => `由 ${from} 到 ${to}（${years} 年）的年均增长`,
    required: (from, target, years) => `由 ${from} 在 ${years} 年内达到 ${target} 所需的年均增长`,
    project: (from, rate, years) => `${from} 按每年 ${rate}% 增长 ${years} 年后`,
    undefined: (label, reason) => `${label}：无法计算（${reason}）`,
    ratePercent: (rate, asPercent) => `plan：--rate 以百分数计：${rate} 即 ${rate}%；是否应为 ${asPercent}？`,
  },

  target: TARGET_WORDS.zh,
};

const CATALOGUE: Readonly<Record<Lang, Messages>> = { en: EN, zh: ZH };

export function messages(lang: Lang): Messages {
  return CATALOGUE[lang];
}

/**
 * Every English word of the catalogue's fixed texts (headings, labels, status words), for
 * tests that check a Chinese output holds none of them. Words of one or two letters are
 * left out (`#`, `of`), as is `url` (also the scheme of a link).
 */
export function englishWords(): string[] {
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const word of value.match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? []) if (word.length > 2 && word !== 'url') words.add(word);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  const { target: _target, ...fixed } = EN;
  walk(fixed);
  // The texts made with numbers and names, with neutral ones filled in.
  walk([
    EN.summary(2, [{ status: 'achieved', count: 2 }], '', 'pace'),
    EN.hidden(80, []),
    EN.noMatch('', 2),
    EN.annualFooter(2, 2025, ''),
    EN.noAnnualTarget(2025),
    EN.show.facts('', '', '', ''),
    EN.show.target('', 2025, undefined),
    EN.show.asOf('', ''),
    EN.show.mainTable('five'),
    EN.show.mainTable('joined'),
    EN.show.noJudgement(''),
    EN.html.title('', ''),
    EN.html.meta('', 1, 2021, 2025, '', ''),
    EN.html.sectionLine(''),
    EN.html.target('', 2025),
    EN.html.latest(''),
    EN.html.published(''),
    EN.html.baseline(''),
    EN.html.wrote('', 2, 2, ''),
    EN.target.perYear(''),
    EN.target.yearly(''),
    EN.target.cut(''),
    EN.target.factorOn('', 2018),
    EN.target.inStepWith(''),
    EN.target.growthCompared('', ''),
    EN.target.growthOfApprox(''),
    EN.target.setBy(''),
    EN.target.runningTotal(''),
    EN.target.yearlyGrowthAgainst(''),
    EN.target.setEachYear,
    EN.target.milestone,
    EN.target.growthIndex,
    EN.target.reductionIndex,
    EN.target.shareOfLimit,
  ]);
  return [...words].sort();
}

/** Both languages, for tests that walk the catalogue. */
export const ALL_MESSAGES: readonly Messages[] = LANGS.map((lang) => CATALOGUE[lang]);
