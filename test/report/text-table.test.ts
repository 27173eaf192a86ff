import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from '../../src/report/text-table.js';
import { number } from '../../src/report/cells.js';

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

  it('paints after padding, so colour codes never shift a column', () => {
    const painted = renderTable(['s'], [['on'], ['off']], { paint: (text) => `\u001b[32m${text}\u001b[39m` });
    expect(painted).toContain('│ \u001b[32mon \u001b[39m │');
  });
});

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
