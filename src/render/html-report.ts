// The status report as one self-contained HTML page: a summary, a table of every
// indicator, and for each a chart of the path expected against observed with its target,
// source phrase and status. No script and no external resource: it opens anywhere, offline.
// It reads on a phone as on a desktop: at any width from 320 px no element is wider than
// the viewport; the two tables scroll sideways inside their own box, the status beside
// the name so that it is seen without scrolling (a test measures it in headless Chromium).

import type { Status } from '../engine/types.js';
import { kindOf } from '../kinds/registry.js';
import { textIn, type Target } from '../model/types.js';
import { baselineText, latestText, nameOf, percent, statusText, targetText, type Lang } from './cells.js';
import { messages } from './messages.js';
import type { Report, ReportIndicator } from './report-model.js';

const STATUS_COLOURS: Record<Status, string> = {
  achieved: '#1e7d32',
  ahead: '#1e7d32',
  'on-track': '#2e8b57',
  'at-risk': '#b7791f',
  'off-track': '#c0392b',
  missed: '#8e1b12',
  'no-data': '#7a7a7a',
  'not-assessed': '#7a7a7a',
};

/**
 * Chinese text needs a CJK font the reader has, and no system has the same one: Windows
 * ships Microsoft YaHei (and SimSun, on every version), macOS PingFang SC (Hiragino Sans
 * GB before 10.11), Linux Noto Sans CJK SC (Debian's fonts-noto-cjk) or WenQuanYi Micro
 * Hei; Source Han Sans SC is Noto's twin under Adobe's name. A browser falls back glyph by
 * glyph down the list, and the generic sans-serif ends it for any other system. English
 * passages (and the page by default) put Latin faces first, so that digits and English keep
 * the system's face; Chinese passages (lang="zh") put the CJK faces first, so that their
 * punctuation takes Chinese forms.
 */
const CJK_FONTS = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", SimSun';
const LATIN_FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

