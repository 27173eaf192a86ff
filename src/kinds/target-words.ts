// The words of a target and of the current value in a table cell and on a chart's axis,
// in each language the tool speaks. Part of the message catalogue (render/messages.ts
// carries it as `target`); it lives here because the kind modules, a layer below the
// renderers, print these words. The reasons the kinds give are facts, worded in
// render/reason-text.ts.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export interface TargetWords {
  /** A yearly rate: `5%/yr`. */
  perYear: (rate: string) => string;
  /** An `annual` target: set in each year's annual plan. */
  setEachYear: string;
  milestone: string;
  /** An every-year bound: `≤5.5 yearly`. */
  yearly: (bound: string) => string;
  /** A reduction: `cut ≥9%`, and the cut so far: `cut 6%`. */
  cut: (bound: string) => string;
  /** A multiple of a base year's value: `×4 on 2018`. */
  factorOn: (factor: string, year: number) => string;
  inStepWith: (indicator: string) => string;
  /** Growth compared with another indicator's: `growth ≥ gdp-growth`, `≈ growth of gdp-growth`. */
  growthCompared: (symbol: string, indicator: string) => string;
  growthOfApprox: (indicator: string) => string;
  /** A target set by another authority, its value recorded (`≥14 (national (国家下达))`) or not. */
  setByWithValue: (bound: string, authority: string) => string;
  setBy: (authority: string) => string;
  /** Chart axes. */
  growthIndex: string;
  reductionIndex: string;
  runningTotal: (unit: string) => string;
  yearlyGrowthAgainst: (indicator: string) => string;
  shareOfLimit: string;
}

const EN: TargetWords = {
  perYear: (rate) => `${rate}/yr`,
  setEachYear: 'set each year',
  milestone: 'milestone',
  yearly: (bound) => `${bound} yearly`,
  cut: (bound) => `cut ${bound}`,
  factorOn: (factor, year) => `×${factor} on ${year}`,
  inStepWith: (indicator) => `in step with ${indicator}`,
  growthCompared: (symbol, indicator) => `growth ${symbol} ${indicator}`,
  growthOfApprox: (indicator) => `≈ growth of ${indicator}`,
  setByWithValue: (bound, authority) => `${bound} (${authority})`,
  setBy: (authority) => `set by ${authority}`,
  growthIndex: 'growth index (base year = 1)',
  reductionIndex: 'index (base year = 1)',
  runningTotal: (unit) => `running total, ${unit}`,
  yearlyGrowthAgainst: (indicator) => `yearly growth, % (dashed: ${indicator})`,
  shareOfLimit: 'share of the limit (1 = limit)',
};

const ZH: TargetWords = {
  perYear: (rate) => `${rate}/年`,
  setEachYear: '逐年确定',
  milestone: '里程碑',
  yearly: (bound) => `每年${bound}`,
  cut: (bound) => `降低${bound}`,
  factorOn: (factor, year) => `${year}年的${factor}倍`,
  inStepWith: (indicator) => `与${indicator}同步`,
  growthCompared: (symbol, indicator) => `增速${symbol}${indicator}`,
  growthOfApprox: (indicator) => `增速≈${indicator}`,
  setByWithValue: (bound, authority) => `${bound}（${authority}）`,
  setBy: (authority) => (/[目指]标$/.test(authority) ? authority : `${authority}目标`),
  growthIndex: '增长指数（基年 = 1）',
  reductionIndex: '指数（基年 = 1）',
  runningTotal: (unit) => `累计，${unit}`,
  yearlyGrowthAgainst: (indicator) => `年增长率，%（虚线：${indicator}）`,
  shareOfLimit: '占限值比例（1 = 限值）',
};

export const TARGET_WORDS: Readonly<Record<Lang, TargetWords>> = { en: EN, zh: ZH };

/**
 * A name the plan writes in both languages as `English (中文)` (an authority, a standard:
 * `national (国家下达)`, `GB 3095-2012 Grade II (国家二级标准)`), in one of them: the
 * Chinese in brackets for zh, the whole text as written for en (its English words then
 * its Chinese, as the plan has it). A text without such brackets reads the same in both.
 * For zh a leading code (`GB 3095-2012`) is kept before the Chinese.
 */
export function bilingualIn(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const match = /^(.*?)\s*[(（]([^()（）]*\p{Script=Han}[^()（）]*)[)）]$/u.exec(text);
  if (!match) return text;
  const code = /^[A-Z]+[\s/]*[A-Z]*\s*[\d.\-–]+/.exec(match[1]!)?.[0]?.trim();
  return code ? `${code} ${match[2]!}` : match[2]!;
}
