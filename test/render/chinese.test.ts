// --lang zh: every word of the interface in Chinese (the catalogue of render/messages.ts),
// the statuses in the words of the official evaluations; the English output unchanged;
// the reasons of verdicts in the reader's language (render/reason-text.ts), the plan's own
// evidence as written; one authority written one way.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annualCommand } from '../../src/commands/status-annual.js';
import { showCommand } from '../../src/commands/show.js';
import { statusCommand, statusReport } from '../../src/commands/status.js';
import { EMBEDDED_NOTICE } from '../../src/commands/support/resolve-plan.js';
import { languageFromEnv } from '../../src/commands/support/language.js';
import { KIND_MODULES } from '../../src/kinds/registry.js';
import { bilingualIn } from '../../src/kinds/target-words.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Plan, Target } from '../../src/model/types.js';
import { number, statusText } from '../../src/render/cells.js';
import { renderCsv } from '../../src/render/csv-reporter.js';
import { renderHtmlReport } from '../../src/render/html-report.js';
import { englishWords, messages } from '../../src/render/messages.js';
import { chartSpec } from '../../src/render/chart-spec.js';
import { evaluatePlan } from '../../src/kinds/evaluate.js';
import { EMBEDDED_PLAN, PACKAGE_ROOT } from '../../src/util/package-paths.js';

const plan = loadPlan(EMBEDDED_PLAN).plan!;
const today = new Date('2026-11-30T12:00:00Z');
const ZH = messages('zh');
const EN = messages('en');
/** Codes that stay as they are in any language: the command's name, plan.yaml, --wide. */
const CODES = new Set(['plan', 'yaml', 'wide']);
const ENGLISH = englishWords().filter((word) => !CODES.has(word));
/** The Chinese statuses: the evaluations' words, 提前实现 among them. */
const ZH_STATUSES = new Set([...Object.values(ZH.status), ZH.achievedEarly]);
const EN_STATUSES = Object.values(EN.status);

/** The English words of the catalogue found in a text (whole words, as written). */
function englishIn(text: string): string[] {
  return ENGLISH.filter((word) => new RegExp(`(?<![A-Za-z-])${word}(?![A-Za-z-])`).test(text));
}

/** The text with every indicator id taken out: ids are codes, the same in every language. */
function withoutIds(text: string, ids = plan.indicators.map((indicator) => indicator.id)): string {
  return [...ids].sort((a, b) => b.length - a.length).reduce((out, id) => out.split(id).join(' '), text);
}

/** The text with the judgements' evidence taken out: the plan's data, in the language it was found in. */
function withoutEvidence(text: string): string {
  return plan.judgements.map((judgement) => judgement.evidence).sort((a, b) => b.length - a.length).reduce((out, evidence) => out.split(evidence).join(' '), text);
}

function status(format: 'table' | 'markdown', lang: 'zh' | 'en', width?: number) {
  return statusCommand(plan, { format, lang, color: false, width, year: '2025' }, today);
}

describe('the catalogue', () => {
  it('knows English words enough to catch an untranslated heading or status', () => {
    for (const word of ['name', 'target', 'latest', 'baseline', 'progress', 'achieved', 'on-track', 'not-assessed', 'indicators', 'method', 'hidden', 'Computed', 'Observations', 'milestone', 'yearly'])
      expect(ENGLISH).toContain(word);
  });

  it('has no English word in its Chinese texts', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(ZH);
    texts.push(
      ZH.summary(216, [{ status: 'achieved', count: 32 }], '2026-02-12', 'pace'),
      ZH.hidden(80, ['单位']),
      ZH.noMatch('--section 3', 216),
      ZH.annualFooter(6, 2024, '2025-05-19'),
      ZH.show.target('≈5%/年', 2025, undefined),
      ZH.html.title('规划', '2026-02-12'),
      ZH.html.meta('shanghai', 2, 2021, 2025, ZH.method.pace, '2026-02-12'),
      ZH.html.wrote('out.html', 216, 21, '2026-02-12'),
      ZH.target.cut('≥9%'),
      ZH.target.yearly('≤5.5'),
      ZH.target.setBy('国家下达'),
      ZH.target.factorOn('4', 2018),
    );
    expect(texts.flatMap((text) => englishIn(text).map((word) => `${word} in ${text}`))).toEqual([]);
  });

  it('the English notice of the embedded plan is the one plan prints', () => {
    expect(`${EN.embeddedPlan}\n`).toBe(EMBEDDED_NOTICE);
  });
});

