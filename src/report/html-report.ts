// The status report as one self-contained HTML page: a summary, a table of every
// indicator, and for each a chart of the path expected against observed with its target,
// source phrase and status. No script and no external resource: it opens anywhere, offline.

import type { Status } from '../engine/types.js';
import { textIn } from '../model/types.js';
import { baselineText, latestText, nameOf, percent, summaryLine, targetText, type Lang } from './cells.js';
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

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

export function renderHtmlReport(report: Report, svgs: ReadonlyMap<string, string>, lang: Lang): string {
  const title = `${report.plan.title[lang]}: status as of ${report.asOf}`;
  const chips = Object.entries(report.summary.byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `<span class="chip" style="background:${STATUS_COLOURS[status as Status]}">${count} ${escapeHtml(status)}</span>`)
    .join(' ');
  const rows = report.indicators.map((row) => tableRow(row, lang)).join('\n');
  const sections = report.indicators.map((row) => indicatorSection(row, svgs.get(row.id), lang)).join('\n');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; margin-bottom: .2rem; }
.meta { color: #555; margin-top: 0; }
.chip { color: white; border-radius: 1em; padding: .1em .7em; font-size: .9em; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; font-size: 13px; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .3em .5em; text-align: left; vertical-align: top; }
th { background: #f5f5f5; }
td.num { text-align: right; white-space: nowrap; }
.status { font-weight: 600; white-space: nowrap; }
section { border-top: 1px solid #ddd; padding: 1rem 0; display: grid; grid-template-columns: minmax(0, 1fr) 460px; gap: 1rem; }
section h2 { font-size: 1.05rem; margin: 0 0 .3rem; }
blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid #ccc; color: #444; }
.why { margin: .4rem 0; }
.nochart { color: #888; font-style: italic; }
section svg { max-width: 100%; height: auto; }
@media (max-width: 800px) { section { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Plan ${escapeHtml(report.plan.id)}, revision ${report.plan.revision}, ${report.plan.period.start}–${report.plan.period.end}; method ${escapeHtml(report.method)}. ${escapeHtml(summaryLine(report))}</p>
<p>${chips}</p>
<table>
<thead><tr><th>#</th><th>indicator</th><th>section</th><th>baseline</th><th>target</th><th>latest</th><th>expected</th><th>progress</th><th>status</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${sections}
</body>
</html>
`;
}

function tableRow(row: ReportIndicator, lang: Lang): string {
  const cells = [
    `<td class="num">${row.no ?? ''}</td>`,
    `<td><a href="#${escapeHtml(row.id)}">${escapeHtml(nameOf(row, lang))}</a></td>`,
    `<td>${escapeHtml(row.section)}</td>`,
    `<td class="num">${escapeHtml(baselineText(row))}</td>`,
    `<td class="num">${escapeHtml(targetText(row))}</td>`,
    `<td class="num">${escapeHtml(latestText(row))}</td>`,
    `<td class="num">${percent(row.computed.expected)}</td>`,
    `<td class="num">${percent(row.computed.progress)}</td>`,
    `<td class="status" style="color:${STATUS_COLOURS[row.status]}">${escapeHtml(row.status)}</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

function indicatorSection(row: ReportIndicator, svg: string | undefined, lang: Lang): string {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const source = row.latest ? `${row.latest.source}${row.latest.published ? `, published ${row.latest.published}` : ''}` : '';
  return `<section id="${escapeHtml(row.id)}">
<div>
<h2>${row.no ? `${row.no}. ` : ''}${escapeHtml(nameOf(row, lang))} <small>(${escapeHtml(textIn(row.name, other))})</small></h2>
<div>${escapeHtml(row.id)} · section ${escapeHtml(row.section)} · ${escapeHtml(row.attribute ?? 'chapter target')} · ${escapeHtml(row.unit)}</div>
<blockquote>${escapeHtml(row.quote)}</blockquote>
<div>Target ${escapeHtml(targetText(row))} by ${row.target.year}; latest ${escapeHtml(latestText(row))}${source ? ` — ${escapeHtml(source)}` : ''}</div>
<p class="why"><span class="status" style="color:${STATUS_COLOURS[row.status]}">${escapeHtml(row.status)}</span>: ${escapeHtml(row.why)}</p>
</div>
<div>${svg ?? '<p class="nochart">nothing observed to chart</p>'}</div>
</section>`;
}
