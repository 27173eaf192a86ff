// The report's links and language marks: a source URL becomes a link only when it is
// http(s), escaped inside its attribute; URLs written in a verdict's evidence become links
// without the sentence's punctuation; Chinese passages carry lang="zh".

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/commands/report.js';
import { langAttribute, linkify, safeUrl } from '../../src/render/html-report.js';
import { indicator, makePlan, series } from '../engine/plan-builder.js';

const folder = mkdtempSync(join(tmpdir(), 'plan-links-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const today = new Date('2026-11-29T12:00:00Z');

describe('safeUrl', () => {
  it.each([
    ['https://fgw.sh.gov.cn/a.html', 'https://fgw.sh.gov.cn/a.html'],
    ['http://example.com/a b', 'http://example.com/a%20b'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//example.com', null],
    ['not a url', null],
    ['', null],
  ])('%j → %j', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('linkify', () => {
  it('links a URL inside a sentence, leaving the brackets and the full stop out', () => {
    expect(linkify('a later report (https://reportify.ai/news/1125118887533350912): "52 results".')).toBe(
      'a later report (<a href="https://reportify.ai/news/1125118887533350912" rel="noopener" target="_blank">https://reportify.ai/news/1125118887533350912</a>): &quot;52 results&quot;.',
    );
    expect(linkify('见https://example.com/x。')).toBe('见<a href="https://example.com/x" rel="noopener" target="_blank">https://example.com/x</a>。');
  });

  it('escapes everything else and never makes a link of another scheme', () => {
    expect(linkify('<b>javascript:alert(1)</b>')).toBe('&lt;b&gt;javascript:alert(1)&lt;/b&gt;');
    expect(linkify('https://x.org/?a=1&b=2')).toBe('<a href="https://x.org/?a=1&amp;b=2" rel="noopener" target="_blank">https://x.org/?a=1&amp;b=2</a>');
  });
});

describe('langAttribute', () => {
  it.each([
    ['全市生产总值年均增长率', ' lang="zh"'],
    ['2025年上海市政府工作报告', ' lang="zh"'],
    ['China Daily, interview with 上海市住房城乡建设管理委 deputy director 裴晓', ' lang="en"'],
    ['Average annual GDP growth', ' lang="en"'],
    ['2.3', ''],
  ])('%j → %j', (text, attribute) => {
    expect(langAttribute(text)).toBe(attribute);
  });
});

describe('the report page', () => {
  it('links an http(s) source, escaped, and shows a javascript: one as text', async () => {
    const plan = makePlan({
      indicators: [
        indicator('linked', { kind: 'level', comparator: '>=', value: 50 }, { name: { zh: '有链接', en: 'linked' }, quote: '到2025年达到50' }),
        indicator('hostile', { kind: 'level', comparator: '>=', value: 50 }, { name: { zh: '无链接', en: 'hostile' } }),
      ],
      observations: [
        ...series('linked', { 2020: 40, 2021: 42 }).map((observation) => ({ ...observation, url: 'https://example.com/report?a=1&b="2"' })),
        ...series('hostile', { 2020: 40, 2021: 42 }).map((observation) => ({ ...observation, url: 'javascript:alert(1)' })),
      ],
    });
    const out = join(folder, 'links.html');
    await reportCommand(plan, { out, lang: 'en' }, today);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<a href="https://example.com/report?a=1&amp;b=%222%22" rel="noopener" target="_blank">');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span lang="zh">有链接</span>');
    expect(html).toContain('<blockquote lang="zh">到2025年达到50</blockquote>');
    expect(html).not.toMatch(/<script/);
  });
});
