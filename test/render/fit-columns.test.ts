import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/render/fit-columns.js';
import { tableWidth } from '../../src/render/text-table.js';

// Columns: 0 "#" 2 wide, 1 name 30, 2 unit 10, 3 target 20, 4 status 12.
const NATURAL = [2, 30, 10, 20, 12];
const STEPS = [{ narrow: 1, to: 15 }, { drop: 2 }, { narrow: 1, to: 6 }, { narrow: 3, to: 8 }, { drop: 3 }];
const FULL = tableWidth(NATURAL);

describe('fitColumns', () => {
  it('leaves a table that fits, and any table without a limit, as it is', () => {
    for (const limit of [undefined, FULL, FULL + 50]) {
      expect(fitColumns(NATURAL, STEPS, limit)).toEqual({ shown: [0, 1, 2, 3, 4], widths: NATURAL, dropped: [], fits: true });
    }
  });

  it('takes the steps in order only until the table fits, then gives the room left back to the narrowed column', () => {
    // One column too wide: narrowing the name is enough, and it loses one column only.
    const fit = fitColumns(NATURAL, STEPS, FULL - 1);
    expect(fit.dropped).toEqual([]);
    expect(fit.widths[1]).toBe(29);
    expect(tableWidth(fit.shown.map((index) => fit.widths[index]!))).toBe(FULL - 1);
  });

  it('drops the next column when narrowing is not enough, and shows the rest in their order', () => {
    const limit = FULL - 20;
    const fit = fitColumns(NATURAL, STEPS, limit);
    expect(fit.dropped).toEqual([2]);
    expect(fit.shown).toEqual([0, 1, 3, 4]);
    expect(tableWidth(fit.shown.map((index) => fit.widths[index]!))).toBeLessThanOrEqual(limit);
    // Dropping unit (13 columns with its border) freed more than needed: name gets it back.
    expect(fit.widths[1]).toBe(30 - 7);
  });

  it('at every limit, the table fits or every step was taken', () => {
    for (let limit = 10; limit <= FULL; limit++) {
      const fit = fitColumns(NATURAL, STEPS, limit);
      const width = tableWidth(fit.shown.map((index) => fit.widths[index]!));
      if (fit.fits) expect(width, `limit ${limit}`).toBeLessThanOrEqual(limit);
      else expect(fit.dropped).toEqual([2, 3]);
      for (const index of fit.shown) expect(fit.widths[index]).toBeLessThanOrEqual(NATURAL[index]!);
    }
  });

  it('never makes a column wider than its widest cell, and never narrows a column that is already narrower', () => {
    const fit = fitColumns([2, 5, 10, 20, 12], STEPS, tableWidth([2, 5, 10, 20, 12]) - 5);
    expect(fit.widths[1]).toBe(5);
  });
});
