// Numbers as the reports write them: every finite number stays a number in words, also
// where ×100 would overflow (a rate a year of 1.8e306 from a base of 3e-307).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt, number, percent, rate, signed } from '../../src/render/numbers.js';

describe('numbers in words', () => {
  it('a share near the largest double in percent, its exponent raised by two', () => {
    expect(rate(1.7977e306)).toBe('1.80e+308%');
    expect(percent(-1.7977e306)).toBe('-2e+308%');
    expect(rate(0.0462)).toBe('4.62%');
    expect(percent(0.927)).toBe('93%');
  });

  it('no finite number is written as Infinity or NaN', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        for (const text of [fmt(value), signed(value), number(value), percent(value), rate(value)]) expect(text).not.toMatch(/Infinity|NaN/);
      }),
      { numRuns: 2000 },
    );
  });
});