describe('plan status --lang zh', () => {
  it('the table: Chinese headings, the evaluations’ status words, no English word outside the ids', () => {
    const { stdout } = status('table', 'zh');
    const lines = stdout.split('\n');
    const head = lines[1]!.split('│').map((cell) => cell.trim()).filter(Boolean);
    expect(head).toEqual(Object.values(ZH.statusHeadings));
    const rows = lines.filter((line) => line.startsWith('│')).slice(1);
    const statuses = rows.map((line) => line.split('│').at(-2)!.trim());
    expect(statuses).toHaveLength(plan.indicators.length);
    for (const word of statuses) expect(ZH_STATUSES).toContain(word);
    expect(statuses).toContain('提前实现');
    expect(englishIn(withoutIds(stdout))).toEqual([]);
    for (const word of EN_STATUSES) expect(withoutIds(stdout)).not.toMatch(new RegExp(`(?<![A-Za-z-])${word}(?![A-Za-z-])`));
    expect(lines.at(-2)).toMatch(/^共 216 项指标：已实现 \d+ 项，.*（截至 \d{4}-\d{2}-\d{2}，进度对比法）$/);
  });

  it('fitted to 80 columns, the line of hidden columns is Chinese too', () => {
    const { stdout } = status('table', 'zh', 80);
    expect(stdout).toMatch(/为适应 80 列宽已隐藏：单位、属性/);
    expect(englishIn(withoutIds(stdout))).toEqual([]);
  });

  it('Markdown: Chinese headings, and the reasons in Chinese but for the evidence quoted', () => {
    const { stdout } = status('markdown', 'zh');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`| ${Object.values(ZH.statusHeadings).join(' | ')} | 原因 |`);
    const rows = lines.filter((line) => line.startsWith('| ')).slice(1);
    expect(englishIn(withoutEvidence(withoutIds(rows.join('\n'))))).toEqual([]);
    // Every reason says something in Chinese, beyond the numbers and ids it carries.
    for (const row of rows.slice(1)) expect(row.split(' | ').at(-1), row).toMatch(/\p{Script=Han}/u);
    expect(englishIn(withoutIds(lines.filter((line) => !line.startsWith('|')).join('\n')))).toEqual([]);
  });

  it('the notice of filters matching nothing is Chinese', () => {
    const { stdout, stderr } = statusCommand(plan, { format: 'table', lang: 'zh', color: false, status: ['ahead'], year: '2025' }, today);
    expect(stdout).toBe('');
    expect(stderr).toBe('没有指标符合 --status ahead（规划共 216 项指标）\n');
  });

  it('--annual: Chinese headings, 是/否 and the five-year status in Chinese', () => {
    const { stdout } = annualCommand(plan, { annual: '2024', format: 'table', lang: 'zh' }, today);
    expect(stdout).toContain('│ 序号 │ 标识');
    for (const heading of Object.values(ZH.annualHeadings)) expect(stdout).toContain(heading);
    expect(englishIn(withoutIds(stdout))).toEqual([]);
    expect(annualCommand(plan, { annual: '2019', format: 'table', lang: 'zh' }, today).stderr).toBe('没有指标设有 2019 年的年度目标\n');
  });

  it('English is as it was', () => {
    const { stdout } = status('table', 'en');
    expect(stdout.split('\n')[1]).toMatch(/^│ # +│ id +│ name +│ unit +│ attr +│ baseline +│ target +│ latest +│ expected +│ progress +│ status +│$/);
    expect(stdout).toMatch(/\n216 indicators: \d+ achieved, .* \(as of \d{4}-\d{2}-\d{2}, method pace\)\n$/);
    expect(stdout).toContain('│ set by national (国家下达)');
    expect(stdout).toContain('│ in step with gdp-growth');
    expect(status('markdown', 'en').stdout.split('\n')[0]).toBe('| # | id | name | unit | attr | baseline | target | latest | expected | progress | status | why |');
  });
});

