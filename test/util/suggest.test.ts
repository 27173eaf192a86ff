import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { didYouMean, noSuchIndicator, suggestions } from '../../src/util/suggest.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { showCommand } from '../../src/commands/show.js';
import { readPlanFile } from '../../src/load/read-plan-file.js';
import { diskFs, overlayFs } from '../../src/load/plan-fs.js';
import { findingText } from '../../src/render/finding-text.js';

const ROOT = resolve(import.meta.dirname, '../..');
const plan = loadPlan(resolve(ROOT, 'plan')).plan!;
const ids = plan.indicators.map((indicator) => indicator.id);

describe('did you mean', () => {
  it('offers the closest id for a typo, and the id that holds a part typed alone', () => {
    expect(suggestions('gdp-grwoth', ids)).toEqual(['gdp-growth']);
    expect(suggestions('c919', ids)).toEqual(['c919-airworthiness-certification']);
    expect(suggestions('forest-cover', ids)).toEqual(['forest-coverage']);
  });

  it('offers nothing rather than a guess among many, or for nothing like any id', () => {
    expect(ids.filter((id) => id.split('-').some((part) => part.startsWith('air'))).length).toBeGreaterThan(3);
    expect(suggestions('air', ids)).toEqual([]);
    expect(suggestions('zzzz-qqqq', ids)).toEqual([]);
    expect(didYouMean('zzzz', ids)).toBe('');
  });

  it('lists two or three candidates with "or"', () => {
    expect(didYouMean('gdp', ['gdp-growth', 'lingang-gdp', 'forest-coverage'])).toBe('; did you mean gdp-growth or lingang-gdp?');
    expect(didYouMean('renewal', ['water-main-renewal', 'housing-renewal-area', 'road-renewal-length'], (id) => `\`${id}\``)).toBe('; did you mean `water-main-renewal`, `housing-renewal-area` or `road-renewal-length`?');
  });

  it('plan show with an unknown id says the one message, with the closest id', () => {
    expect(() => showCommand(plan, 'c919', { format: 'table', lang: 'en' }, new Date('2026-01-01'))).toThrow(
      'no indicator "c919" in the plan; did you mean c919-airworthiness-certification?',
    );
    expect(noSuchIndicator('gdp-grwoth', ids)).toBe('no indicator "gdp-grwoth" in the plan; did you mean gdp-growth?');
  });

  it('a misspelt kind key points at the key and names kind', () => {
    const fs = overlayFs(diskFs, new Map([['/no-such-folder/x.yaml', 'schema: plan/v1\nknid: indicators\nindicators: []\n']]));
    const result = readPlanFile('/no-such-folder/x.yaml', 'x.yaml', { fs, expectedKinds: ['indicators', 'observations'] });
    expect(result.pending).toEqual([{ code: 'KIND_UNKNOWN', path: ['knid'], atKey: true, args: { problem: 'key-slip', key: 'knid', expected: ['indicators', 'observations'] } }]);
    expect(findingText(result.pending[0]!, 'en')).toBe('kind is missing; did you mean `kind` for the key `knid`? (expected one of indicators, observations)');
  });
});
