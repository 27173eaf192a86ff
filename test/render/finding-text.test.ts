// The findings catalogue (render/finding-text.ts): every code has a title and a text in
// English and in Chinese, from its arguments alone; the Chinese holds no English word but
// the codes, keys and values it names and another program's own words (`原文`); a text
// cannot ask for an argument its code does not carry (a compile error, checked by tsc).

import { describe, expect, it } from 'vitest';
import { FINDING_CODES, type FindingArgs, type FindingCode, type FindingFact } from '../../src/model/findings.js';
import { FINDING_TEXT, findingText, findingTitle, findingsSummary, type FindingCatalogue } from '../../src/render/finding-text.js';
import { LANGS } from '../../src/render/messages.js';

/** Arguments of every code, each variant of its arguments once. */
const SAMPLES: { readonly [C in FindingCode]: readonly FindingArgs[C][] } = {
  FILE_UNREADABLE: [{ errno: 'ENOENT' }, { errno: 'EISDIR' }, { errno: 'EACCES' }, { detail: 'EIO: i/o error, read' }],
  FILE_TOO_LARGE: [{ bytes: 73400320, limit: 67108864 }],
  FILE_EMPTY: [{}],
  ENCODING_INVALID: [{ byte: 255 }, {}],
  YAML_SYNTAX: [
    { slip: 'tab' },
    { slip: 'unclosed-quote', quote: '"' },
    { slip: 'unclosed-quote', quote: "'" },
    { slip: 'unclosed-flow', open: '{', found: true },
    { slip: 'unclosed-flow', open: '[', found: false },
    { slip: 'indent', key: 'unit', relation: 'less', sibling: 'name', siblingLine: 22, column: 4, siblingColumn: 5 },
    { slip: 'indent', key: 'attribute', relation: 'more', sibling: 'unit', siblingLine: 25, column: 7, siblingColumn: 5 },
    { slip: 'no-colon', key: 'unit' },
    { slip: 'parser', detail: 'Nested mappings are not allowed in compact mappings' },
  ],
  KEY_DUPLICATE: [{ detail: 'Map keys must be unique' }],
  ALIAS_LIMIT: [{ detail: 'Excessive alias count indicates a resource exhaustion attack' }],
  NESTING_TOO_DEEP: [{ limit: 32 }, {}, { detail: 'Maximum call stack size exceeded' }],
  KEY_FORBIDDEN: [{ key: '__proto__' }, { key: 'prototype', at: 'observations[0]' }],
  NUMBER_NOT_FINITE: [{ value: 'Infinity' }, { value: 'NaN' }],
  CONTROL_CHARACTER: [{ character: 'U+001B' }, { key: 'id' }],
  VERSION_MISSING: [
    { problem: 'not-a-mapping', supported: ['plan/v1'] },
    { problem: 'no-schema-key', supported: ['plan/v1'] },
    { problem: 'not-first', supported: ['plan/v1'] },
  ],
  VERSION_UNSUPPORTED: [{ found: 'plan/v2', supported: ['plan/v1'] }, { found: 3, supported: ['plan/v1'] }],
  KIND_UNKNOWN: [
    { problem: 'missing', expected: ['plan', 'indicators', 'observations'] },
    { problem: 'key-slip', key: 'knd', expected: ['indicators', 'observations'] },
    { problem: 'unknown', found: 'indicatrs', suggestions: ['indicators'], expected: ['indicators', 'observations'] },
    { problem: 'unknown', found: 5, suggestions: [], expected: ['indicators', 'observations'] },
  ],
  KEY_UNKNOWN: [
    { key: 'untis', at: 'indicators[1]', suggestion: 'unit' },
    { key: 'zzz', at: 'defaults', allowed: ['approxTolerance', 'path'] },
    { key: 'zzz' },
  ],
  FIELD_REQUIRED: [{ field: 'factor', at: 'indicators[1].target', targetKind: 'factor' }, { field: 'adopted' }],
  TYPE_MISMATCH: [
    { expected: ['number'], got: '20', at: 'indicators[1].target.value' },
    { expected: ['number', 'null'], got: { shape: 'list' }, at: 'indicators[0].target.value' },
    { expected: ['string'], got: null, at: 'id' },
  ],
  VALUE_NOT_ALLOWED: [
    { rule: 'enum', got: 'bindin', allowed: ['binding', 'expected'], at: 'indicators[0].attribute', suggestion: 'binding' },
    { rule: 'enum', got: 5, allowed: ['>=', '>', '<=', '<', 'approx'], at: 'indicators[0].target.comparator' },
    { rule: 'const', expected: 'plan', got: 'plan2', at: 'kind' },
    { rule: 'unique', items: [0, 1], at: 'languages' },
  ],
  TARGET_KIND_UNKNOWN: [
    { rule: 'enum', got: 'levels', allowed: ['level', 'average-growth'], at: 'indicators[1].target.kind', suggestion: 'level' },
    { rule: 'discriminator', got: { shape: 'none' }, at: 'indicators[0].target' },
    { rule: 'discriminator', got: 5, at: 'indicators[0].target' },
  ],
  FORMAT_INVALID: [{ got: '2021-02-30', format: 'date', at: 'adopted' }, { got: 'not a url', format: 'uri', at: 'source.url' }],
  PATTERN_MISMATCH: [
    { got: 'A_b', pattern: 'kebab-case', at: 'indicators[0].id' },
    { got: 'x.1', pattern: 'section-number', at: 'indicators[0].section' },
    { got: 'Zh_CN', pattern: 'other', at: 'languages[0]' },
  ],
  OUT_OF_RANGE: [
    { got: 1800, bound: 'minimum', limit: 1900, at: 'baseYear' },
    { got: 2, bound: 'maximum', limit: 1, at: 'defaults.approxTolerance' },
    { got: 0, bound: 'exclusiveMinimum', limit: 0, at: 'defaults.thresholds.onTrack' },
    { got: 100, bound: 'exclusiveMaximum', limit: 100, at: 'indicators[0].target.value' },
    { got: '', bound: 'minLength', limit: 1, at: 'title.zh' },
    { got: 'AAAA', bound: 'maxLength', limit: 80, at: 'id' },
    { got: { shape: 'list' }, bound: 'minItems', limit: 1, at: 'languages' },
    { got: { shape: 'list' }, bound: 'maxItems', limit: 9, at: 'languages' },
  ],
  SCHEMA_VIOLATION: [{ keyword: 'minProperties', detail: 'must NOT have fewer than 1 properties', at: 'title' }, { keyword: 'not' }],
  INCLUDE_OUTSIDE: [
    { path: '../x.yaml', check: 'pattern', at: 'include[2]' },
    { path: 'a/../../x.yaml', check: 'path' },
    { path: 'link.yaml', check: 'link' },
  ],
  INCLUDE_MISSING: [{ path: 'targets.yaml' }],
  INCLUDE_KIND: [{ problem: 'root-not-plan', file: 'plan.yaml', kind: 'indicators' }, { problem: 'plan-included' }],
  PERIOD_INVALID: [{ start: 2032, end: 2031 }],
  BASE_YEAR_INVALID: [{ baseYear: 2028, start: 2027 }],
  REVISION_UNLISTED: [{ revision: 2 }],
  REVISIONS_ORDER: [{ revision: 2, date: '2026-01-01', previous: 1, previousDate: '2026-11-30' }],
  DATE_OUT_OF_RANGE: [{ date: '2999-06-30', earliest: '1900-01-01', latest: '2200-12-31' }],
  ID_DUPLICATE: [{ id: 'forest-coverage', firstFile: 'indicators.yaml' }],
  COMPONENT_DUPLICATE: [{ component: 'pm25' }],
  INDICATOR_UNKNOWN: [
    { id: 'gdp-grwoth', use: 'entry', suggestions: ['gdp-growth'] },
    { id: 'gdp', use: 'entry', suggestions: ['gdp-growth', 'gdp-level', 'gdp-index'] },
    { id: 'zzz', use: 'entry', suggestions: [] },
    { id: 'zzz', use: 'growth-reference' },
  ],
  COMPONENT_UNKNOWN: [{ indicator: 'air-quality', component: 'pm1' }],
  COMPONENT_REQUIRED: [{ indicator: 'air-quality', components: ['pm25', 'pm10'] }],
  COMPONENTS_REQUIRED: [{}],
  STRICTER_TOO_MANY: [{ atLeast: 2, standard: 'GB 3095-2012 Grade I (国家一级标准)' }],
  OBSERVATION_DUPLICATE: [
    { indicator: 'gdp-growth', measure: 'rate', year: 2027 },
    { indicator: 'air-quality', component: 'pm25', measure: 'level', year: 2030, published: '2031-01-01' },
  ],
  OBSERVATION_PUBLISHED_EARLY: [{ year: 2029, published: '2028-05-01' }],
  YEAR_OUT_OF_RANGE: [{ year: 1900, start: 2027, end: 2031 }],
  TARGET_YEAR_INVALID: [{ year: 2040, start: 2021, end: 2025 }],
  BASELINE_AFTER_PERIOD: [{ year: 2028, start: 2027 }],
  BASE_YEAR_AFTER_TARGET: [{ baseYear: 2031, year: 2031 }],
  COMPARATOR_DIRECTION: [
    { comparator: '>=', value: 20, direction: 'decrease' },
    { comparator: '<', value: 5, direction: 'increase' },
    { by: -1, direction: 'increase' },
  ],
  IN_STEP_SELF: [{}],
  IN_STEP_UNITS: [{ units: [{ indicator: 'gdp', unit: '亿元' }] }, { units: [{ indicator: 'c', unit: 'kg' }, { indicator: 'd', unit: '元' }] }],
  JUDGEMENT_NOT_MILESTONE: [{ indicator: 'gdp-growth', kind: 'average-growth' }],
  SCHEDULE_YEAR_INVALID: [{ year: 2035, from: 2028, to: 2031 }],
  OBSERVATION_UNIT: [{ indicator: 'gdp', unit: '%', observed: 'kg' }],
  VALUE_IMPOSSIBLE: [{ measure: 'rate', value: -100 }, { measure: 'reduction', value: 100 }],
  ANNUAL_YEAR_INVALID: [{ year: 2020, start: 2027, end: 2031 }],
  ANNUAL_DUPLICATE: [{ indicator: 'gdp-growth', year: 2028 }],
  LANGUAGE_MISSING: [{ field: 'title', language: 'zh' }, { field: 'name', language: 'zh' }],
  MEASURE_UNUSED: [{ indicator: 'gdp-growth', measure: 'level' }],
};