describe('plan show --lang zh', () => {
  // A growth target with a path, a milestone with judgements, one with annual-plan targets.
  const judged = plan.judgements[0]!.indicator;
  const withAnnual = plan.indicators.find((indicator) => indicator.annual?.length)!.id;
  const ids = ['gdp-growth', judged, withAnnual, 'air-pollutants', 'energy-intensity-reduction'];

  it.each(ids)('%s: every label and heading Chinese', (id) => {
    const text = showCommand(plan, id, { format: 'table', lang: 'zh' }, today);
    const labels = ZH.show.labels;
    for (const label of [labels.target, labels.source, labels.baseline, labels.latest, labels.status, labels.asOf]) expect(text).toMatch(new RegExp(`^  ${label} +\\S`, 'm'));
    expect(text).toMatch(/^ {2}章节 [\d.]+，/m);
    expect(text).toContain(ZH.show.computed);
    // No English label or heading: the lines as the English show starts them.
    const english = /^ {2}(section|target|source|also|baseline|latest|status|as of) |^(Year by year|Computed|How|Observations|Judgements|Annual-plan targets)\b|^ {4}(evidence|source|url) /m;
    expect(text).not.toMatch(english);
    // The table headings, and the status in the evaluations' words.
    for (const heading of text.split('\n').filter((_line, i, all) => all[i - 1]?.startsWith('┌'))) expect(englishIn(heading), heading).toEqual([]);
    const statusLine = text.split('\n').find((line) => line.startsWith(`  ${labels.status}`))!;
    expect(ZH_STATUSES).toContain(statusLine.replace(/^ {2}\S+ +/, '').split('；')[0]);
    expect(statusLine).toContain('；原因：');
    expect(englishIn(withoutEvidence(withoutIds(statusLine)))).toEqual([]);
    expect(statusLine.split('；原因：')[1]).toMatch(/\p{Script=Han}/u);
  });

  it('the judgements and the annual targets in Chinese', () => {
    const milestone = showCommand(plan, judged, { format: 'table', lang: 'zh' }, today);
    expect(milestone).toContain(ZH.show.judgements);
    expect(milestone).toMatch(/^ {4}证据 +\S/m);
    const annual = showCommand(plan, withAnnual, { format: 'table', lang: 'zh' }, today);
    expect(annual).toContain(ZH.show.annualTargets);
    expect(annual).toMatch(/│ (完成|未完成|—) +│/);
  });

  it('English is as it was', () => {
    const text = showCommand(plan, 'gdp-growth', { format: 'table', lang: 'en' }, today);
    expect(text).toContain('\n  section 2.3, expected, increase, unit %\n  target   ≈5%/yr by 2025\n  source   「');
    expect(text).toMatch(/\n {2}status {3}missed: average 4\.62% a year/);
    expect(text).toMatch(/\n {2}as of {4}\d{4}-\d{2}-\d{2} \(method pace\)\n/);
    expect(text).toContain('\nYear by year (expected on the path, observed):\n');
    expect(text).toContain('\nComputed:\n  progress        0.927\n');
  });
});

