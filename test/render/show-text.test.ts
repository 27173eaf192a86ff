import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computedLines, mainTableCells, sourceLine } from '../../src/render/show-text.js';
import { showCommand } from '../../src/commands/show.js';
import { COMPUTED_FIELDS } from '../../src/engine/types.js';
import { loadPlan } from '../../src/load/load-plan.js';

const plan = loadPlan(resolve(import.meta.dirname, '../../plan')).plan!;
const TODAY = new Date('2026-06-30');
const show = (id: string): string => showCommand(plan, id, { format: 'table', lang: 'en' }, TODAY);

describe('plan show: computed numbers', () => {
  it('fields undefined for one reason share one line; each reason is said once', () => {
    const reasons = Object.fromEntries(COMPUTED_FIELDS.map((field) => [field, field === 'projected' ? 'no trend yet' : 'a milestone is judged, not computed']));
    const computed = { ...Object.fromEntries(COMPUTED_FIELDS.map((field) => [field, null])), pace: 1.5, reasons } as never;
    const lines = computedLines(computed);
    expect(lines.filter((line) => line.includes('a milestone is judged'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('no trend yet'))).toHaveLength(1);
    expect(lines.some((line) => /^ {2}pace {12}1\.5$/.test(line))).toBe(true);
    // The shared line lists every field it stands for, where the first of them stood.
    expect(lines[0]).toBe(`  ${COMPUTED_FIELDS.filter((field) => field !== 'pace' && field !== 'projected').join(', ')}: — (a milestone is judged, not computed)`);
  });

  it('no reason is printed twice for any indicator of the plan', () => {
    for (const indicator of plan.indicators) {
      const text = show(indicator.id);
      const computed = text.slice(text.indexOf('\nComputed:\n'), text.indexOf('\n\n', text.indexOf('\nComputed:\n') + 2));
      const reasons = [...computed.matchAll(/— \((.*)\)$/gm)].map((match) => match[1]);
      expect(new Set(reasons).size, indicator.id).toBe(reasons.length);
    }
  });

  it('the footnote of * only when a row carries the mark', () => {
    let withMark = 0;
    let without = 0;
    for (const indicator of plan.indicators) {
      const text = show(indicator.id);
      const table = text.split('Observations (every vintage that counts):')[1]?.split('\n\n')[0] ?? '';
      const marked = /\d{4}-\d{2}-\d{2} \*/.test(table);
      expect(text.includes('* no publication date'), indicator.id).toBe(marked);
      if (marked) withMark++;
      else if (table) without++;
    }
    // Both cases occur in the plan, so both were checked.
    expect(withMark).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(0);
  });
});

describe('plan show: a main-table quote with its cells apart', () => {
  const mainRows = plan.indicators.filter((indicator) => indicator.no !== undefined && indicator.no !== null);

  it('splits at the indicator’s own unit and attribute word, and loses nothing', () => {
    let split = 0;
    for (const indicator of mainRows) {
      const cells = mainTableCells(indicator);
      if (!cells) continue;
      split++;
      expect(cells[1]).toBe(indicator.unit);
      expect(cells[2]).toBe(indicator.attribute === 'binding' ? '约束性' : '预期性');
      const rejoined = cells.length === 5 ? `${cells.slice(0, 3).join('')}${cells[3]}${cells[4]}` : cells.join('');
      expect(rejoined).toBe(indicator.quote);
    }
    expect(split).toBeGreaterThan(mainRows.length / 2);
  });

  it('GDP growth: name | unit | attribute | 2020 | 2025', () => {
    const gdp = plan.indicators.find((indicator) => indicator.id === 'gdp-growth')!;
    expect(mainTableCells(gdp)).toEqual(['全市生产总值年均增长率', '%', '预期性', '-', '5左右']);
    expect(show('gdp-growth')).toContain('source   「全市生产总值年均增长率 | % | 预期性 | - | 5左右」 (main table: indicator | unit | attribute | 2020 | 2025)');
  });

  it('leaves a quote it cannot split reliably as it is', () => {
    const air = plan.indicators.find((indicator) => indicator.id === 'air-pollutants')!;
    expect(mainTableCells(air)).toBeNull();
    expect(sourceLine(air)).toBe(`「${air.quote}」`);
    const chapter = plan.indicators.find((indicator) => indicator.no === undefined || indicator.no === null)!;
    expect(sourceLine(chapter)).toBe(`「${chapter.quote}」`);
    // Two numbers run together are never told apart: without the "-" of an empty 2020 cell, the rest stays whole.
    expect(mainTableCells({ quote: '指标万元/人预期性2836左右', unit: '万元/人', attribute: 'expected', no: 2 })).toEqual(['指标', '万元/人', '预期性', '2836左右']);
  });
});
