// The HTML report as a reader sees it: written for the embedded plan, loaded in headless
// Chromium (Debian's `chromium`, installed by .ci/run) at a phone's width (420 px) and a
// desktop's (1280 px), and measured there: no element wider than the viewport unless it
// sits in a box that scrolls it, the status of every row on screen without scrolling,
// every chart drawn with its target in the legend, Chinese set in a CJK font of the stack.
// Screenshots of each width go to $PLAN_SCREENSHOTS when it is set (to look at them).
// Without Chromium the test is skipped on a developer's machine, and fails in CI.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/commands/report.js';
import { evaluatePlan } from '../../src/kinds/evaluate.js';
import { dateOfYear } from '../../src/engine/observations.js';
import { loadPlan } from '../../src/load/load-plan.js';
import type { Plan } from '../../src/model/types.js';
import { chartSpec } from '../../src/render/chart-spec.js';
import { Browser, findChromium, type Page } from '../render/cdp-pipe.js';

const chromium = findChromium();
const inCi = Boolean(process.env.CI);
const today = new Date('2026-11-29T12:00:00Z');

/** The faces of the report's CJK stack, as fontconfig names them. */
const CJK_FACES = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'SimSun'];

interface Layout {
  innerWidth: number;
  scrollWidth: number;
  /** Elements reaching past the viewport outside any scrolling box within it. */
  overflowing: string[];
  /** Indicator rows whose status cell is not wholly on screen. */
  statusOffScreen: string[];
  rows: number;
  svgs: { id: string; width: number; height: number; marks: number; targetMark: boolean; legend: string[] }[];
}

/** Runs in the page. Kept as a string: the report itself carries no script. */
const MEASURE = `(() => {
  const width = window.innerWidth;
  const within = (box) => box.left >= -0.5 && box.right <= width + 0.5;
  const scroller = (element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== 'visible') return parent;
    }
    return null;
  };
  const describe = (element) => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (element.className && typeof element.className === 'string' ? '.' + element.className : '');
  const overflowing = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if ((box.width === 0 && box.height === 0) || within(box)) continue;
    const clip = scroller(element);
    if (clip && within(clip.getBoundingClientRect())) continue;
    overflowing.push(describe(element) + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
  }
  const rows = [...document.querySelectorAll('table.indicators tbody tr')];
  const statusOffScreen = rows.filter((row) => !within(row.querySelector('td.status').getBoundingClientRect())).map((row) => row.textContent.slice(0, 40));
  const svgs = [...document.querySelectorAll('section svg')].map((svg) => {
    const box = svg.getBoundingClientRect();
    const marks = [...svg.querySelectorAll('.role-mark path, .role-mark line')].filter((mark) => !mark.closest('.role-legend') && mark.getBoundingClientRect().width + mark.getBoundingClientRect().height > 0);
    return {
      id: svg.closest('section').id,
      width: box.width,
      height: box.height,
      marks: marks.length,
      targetMark: marks.some((mark) => mark.closest('.mark-symbol') && (mark.getAttribute('fill') || '').toLowerCase() === '#c0392b'),
      legend: [...svg.querySelectorAll('.role-legend-label text')].map((text) => text.textContent),
    };
  });
  return { innerWidth: width, scrollWidth: document.documentElement.scrollWidth, overflowing: overflowing.slice(0, 20), statusOffScreen, rows: rows.length, svgs };
})()`;