describe('plan report --lang zh', () => {
  const report = statusReport(plan, { year: '2025' }, today);
  const zhReport = statusReport(plan, { year: '2025' }, today, 'zh');
  const zh = renderHtmlReport(zhReport, new Map(), 'zh');
  const en = renderHtmlReport(report, new Map(), 'en');
  const textOf = (html: string): string[] => [...html.matchAll(/>([^<>]+)</g)].map((match) => match[1]!.trim()).filter(Boolean);

  it('headings, table heads and statuses in Chinese', () => {
    const heads = [...zh.matchAll(/<(h2 id="\w+"|th[^>]*)>([^<]*)</g)].map((match) => match[2]!);
    expect(heads).toEqual(expect.arrayContaining(['概况', '指标', '状态', '主要指标表', '章节目标', '全部', '合计', '序号', '目标', '最新值', '基期值', '应达进度', '实际进度', '章节']));
    for (const head of heads) expect(head).not.toMatch(/[A-Za-z]/);
    const statuses = [...zh.matchAll(/<td class="status"[^>]*>([^<]*)</g)].map((match) => match[1]!);
    for (const word of statuses) expect(ZH_STATUSES).toContain(word);
    expect(zh).toMatch(/<h1><span lang="zh">[^<]+<\/span>：截至 \d{4}-\d{2}-\d{2} 的实施情况<\/h1>/);
    expect(zh).toContain('<html lang="zh-CN">');
  });

  it('no English word of the interface or of the reasons', () => {
    // The page's text without what is data (sources, the plan's English names, ids) and
    // without the reasons, read next from the report they were printed from.
    const interfaceText = textOf(
      zh
        .replace(/<span lang="en">[\s\S]*?<\/span>/g, '')
        .replace(/<span class="source">[\s\S]*?<\/span><\/div>/g, '</div>')
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/(<p class="why">[\s\S]*?；原因：)[\s\S]*?<\/p>/g, '$1</p>'),
    ).join('\n');
    expect(englishIn(withoutIds(interfaceText))).toEqual([]);
    // The reasons: Chinese words around the numbers, ids and the evidence quoted.
    for (const row of zhReport.indicators) {
      expect(zh).toContain(`；原因：${row.why.slice(0, 12)}`);
      expect(row.why, row.id).toMatch(/\p{Script=Han}/u);
      expect(englishIn(withoutEvidence(withoutIds(row.why))), row.why).toEqual([]);
    }
    expect(zh).toContain('<p class="nochart">无观测值，不绘图</p>');
  });

  it('English is as it was', () => {
    expect(en).toContain('<h2 id="summary">Summary</h2>');
    expect(en).toContain('<thead><tr><th class="num">#</th><th>indicator</th><th>status</th><th class="num">target</th><th class="num">latest</th><th class="num">baseline</th><th class="num">expected</th><th class="num">progress</th><th>section</th></tr></thead>');
    expect(en).toMatch(/<div>Target ≈5%\/yr by 2025; latest 4\.62%\/yr \(2025\) — <span class="source">/);
    expect(en).toMatch(/<p class="why"><span class="status" style="color:#[0-9a-f]+">missed<\/span>: average/);
  });

  it('the charts’ legends and axes in the page’s language', () => {
    const evaluation = evaluatePlan(plan, { asOf: '2026-11-30', rule: { kind: 'all' }, method: 'pace' }).find((candidate) => candidate.indicator.id === 'gdp-growth')!;
    const spec = JSON.stringify(chartSpec(evaluation, 'zh'));
    expect(spec).toContain('"domain":["预期","实际"');
    expect(spec).toContain('增长指数（基年 = 1）');
    expect(JSON.stringify(chartSpec(evaluation))).toContain('"domain":["expected","observed"');
  });
});

describe('CSV', () => {
  const report = statusReport(plan, { year: '2025' }, today);
  it('keeps its header and codes in every language; the reader’s columns follow --lang', () => {
    const [zhHead, ...zhRows] = renderCsv(report, { lang: 'zh' }).slice(1).split('\r\n');
    const [enHead] = renderCsv(report).slice(1).split('\r\n');
    expect(zhHead).toBe(enHead);
    expect(enHead).toContain(',status,status_text,why,');
    const gdp = zhRows.find((row) => row.startsWith('gdp-growth,'))!;
    expect(gdp).toContain(',≈5%/年,');
    expect(gdp).toContain(',missed,未实现,');
  });
});