export function renderHtmlReport(report: Report, svgs: ReadonlyMap<string, string>, lang: Lang): string {
  const words = messages(lang).html;
  const planTitle = textIn(report.plan.title, lang);
  const title = words.title(planTitle, report.asOf);
  const head = words.indicatorHeadings;
  const rows = report.indicators.map((row) => tableRow(row, lang)).join('\n');
  const sections = report.indicators.map((row) => indicatorSection(row, svgs.get(row.id), lang)).join('\n');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
*, *::before, *::after { box-sizing: border-box; }
/* Fonts: Latin faces, then CJK ones for Windows (Microsoft YaHei, SimSun), macOS (PingFang SC,
   Hiragino Sans GB) and Linux (Noto Sans CJK SC, WenQuanYi Micro Hei), then any sans-serif. */
body { font: 14px/1.5 ${LATIN_FONTS}, ${CJK_FONTS}, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1.5rem 1rem; color: #222; overflow-wrap: break-word; }
:lang(zh) { font-family: ${CJK_FONTS}, ${LATIN_FONTS}, sans-serif; }
:lang(en) { font-family: ${LATIN_FONTS}, ${CJK_FONTS}, sans-serif; }
h1 { font-size: 1.4rem; margin: 0 0 .2rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
.meta { color: #555; margin-top: 0; }
a { color: #1f5fa8; }
/* A table wider than the page scrolls inside this box, never the page; the shadows at
   its edges (background-attachment: local) show that there is more to either side. */
.scroll { overflow-x: auto; max-width: 100%; margin: 0 0 1.5rem;
  background: linear-gradient(to right, #fff 30%, rgba(255,255,255,0)), linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) 100% 0,
    radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.18), rgba(0,0,0,0)), radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.18), rgba(0,0,0,0)) 100% 0;
  background-repeat: no-repeat; background-size: 40px 100%, 40px 100%, 12px 100%, 12px 100%; background-attachment: local, local, scroll, scroll; }
.scroll:focus-visible { outline: 2px solid #1f5fa8; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f5f5f5; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.name { min-width: 9em; }
.status { font-weight: 600; white-space: nowrap; }
table.summary { width: auto; }
section { border-top: 1px solid #ddd; padding: 1rem 0; display: grid; grid-template-columns: minmax(0, 1fr) 460px; gap: 1rem; }
section > div { min-width: 0; }
section h2 { font-size: 1.05rem; margin: 0 0 .3rem; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid #ccc; color: #444; }
.why { margin: .4rem 0; }
.why, .source { overflow-wrap: anywhere; }
.nochart { color: #888; font-style: italic; }
section svg { display: block; max-width: 100%; height: auto; }
@media (max-width: 800px) { section { grid-template-columns: minmax(0, 1fr); } }
@media (max-width: 600px) { body { padding: 1rem .75rem; } h1 { font-size: 1.2rem; } }
</style>
</head>
<body>
<h1>${words.title(langSpan(planTitle), escapeHtml(report.asOf))}</h1>
<p class="meta">${escapeHtml(words.meta(report.plan.id, report.plan.revision, report.plan.period.start, report.plan.period.end, messages(lang).method[report.method], report.asOf))}</p>
<h2 id="summary">${escapeHtml(words.summary)}</h2>
<div class="scroll" role="region" aria-labelledby="summary" tabindex="0">
${summaryTable(report, lang)}
</div>
<h2 id="indicators">${escapeHtml(words.indicators)}</h2>
<div class="scroll" role="region" aria-labelledby="indicators" tabindex="0">
<table class="indicators">
<thead><tr><th class="num">${head.no}</th><th>${head.indicator}</th><th>${head.status}</th><th class="num">${head.target}</th><th class="num">${head.latest}</th><th class="num">${head.baseline}</th><th class="num">${head.expected}</th><th class="num">${head.progress}</th><th>${head.section}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
${sections}
</body>
</html>
`;
}

/** Indicators by status: in the outline's main table (numbered rows), among the chapter targets, in all. */
function summaryTable(report: Report, lang: Lang): string {
  const words = messages(lang);
  const head = words.html.summaryHeadings;
  const count = (status: Status, main: boolean | null): number => report.indicators.filter((row) => row.status === status && (main === null || (row.no !== null) === main)).length;
  const rows = (Object.keys(report.summary.byStatus) as Status[])
    .filter((status) => report.summary.byStatus[status] > 0)
    .map((status) => `<tr><td class="status" style="color:${STATUS_COLOURS[status]}">${escapeHtml(words.status[status])}</td><td class="num">${count(status, true)}</td><td class="num">${count(status, false)}</td><td class="num">${report.summary.byStatus[status]}</td></tr>`)
    .join('\n');
  const main = report.indicators.filter((row) => row.no !== null).length;
  return `<table class="summary">
<thead><tr><th>${head.status}</th><th class="num">${head.main}</th><th class="num">${head.chapter}</th><th class="num">${head.all}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th>${head.total}</th><th class="num">${main}</th><th class="num">${report.summary.total - main}</th><th class="num">${report.summary.total}</th></tr></tfoot>
</table>`;
}

function tableRow(row: ReportIndicator, lang: Lang): string {
  const cells = [
    `<td class="num">${row.no ?? ''}</td>`,
    `<td class="name"><a href="#${escapeHtml(row.id)}">${langSpan(nameOf(row, lang))}</a></td>`,
    `<td class="status" style="color:${STATUS_COLOURS[row.status]}">${escapeHtml(statusText(row, lang))}</td>`,
    `<td class="num">${escapeHtml(targetText(row, lang))}</td>`,
    `<td class="num">${escapeHtml(latestText(row, lang))}</td>`,
    `<td class="num">${escapeHtml(baselineText(row))}</td>`,
    `<td class="num">${percent(row.computed.expected)}</td>`,
    `<td class="num">${percent(row.computed.progress)}</td>`,
    `<td>${escapeHtml(row.section)}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

function indicatorSection(row: ReportIndicator, svg: string | undefined, lang: Lang): string {
  const words = messages(lang);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const otherName = textIn(row.name, other);
  const target = row.target as unknown as Target;
  const detail = kindOf(target).detail?.(target);
  const latest = row.latest
    ? ` — <span class="source">${sourceLink(row.latest.source, row.latest.url)}${row.latest.published ? `${words.listSeparator}${escapeHtml(words.html.published(row.latest.published))}` : ''}</span>`
    : '';
  const baseline = row.baseline ? `<div>${escapeHtml(words.html.baseline(baselineText(row)))} — <span class="source">${sourceLink(row.baseline.source, row.baseline.url)}</span></div>` : '';
  const why = `${escapeHtml(words.html.whyLabel)}${linkify(row.why)}`;
  return `<section id="${escapeHtml(row.id)}">
<div>
<h2>${row.no ? `${row.no}. ` : ''}${langSpan(nameOf(row, lang))}${otherName && otherName !== nameOf(row, lang) ? ` <small>(${langSpan(otherName)})</small>` : ''}</h2>
<div>${escapeHtml(row.id)} · ${escapeHtml(words.html.sectionLine(row.section))} · ${escapeHtml(attributeWord(row.attribute, lang))} · ${escapeHtml(row.unit)}</div>
<blockquote${langAttribute(row.quote)}>${escapeHtml(row.quote)}</blockquote>
<div>${escapeHtml(words.html.target(targetText(row, lang), row.target.year))}${detail ? `${lang === 'zh' ? '：' : ': '}${langSpan(detail)}` : ''}${lang === 'zh' ? '；' : '; '}${escapeHtml(words.html.latest(latestText(row, lang)))}${latest}</div>
${baseline}<p class="why"><span class="status" style="color:${STATUS_COLOURS[row.status]}">${escapeHtml(statusText(row, lang))}</span>${lang === 'zh' ? '；' : ': '}${why}</p>
</div>
<div>${svg ?? `<p class="nochart">${escapeHtml(words.html.noChart)}</p>`}</div>
</section>`;
}

/** The attribute in words: binding, expected, chapter target (约束性, 预期性, 章节目标). */
function attributeWord(attribute: string | null, lang: Lang): string {
  const words = messages(lang).attribute;
  return attribute === 'binding' || attribute === 'expected' ? words[attribute] : attribute ?? words.none;
}

/**
 * ` lang="zh"` for a passage mostly in Chinese (more Han characters than Latin letters),
 * ` lang="en"` for one mostly in Latin letters: the browser then picks the passage's font
 * and line breaking, and a screen reader its voice, whatever the page's own language.
 * Nothing for text with neither (numbers, codes).
 */
export function langAttribute(text: string): string {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (han > 0 && han >= latin) return ' lang="zh"';
  return latin > 0 ? ' lang="en"' : '';
}

function langSpan(text: string): string {
  const attribute = langAttribute(text);
  return attribute ? `<span${attribute}>${escapeHtml(text)}</span>` : escapeHtml(text);
}

/** An http(s) URL as the browser will read it, or null for anything else (javascript:, data:, a typo). */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function anchor(url: string, html: string): string {
  return `<a href="${escapeHtml(url)}" rel="noopener" target="_blank">${html}</a>`;
}

/** The source's name, a link to its URL when that is http(s); the name alone otherwise. */
function sourceLink(source: string, url: string | undefined): string {
  const safe = safeUrl(url);
  return safe ? anchor(safe, langSpan(source)) : langSpan(source);
}

/** A URL written in the text, up to a space, a quote, a bracket or Chinese punctuation. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]{}，。；：！？、（）《》「」]+/g;

/** Text escaped, with the http(s) URLs in it made links (a judgement's evidence names its page). */
export function linkify(text: string): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    // A sentence's full stop or comma after a URL belongs to the sentence.
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const start = match.index;
    const safe = safeUrl(url);
    if (!safe) continue;
    html += escapeHtml(text.slice(at, start)) + anchor(safe, escapeHtml(url));
    at = start + url.length;
  }
  return html + escapeHtml(text.slice(at));
}