describe.skipIf(!chromium && !inCi)('the HTML report in headless Chromium', () => {
  let folder: string;
  let shots: string;
  let browser: Browser | undefined;
  let plan: Plan;
  let charted: string[];
  const files: Record<'en' | 'zh', string> = { en: '', zh: '' };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'plan-chromium-report-'));
    shots = process.env.PLAN_SCREENSHOTS ?? join(folder, 'screenshots');
    mkdirSync(shots, { recursive: true });
    plan = loadPlan(join(import.meta.dirname, '../../plan')).plan!;
    for (const lang of ['en', 'zh'] as const) {
      files[lang] = join(folder, `report-${lang}.html`);
      await reportCommand(plan, { out: files[lang], lang, year: '2025' }, today);
    }
    const date = dateOfYear(plan.observations, 2025);
    charted = evaluatePlan(plan, { asOf: date, rule: { kind: 'year', year: 2025, date }, method: 'pace' })
      .filter((evaluation) => chartSpec(evaluation) !== null)
      .map((evaluation) => evaluation.indicator.id);
    if (chromium) browser = Browser.launch(chromium);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs in CI with Chromium installed (.ci/run installs Debian’s chromium)', () => {
    expect(chromium, 'chromium is not on PATH').not.toBeNull();
  });

  async function open(lang: 'en' | 'zh', width: number): Promise<{ page: Page; layout: Layout }> {
    const page = await browser!.newPage(width, 900, width < 600);
    await page.goto(pathToFileURL(files[lang]).href);
    return { page, layout: await page.evaluate<Layout>(MEASURE) };
  }

  async function screenshots(page: Page, name: string, width: number): Promise<void> {
    const top = await page.screenshot();
    const gdp = await page.evaluate<number>(`document.getElementById('gdp-growth').getBoundingClientRect().top + scrollY`);
    const section = await page.screenshot({ x: 0, y: gdp, width, height: 900 });
    for (const [suffix, png] of [['top', top], ['gdp-growth', section]] as const) {
      // A PNG of the viewport's width: the signature, then IHDR's width at byte 16.
      expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(width);
      writeFileSync(join(shots, `${name}-${suffix}.png`), png);
    }
  }

  for (const width of [420, 1280]) {
    it(`at ${width} px: nothing wider than the viewport, every status on screen, every chart drawn with its target in the legend`, async () => {
      const { page, layout } = await open('en', width);
      expect(layout.innerWidth).toBe(width);
      expect(layout.scrollWidth).toBeLessThanOrEqual(width);
      expect(layout.overflowing).toEqual([]);
      expect(layout.rows).toBe(plan.indicators.length);
      expect(layout.statusOffScreen).toEqual([]);
      const drawn = layout.svgs.filter((svg) => svg.width > 0 && svg.height > 0 && svg.marks > 0);
      expect(drawn.map((svg) => svg.id)).toEqual(charted);
      expect(charted.length).toBeGreaterThan(5);
      for (const svg of layout.svgs) {
        expect(svg.width, svg.id).toBeLessThanOrEqual(width);
        // The red diamond is drawn exactly where the legend names a target.
        expect(svg.legend.includes('target'), `${svg.id}: ${svg.legend.join(', ')}`).toBe(svg.targetMark);
      }
      expect(layout.svgs.filter((svg) => svg.targetMark).length).toBeGreaterThan(5);
      await screenshots(page, `en-${width}`, width);
    });
  }

  it('the Chinese page at 420 px fits too, and sets Chinese in a CJK face of the stack, not a fallback', async () => {
    const { page, layout } = await open('zh', 420);
    expect(layout.scrollWidth).toBeLessThanOrEqual(420);
    expect(layout.overflowing).toEqual([]);
    expect(layout.statusOffScreen).toEqual([]);
    await page.send('DOM.enable');
    await page.send('CSS.enable');
    const { root } = (await page.send('DOM.getDocument')) as { root: { nodeId: number } };
    for (const selector of ['table.indicators td.name [lang="zh"]', 'section blockquote[lang="zh"]']) {
      const { nodeId } = (await page.send('DOM.querySelector', { nodeId: root.nodeId, selector })) as { nodeId: number };
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts } = (await page.send('CSS.getPlatformFontsForNode', { nodeId })) as { fonts: { familyName: string; glyphCount: number }[] };
      expect(fonts.length, selector).toBeGreaterThan(0);
      for (const font of fonts) expect(CJK_FACES, `${selector}: ${font.familyName}`).toContain(font.familyName);
    }
    await screenshots(page, 'zh-420', 420);
  });

  it('marks Chinese passages lang="zh" and links sources, http(s) only, with rel="noopener"', () => {
    const html = readFileSync(files.en, 'utf8');
    expect(html).toContain('<span lang="zh">全市生产总值年均增长率</span>');
    expect(html).toMatch(/<blockquote lang="zh">/);
    const links = [...html.matchAll(/<a href="(https?:[^"]+)" rel="noopener" target="_blank">/g)];
    const urls = new Set(plan.observations.flatMap((observation) => (observation.url ? [observation.url] : [])));
    expect(links.length).toBeGreaterThan(10);
    for (const [, href] of links) expect(href!.startsWith('http')).toBe(true);
    expect(links.some(([, href]) => urls.has(href!.replace(/&amp;/g, '&')))).toBe(true);
    expect(html).toMatch(/font-family[^;]*"Microsoft YaHei"[^;]*SimSun/);
  });
});