describe('target words: English byte-identical, Chinese for every kind', () => {
  const format = (value: number): string => number(value);
  const cases: [Target, string, string][] = [
    [{ kind: 'level', comparator: '>=', value: 1000 }, '≥1,000', '≥1,000'],
    [{ kind: 'average-growth', comparator: 'approx', value: 5 }, '≈5%/yr', '≈5%/年'],
    [{ kind: 'cumulative-growth', comparator: '>=', value: 20 }, '≥+20%', '≥+20%'],
    [{ kind: 'factor', factor: 4, baseYear: 2018 }, '×4 on 2018', '2018年的4倍'],
    [{ kind: 'reduction', value: 9 }, 'cut ≥9%', '降低≥9%'],
    [{ kind: 'cumulative-sum', comparator: 'approx', value: 110 }, 'Σ≈110', 'Σ≈110'],
    [{ kind: 'every-year', comparator: '<=', value: 5.5 }, '≤5.5 yearly', '每年≤5.5'],
    [{ kind: 'in-step-with', indicator: 'gdp-growth' }, 'in step with gdp-growth', '与gdp-growth同步'],
    [{ kind: 'relative', comparator: '>', indicator: 'gdp-growth' }, 'growth > gdp-growth', '增速>gdp-growth'],
    [{ kind: 'relative', comparator: 'approx', indicator: 'gdp-growth' }, '≈ growth of gdp-growth', '增速≈gdp-growth'],
    [{ kind: 'standard', standard: 'GB 3095-2012 Grade II (国家二级标准)' }, 'GB 3095-2012 Grade II', 'GB 3095-2012 国家二级标准'],
    [{ kind: 'external', authority: 'national (国家下达)', measure: 'reduction' }, 'set by national (国家下达)', '国家下达目标'],
    [{ kind: 'external', authority: 'national (国家下达)', value: 14, measure: 'reduction' }, '≥14 (national (国家下达))', '≥14（国家下达）'],
    [{ kind: 'milestone', deliverable: 'x' }, 'milestone', '里程碑'],
    [{ kind: 'change', by: -2 }, '−2', '−2'],
    [{ kind: 'annual' }, 'set each year', '逐年确定'],
  ] as unknown as [Target, string, string][];

  it.each(cases)('%o', (target, en, zh) => {
    const module = KIND_MODULES[target.kind] as { targetText: (target: Target, format: (value: number) => string, lang: 'en' | 'zh') => string };
    expect(module.targetText(target, format, 'en')).toBe(en);
    expect(module.targetText(target, format, 'zh')).toBe(zh);
  });

  it('every kind is tried', () => {
    expect(new Set(cases.map(([target]) => target.kind))).toEqual(new Set(Object.keys(KIND_MODULES)));
  });

  it('current values and chart axes', () => {
    expect(KIND_MODULES['average-growth'].currentText(4.62, format, 'en')).toBe('4.62%/yr');
    expect(KIND_MODULES['average-growth'].currentText(4.62, format, 'zh')).toBe('4.62%/年');
    expect(KIND_MODULES.reduction.currentText(6, format, 'zh')).toBe('降低6%');
    expect(bilingualIn('the outline (text not verified)', 'zh')).toBe('the outline (text not verified)');
  });
});

describe('one authority, one way of writing it', () => {
  /** Every `authority:` of the plans the repository ships, as written. */
  function authorities(): string[] {
    const folders = [EMBEDDED_PLAN, join(PACKAGE_ROOT, 'examples', 'national-14th-fyp')];
    const plans: Plan[] = folders.map((folder) => loadPlan(folder).plan!);
    return plans.flatMap((candidate) => candidate.indicators.flatMap((indicator) => (indicator.target.kind === 'external' ? [indicator.target.authority] : [])));
  }

  it('in the plans: each Chinese name goes with one English one and back, as `English (中文)`', () => {
    const written = authorities();
    expect(written.length).toBeGreaterThan(2);
    const english = new Map<string, Set<string>>();
    const chinese = new Map<string, Set<string>>();
    for (const authority of written) {
      if (!/\p{Script=Han}/u.test(authority)) continue;
      const match = /^(.+?) \(([^()]+)\)$/.exec(authority);
      expect(match, `${authority}: not written as English (中文)`).not.toBeNull();
      const [, en, zh] = match!;
      english.set(zh!, new Set([...(english.get(zh!) ?? []), en!]));
      chinese.set(en!.toLowerCase(), new Set([...(chinese.get(en!.toLowerCase()) ?? []), zh!]));
    }
    for (const [zh, ens] of english) expect([...ens], zh).toHaveLength(1);
    for (const [en, zhs] of chinese) expect([...zhs], en).toHaveLength(1);
  });

  it('the words 国家下达 stand for one authority in the plan files', () => {
    const files = readdirSync(join(EMBEDDED_PLAN, 'indicators')).map((name) => readFileSync(join(EMBEDDED_PLAN, 'indicators', name), 'utf8'));
    const written = new Set(files.flatMap((text) => [...text.matchAll(/authority: "([^"]+)"/g)].map((match) => match[1]!)));
    expect([...written]).toEqual(['national (国家下达)']);
  });

  it('the status words are the catalogue’s, one table for both languages', () => {
    const row = statusReport(plan, { year: '2025' }, today).indicators.find((candidate) => candidate.status === 'achieved')!;
    expect(statusText(row, 'en')).toBe('achieved');
    expect(['已实现', '提前实现']).toContain(statusText(row, 'zh'));
  });
});

describe('the language of the environment', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.Big5' }, 'zh'],
    [{ LANG: 'zh' }, 'zh'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LANG: 'zhx_YY' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: '' }, 'zh'],
  ])('%o → %s', (env, lang) => {
    expect(languageFromEnv(env)).toBe(lang);
  });
});