const facts: FindingFact[] = FINDING_CODES.flatMap((code) => (SAMPLES[code] as readonly FindingArgs[FindingCode][]).map((args) => ({ code, args }) as FindingFact));

/** Words the Chinese may hold as they are: names of formats and of the file's own vocabulary. */
const KEPT = new Set(['YAML', 'UTF', 'Tab', 'URI', 'YYYY-MM-DD', 'a-z', 'kebab-case', 'schema', 'kind', 'plan', 'include', 'null', 'judgement', 'key', 'value']);

/** The English words of a text, leaving out `code spans`, "quoted values", bytes (0xff) and another program's words (原文：…). */
function englishWords(text: string): string[] {
  const bare = text.replace(/`[^`]*`/g, ' ').replace(/\b0x[0-9a-f]+\b/gi, ' ').replace(/"(?:[^"\\]|\\.)*"/g, ' ').replace(/（原文：.*?）/g, ' ');
  return bare.match(/[A-Za-z][A-Za-z-]*[A-Za-z]/g) ?? [];
}

describe('the findings catalogue', () => {
  it('has a sample of every code, and every code of the model', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...FINDING_CODES].sort());
    expect(new Set(FINDING_CODES).size).toBe(FINDING_CODES.length);
    for (const lang of LANGS) expect(Object.keys(FINDING_TEXT[lang]).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(LANGS)('%s: every code has a title and, for each of its arguments, a text', (lang) => {
    for (const code of FINDING_CODES) {
      expect(findingTitle(code, lang).trim(), code).not.toBe('');
      for (const fact of facts.filter((entry) => entry.code === code)) expect(findingText(fact, lang).trim(), `${code} ${JSON.stringify(fact.args)}`).not.toBe('');
    }
  });

  it('Chinese is Chinese: every title and text holds Chinese and differs from the English', () => {
    for (const code of FINDING_CODES) {
      expect(findingTitle(code, 'zh'), code).toMatch(/\p{Script=Han}/u);
      expect(findingTitle(code, 'zh')).not.toBe(findingTitle(code, 'en'));
    }
    for (const fact of facts) {
      const zh = findingText(fact, 'zh');
      expect(zh, fact.code).toMatch(/\p{Script=Han}/u);
      expect(zh).not.toBe(findingText(fact, 'en'));
    }
  });

  it('the Chinese holds no English word but the codes, keys and values it names', () => {
    const untranslated = facts.flatMap((fact) => {
      const named = new Set(englishWords(JSON.stringify(fact.args).replace(/"/g, ' ')));
      const words = englishWords(findingText(fact, 'zh')).filter((word) => !KEPT.has(word) && !named.has(word));
      return words.length ? [`${fact.code}: ${words.join(' ')} in ${findingText(fact, 'zh')}`] : [];
    });
    expect(untranslated).toEqual([]);
  });

  it('the check of English words would catch an English text', () => {
    expect(englishWords('`unit` has no colon: a mapping entry is written `key: value`')).toEqual(['has', 'no', 'colon', 'mapping', 'entry', 'is', 'written']);
  });

  it('names the values of its arguments in both languages: ids, years, keys and numbers as they are', () => {
    const fact: FindingFact = { code: 'TARGET_YEAR_INVALID', args: { year: 2040, start: 2021, end: 2025 } };
    for (const lang of LANGS) for (const value of ['2040', '2021', '2025']) expect(findingText(fact, lang)).toContain(value);
    const key: FindingFact = { code: 'KEY_UNKNOWN', args: { key: 'untis', at: 'indicators[1]', suggestion: 'unit' } };
    expect(findingText(key, 'en')).toBe('unknown key `untis` at indicators[1]; did you mean `unit`?');
    expect(findingText(key, 'zh')).toBe('indicators[1] 中有未知的键 `untis`；是否应为 `unit`？');
    expect(findingText({ code: 'KEY_DUPLICATE', args: { detail: 'Map keys must be unique' } }, 'zh')).toBe('同一映射中有重复的键（原文：Map keys must be unique）');
  });

  it('a standard named in both languages is named in Chinese', () => {
    const fact: FindingFact = { code: 'STRICTER_TOO_MANY', args: { atLeast: 2, standard: 'GB 3095-2012 Grade I (国家一级标准)' } };
    expect(findingText(fact, 'zh')).toContain('GB 3095-2012 国家一级标准');
    expect(findingText(fact, 'en')).toContain('GB 3095-2012 Grade I (国家一级标准)');
  });

  it("validate's summary in both languages", () => {
    expect(findingsSummary(0, 0, 3, 'en')).toBe('✓ 3 files valid');
    expect(findingsSummary(1, 0, 1, 'en')).toBe('✗ 1 error in 1 file');
    expect(findingsSummary(2, 1, 3, 'en')).toBe('✗ 2 errors, 1 warning in 3 files');
    expect(findingsSummary(0, 0, 3, 'zh')).toBe('✓ 3 个文件均有效');
    expect(findingsSummary(2, 1, 3, 'zh')).toBe('✗ 3 个文件中有 2 个错误、1 个警告');
  });
});

// Compile-time: a text may ask only for what its code carries (tsc runs these lines).
// @ts-expect-error PERIOD_INVALID carries start and end, no year
export const asksTooMuch: FindingCatalogue['PERIOD_INVALID']['text'] = ({ year }) => String(year);
// @ts-expect-error a fact's arguments are those of its code
export const wrongArguments: FindingFact = { code: 'PERIOD_INVALID', args: { year: 2025 } };
