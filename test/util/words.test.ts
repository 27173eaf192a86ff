import { describe, expect, it } from 'vitest';
import { TARGET_KINDS } from '../../src/model/types.js';
import { article, plural, withArticle } from '../../src/util/words.js';

describe('counts and articles', () => {
  it('one is singular, every other count plural', () => {
    expect(plural(1, 'indicator')).toBe('1 indicator');
    expect(plural(0, 'indicator')).toBe('0 indicators');
    expect(plural(216, 'indicator')).toBe('216 indicators');
    expect(plural(2, 'vintage', 'vintages')).toBe('2 vintages');
  });

  it('every target kind gets the article of its first sound', () => {
    const expected: Record<string, 'a' | 'an'> = {
      level: 'a', 'average-growth': 'an', 'cumulative-growth': 'a', factor: 'a', reduction: 'a', 'cumulative-sum': 'a',
      'every-year': 'an', 'in-step-with': 'an', standard: 'a', external: 'an', milestone: 'a', change: 'a', relative: 'a', annual: 'an',
    };
    for (const kind of TARGET_KINDS) expect(article(kind), kind).toBe(expected[kind] ?? (/^[aeiou]/.test(kind) ? 'an' : 'a'));
    expect(withArticle('average-growth')).toBe('an average-growth');
    expect(withArticle('unit')).toBe('a unit');
  });
});
