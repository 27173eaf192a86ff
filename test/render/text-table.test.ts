import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, truncateToWidth, wrapToWidth } from '../../src/render/text-table.js';
import { number } from '../../src/render/cells.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { statusReport } from '../../src/commands/status.js';
import { headings, HEADINGS, rowCells } from '../../src/render/status-table.js';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

describe('text table', () => {
  it('counts wide East Asian characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('全市生产总值')).toBe(12);
    expect(displayWidth('万元/人')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('aligns every border whatever the script of the cells', () => {
    const lines = renderTable(['id', 'name'], [['gdp', '全市生产总值'], ['forest-coverage', 'Forest']]).split('\n');
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1);
    expect(lines).toHaveLength(6);
    expect(lines[3]).toBe('│ gdp             │ 全市生产总值 │');
  });

  it('colour codes take no width: a painted table has the borders of an unpainted one', () => {
    const plain = renderTable(['s'], [['on'], ['off']]);
    const painted = renderTable(['s'], [['on'], ['off']], { paint: (text) => `\u001b[32m${text}\u001b[39m`, paintBorder: (text) => `\u001b[90m${text}\u001b[39m` });
    expect(painted).toContain('\u001b[32mon\u001b[39m');
    expect(painted.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('measures as cli-table3 does (string-width) on every cell of the embedded plan, in both languages', () => {
    const { strlen } = require('cli-table3/src/utils.js') as { strlen: (text: string) => number };
    const loaded = loadPlan(join('plan'));
    const report = statusReport(loaded.plan!, { year: '2025' }, new Date('2026-06-30'));
    const texts = new Set<string>([...HEADINGS, ...headings('zh')]);
    for (const row of report.indicators) for (const lang of ['en', 'zh'] as const) for (const cell of rowCells(row, lang)) texts.add(cell);
    const mismatches = [...texts].filter((text) => displayWidth(text) !== strlen(text));
    expect(texts.size).toBeGreaterThan(500);
    expect(mismatches).toEqual([]);
  });

  it('truncates to a display width with an ellipsis, never splitting a wide character over the limit', () => {
    expect(truncateToWidth('Average annual GDP growth', 12)).toBe('Average ann…');
    expect(displayWidth(truncateToWidth('全市生产总值年均增长率', 9))).toBeLessThanOrEqual(9);
    expect(truncateToWidth('全市生产总值年均增长率', 9)).toBe('全市生产…');
    expect(truncateToWidth('short', 12)).toBe('short');
  });

  it('wraps a line at spaces to a width', () => {
    const wrapped = wrapToWidth('216 indicators: 32 achieved, 2 at-risk, 1 off-track, 71 no-data, 109 not-assessed', 30);
    expect(wrapped.split('\n').every((line) => displayWidth(line) <= 30)).toBe(true);
    expect(wrapped.replace(/\n/g, ' ')).toBe('216 indicators: 32 achieved, 2 at-risk, 1 off-track, 71 no-data, 109 not-assessed');
    expect(wrapToWidth('no limit', undefined)).toBe('no limit');
  });
});

function join(folder: string): string {
  return resolve(ROOT, folder);
}

describe('number cells', () => {
  it('group thousands and keep the precision the magnitude deserves', () => {
    expect(number(1076)).toBe('1,076');
    expect(number(56708.71)).toBe('56,709');
    expect(number(100.25)).toBe('100.3');
    expect(number(4.625)).toBe('4.63');
    expect(number(-0.2)).toBe('-0.2');
    expect(number(0.01)).toBe('0.01');
    expect(number(1234567.891)).toBe('1,234,568');
    expect(number(null)).toBe('—');
  });
});
