// The findings catalogue: every finding code in English and in Chinese, its one-line title
// and its text from the finding's arguments. The loader and the validator return facts
// (src/model/findings.ts); this is the one place they are worded, and the reporters
// (findings.ts) print them in the language asked for. A catalogue is a Record over every
// code, each entry typed by its code's arguments: a code without its text, or a text that
// asks for an argument its code does not carry, fails to compile.
//
// What stays as it is in every language: codes, ids, keys, file paths, units, numbers,
// dates and values from the plan; JSON Schema names (`number`, `uri`) where no Chinese is
// clearer; and `detail`, the words of another program (the YAML parsers' syntax errors,
// ajv's text for a rule this tool does not model, the system's text for a read error),
// printed in that program's language (English), in Chinese under a label that says so.

import type { FindingArgs, FindingCode, FindingFact, ShownValue } from '../model/findings.js';
import type { Comparator, Measure } from '../model/types.js';
import { bilingualIn } from '../kinds/target-words.js';
import { didYouMeanOf } from '../util/suggest.js';
import { withArticle } from '../util/words.js';
import { messages, type Lang } from './messages.js';

interface CodeText<C extends FindingCode> {
  /** What the code means, in one line. */
  title: string;
  /** A finding of the code, in words, from its arguments. */
  text: (args: FindingArgs[C]) => string;
}

export type FindingCatalogue = { readonly [C in FindingCode]: CodeText<C> };

/** A finding's text in the language asked for. */
export function findingText(finding: FindingFact, lang: Lang): string {
  return render(finding, FINDING_TEXT[lang]);
}

function render<C extends FindingCode>(fact: FindingFact<C>, catalogue: FindingCatalogue): string {
  return catalogue[fact.code].text(fact.args);
}

/** What a code means, in one line. */
export function findingTitle(code: FindingCode, lang: Lang): string {
  return FINDING_TEXT[lang][code].title;
}

/** The line `plan validate` ends with on stderr: every file valid, or how many errors and warnings in how many files. */
export function findingsSummary(errors: number, warnings: number, files: number, lang: Lang): string {
  if (lang === 'zh') {
    if (errors + warnings === 0) return `✓ ${files} 个文件均有效`;
    return `✗ ${files} 个文件中有 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ''}`;
  }
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors + warnings === 0) return `✓ ${count(files, 'file')} valid`;
  return `✗ ${count(errors, 'error')}${warnings ? `, ${count(warnings, 'warning')}` : ''} in ${count(files, 'file')}`;
}

/** The word a text report puts before the code of a warning (an error has none). */
export function warningWord(lang: Lang): string {
  return lang === 'zh' ? '警告' : 'warning';
}

// ── English ────────────────────────────────────────────────────────────────────────────

const tick = (text: string | number): string => `\`${text}\``;

function valueEn(value: ShownValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return value.shape === 'none' ? 'undefined' : `a ${value.shape}`;
}

const atEn = (args: { at?: string }): string => (args.at === undefined ? '' : ` at ${args.at}`);


const wantsMore = (comparator: Comparator): boolean => comparator === '>=' || comparator === '>';

const QUOTE_ESCAPE = { '"': '\\"', "'": "''" } as const;

const OUT_OF_RANGE_EN: Record<FindingArgs['OUT_OF_RANGE']['bound'], (limit: number) => string> = {
  minimum: (limit) => `must be >= ${limit}`,
  maximum: (limit) => `must be <= ${limit}`,
  exclusiveMinimum: (limit) => `must be > ${limit}`,
  exclusiveMaximum: (limit) => `must be < ${limit}`,
  minLength: (limit) => `must NOT have fewer than ${limit} characters`,
  maxLength: (limit) => `must NOT have more than ${limit} characters`,
  minItems: (limit) => `must NOT have fewer than ${limit} items`,
  maxItems: (limit) => `must NOT have more than ${limit} items`,
};

const PATTERN_EN: Record<FindingArgs['PATTERN_MISMATCH']['pattern'], string> = {
  'kebab-case': 'kebab-case (a-z, 0-9, single hyphens)',
  'section-number': 'a section number like 3.4.1',
  other: 'the required pattern',
};

const FLOW_EN = { '{': { what: 'mapping', close: '}' }, '[': { what: 'list', close: ']' } } as const;

const EN: FindingCatalogue = {
  FILE_UNREADABLE: {
    title: 'the file cannot be read',
    text: (args) => ('detail' in args ? args.detail : { ENOENT: 'no such file', EISDIR: 'is a folder, not a file', EACCES: 'permission denied' }[args.errno]),
  },
  FILE_TOO_LARGE: { title: 'the file is larger than a plan file may be', text: ({ bytes, limit }) => `${bytes} bytes; a plan file may hold at most ${limit}` },
  FILE_EMPTY: { title: 'the file holds no YAML document', text: () => 'expected a mapping that starts with `schema: plan/v1`' },
  ENCODING_INVALID: {
    title: 'the file is not valid UTF-8',
    text: ({ byte }) => `${byte === undefined ? 'a truncated sequence' : `byte 0x${byte.toString(16).padStart(2, '0')}`} is not valid UTF-8; save the file as UTF-8`,
  },
  YAML_SYNTAX: {
    title: 'the YAML is malformed',
    text: (args) => {
      switch (args.slip) {
        case 'tab':
          return 'YAML does not allow tabs for indentation: use spaces';
        case 'unclosed-quote':
          return `this ${args.quote === '"' ? 'double' : 'single'} quote is never closed: end the text with ${args.quote} (a ${args.quote} inside it is written ${QUOTE_ESCAPE[args.quote]})`;
        case 'unclosed-flow': {
          const { what, close } = FLOW_EN[args.open];
          return args.found ? `this ${args.open} starts a ${what} that is never closed: end it with ${close}` : `a ${what} written with ${args.open} is never closed: end it with ${close}`;
        }
        case 'indent':
          return `${tick(args.key)} is indented ${args.relation} than ${tick(args.sibling)} on line ${args.siblingLine} (column ${args.column}, not ${args.siblingColumn}): entries of one mapping or list start at the same column`;
        case 'no-colon':
          return `${tick(args.key)} has no colon: a mapping entry is written \`key: value\``;
        case 'parser':
          return args.detail;
      }
    },
  },
  KEY_DUPLICATE: { title: 'a key appears twice in one mapping', text: ({ detail }) => detail },
  ALIAS_LIMIT: { title: 'too many aliases (a resource-exhaustion pattern)', text: ({ detail }) => detail },
  NESTING_TOO_DEEP: {
    title: 'nesting deeper than a plan file needs',
    text: (args) => ('limit' in args ? `nesting deeper than ${args.limit} levels` : (args.detail ?? 'nesting too deep to parse')),
  },
  KEY_FORBIDDEN: { title: 'a key that could alter object prototypes', text: (args) => `key ${tick(args.key)} is not allowed${atEn(args)}` },
  NUMBER_NOT_FINITE: { title: 'a number that is infinite or not a number', text: ({ value }) => `${value} is not a finite number` },
  CONTROL_CHARACTER: {
    title: 'a control character inside text',
    text: (args) => ('character' in args ? `text holds a control character (${args.character})` : `${tick(args.key)} must be a single line`),
  },
  VERSION_MISSING: {
    title: 'the file does not declare `schema: plan/v1` first',
    text: ({ problem, supported }) => {
      const versions = supported.join(', ');
      if (problem === 'not-a-mapping') return `expected a mapping that starts with \`schema: plan/v1\`; supported versions: ${versions}`;
      if (problem === 'no-schema-key') return `no \`schema\` key; expected \`schema: plan/v1\` as the first key (supported versions: ${versions})`;
      return '`schema: plan/v1` must be the first key of the file';
    },
  },
  VERSION_UNSUPPORTED: {
    title: 'the file declares a format version this tool does not read',
    text: ({ found, supported }) => `expected ${supported.join(', ')}, received ${valueEn(found)}; this tool reads: ${supported.join(', ')}`,
  },
  KIND_UNKNOWN: {
    title: 'the file declares no known kind',
    text: (args) => {
      const kinds = args.expected.join(', ');
      if (args.problem === 'key-slip') return `kind is missing; did you mean \`kind\` for the key ${tick(args.key)}? (expected one of ${kinds})`;
      if (args.problem === 'missing') return `kind is missing; add \`kind:\` after \`schema: plan/v1\`, one of ${kinds}`;
      return `kind ${valueEn(args.found)} is not known${didYouMeanOf(args.suggestions)}; expected one of ${kinds}`;
    },
  },
  KEY_UNKNOWN: {
    title: 'a key the schema does not define (a typo?)',
    text: (args) => {
      const hint = args.suggestion ? `; did you mean ${tick(args.suggestion)}?` : args.allowed?.length ? `; allowed: ${args.allowed.join(', ')}` : '';
      return `unknown key ${tick(args.key)}${atEn(args)}${hint}`;
    },
  },
  FIELD_REQUIRED: {
    title: 'a required field is missing',
    text: (args) => `${tick(args.field)} is required${atEn(args)}${args.targetKind ? ` in ${withArticle(args.targetKind)} target` : ''}`,
  },
  TYPE_MISMATCH: { title: 'a value of the wrong type', text: (args) => `expected ${args.expected.join(',')}${atEn(args)}, got ${valueEn(args.got)}` },
  VALUE_NOT_ALLOWED: {
    title: 'a value outside the allowed set',
    text: (args) => {
      if (args.rule === 'enum') return `${valueEn(args.got)} is not one of ${args.allowed.join(', ')}${atEn(args)}${args.suggestion ? `; did you mean ${tick(args.suggestion)}?` : ''}`;
      if (args.rule === 'const') return `expected ${valueEn(args.expected)}${atEn(args)}, got ${valueEn(args.got)}`;
      // In ajv's words, which the message has always quoted.
      return `items must be unique${atEn(args)} (must NOT have duplicate items (items ## ${args.items[0]} and ${args.items[1]} are identical))`;
    },
  },
  TARGET_KIND_UNKNOWN: {
    title: 'a target kind this format does not define',
    text: (args) =>
      args.rule === 'enum'
        ? `${valueEn(args.got)} is not one of ${args.allowed.join(', ')}${atEn(args)}${args.suggestion ? `; did you mean ${tick(args.suggestion)}?` : ''}`
        : `target kind ${valueEn(args.got)} is not defined${atEn(args)}`,
  },
  FORMAT_INVALID: { title: 'a date or URL that is not well formed', text: (args) => `${valueEn(args.got)} is not a valid ${args.format}${atEn(args)}` },
  PATTERN_MISMATCH: { title: 'a value that does not match the required pattern', text: (args) => `${valueEn(args.got)} does not match ${PATTERN_EN[args.pattern]}${atEn(args)}` },
  OUT_OF_RANGE: { title: 'a number or length outside its bounds', text: (args) => `${valueEn(args.got)} ${OUT_OF_RANGE_EN[args.bound](args.limit)}${atEn(args)}` },
  SCHEMA_VIOLATION: { title: 'a value the schema rejects', text: (args) => `${args.detail ?? 'rejected by the schema'}${atEn(args)}` },
  INCLUDE_OUTSIDE: {
    title: 'an include that leaves the plan folder',
    text: (args) => {
      const path = JSON.stringify(args.path);
      if (args.check === 'pattern') return `${path} is outside the plan folder; include paths are relative and stay inside it${atEn(args)}`;
      return args.check === 'link' ? `${path} links outside the plan folder` : `${path} is outside the plan folder`;
    },
  },
  INCLUDE_MISSING: { title: 'an included file that does not exist', text: ({ path }) => `${JSON.stringify(path)} does not exist` },
  INCLUDE_KIND: {
    title: 'an included file of a kind that cannot be included',
    text: (args) => (args.problem === 'root-not-plan' ? `${args.file} must be of kind plan, not ${args.kind}` : 'an included file cannot be another plan'),
  },
  PERIOD_INVALID: { title: 'a period that ends before it starts', text: ({ start, end }) => `the period starts in ${start} but ends in ${end}` },
  BASE_YEAR_INVALID: { title: 'a base year after the period starts', text: ({ baseYear, start }) => `base year ${baseYear} is after the period's start ${start}` },
  REVISION_UNLISTED: {
    title: 'the plan revision has no entry in `revisions`',
    text: ({ revision }) => `revision ${revision} has no entry in \`revisions\`; add one with its date and note`,
  },
  REVISIONS_ORDER: {
    title: 'revisions not in increasing order',
    text: (args) => `revision ${args.revision} (${args.date}) does not follow revision ${args.previous} (${args.previousDate})`,
  },
  DATE_OUT_OF_RANGE: { title: 'a date outside sensible bounds', text: ({ date, earliest, latest }) => `date ${date} is outside ${earliest}–${latest}` },
  ID_DUPLICATE: { title: 'an indicator id used twice', text: ({ id, firstFile }) => `indicator id ${tick(id)} is already used in ${firstFile}` },
  COMPONENT_DUPLICATE: { title: 'a component id used twice in one indicator', text: ({ component }) => `component id ${tick(component)} is used twice` },
  INDICATOR_UNKNOWN: {
    title: 'a reference to an indicator the plan does not define',
    text: (args) =>
      args.use === 'entry' ? `no indicator ${tick(args.id)} in the plan${didYouMeanOf(args.suggestions.map(tick))}` : `no indicator ${tick(args.id)} to compare growth with`,
  },
  COMPONENT_UNKNOWN: {
    title: 'a reference to a component the indicator does not define',
    text: ({ indicator, component }) => `indicator ${tick(indicator)} has no component ${tick(component)}`,
  },
  COMPONENT_REQUIRED: {
    title: 'an observation of an indicator with components names none',
    text: ({ indicator, components }) => `indicator ${tick(indicator)} has components (${components.join(', ')}); name one with \`component\``,
  },
  COMPONENTS_REQUIRED: { title: 'a standard target whose indicator lists no components', text: () => 'a standard target needs `components`, each with its limit' },
  STRICTER_TOO_MANY: {
    title: 'a stricter tier asks for more components than there are',
    text: ({ atLeast, standard }) => `asks ${atLeast} components to meet ${standard}, but fewer have a \`stricterLimit\``,
  },
  OBSERVATION_DUPLICATE: {
    title: 'two observations of one indicator, year and publication date',
    text: (args) =>
      `a second ${args.measure} observation of ${tick(args.indicator)}${args.component ? '/' + args.component : ''} for ${args.year}${args.published ? ' published ' + args.published : ''}; give a revised value its own \`published\` date`,
  },
  OBSERVATION_PUBLISHED_EARLY: { title: 'an observation published before its year began', text: ({ year, published }) => `a value for ${year} cannot be published on ${published}` },
  YEAR_OUT_OF_RANGE: { title: 'a year far outside the plan period', text: ({ year, start, end }) => `year ${year} is far outside the plan period ${start}–${end}` },
  TARGET_YEAR_INVALID: { title: 'a target year outside the plan period', text: ({ year, start, end }) => `target year ${year} is outside the plan period ${start}–${end}` },
  BASELINE_AFTER_PERIOD: { title: 'a baseline year after the period starts', text: ({ year, start }) => `baseline year ${year} is after the period starts (${start})` },
  BASE_YEAR_AFTER_TARGET: { title: 'a growth base year not before the target year', text: ({ baseYear, year }) => `base year ${baseYear} is not before the target year ${year}` },
  COMPARATOR_DIRECTION: {
    title: 'a comparator that contradicts the direction',
    text: (args) =>
      'comparator' in args
        ? `comparator ${args.comparator} asks for ${wantsMore(args.comparator) ? 'at least' : 'at most'} ${args.value}, but direction is ${args.direction}`
        : `a change of ${args.by} goes against the direction ${args.direction}`,
  },
  IN_STEP_SELF: { title: 'an in-step-with target that references itself', text: () => 'an indicator cannot be compared with itself' },
  IN_STEP_UNITS: {
    title: 'an in-step-with pair whose growth rates cannot be compared',
    text: ({ units }) => `growth is compared in % a year, but ${units.map(({ indicator, unit }) => `${tick(indicator)} is in ${unit}`).join(' and ')}`,
  },
  JUDGEMENT_NOT_MILESTONE: {
    title: 'a judgement recorded for an indicator that is neither a milestone nor set by another authority',
    text: ({ indicator, kind }) => `${tick(indicator)} is ${withArticle(kind)} target; judgements are for milestones and targets set by another authority`,
  },
  SCHEDULE_YEAR_INVALID: { title: 'a schedule year outside the summed years', text: ({ year, from, to }) => `schedule year ${year} is outside ${from}–${to}` },
  OBSERVATION_UNIT: {
    title: 'an observation in a unit the indicator neither has nor declares as a context series',
    text: ({ indicator, unit, observed }) =>
      `${tick(indicator)} is measured in ${unit}, not ${observed}; correct the unit, or declare the series under the indicator's \`context\` (shown, never judged)`,
  },
  VALUE_IMPOSSIBLE: {
    title: 'a yearly rate at or below −100%, or a yearly reduction of 100% or more',
    text: ({ measure, value }) =>
      measure === 'rate'
        ? `a yearly rate of ${value}% is impossible: a fall of 100% or more leaves nothing`
        : `a yearly reduction of ${value}% is impossible: 100% or more leaves nothing`,
  },
  ANNUAL_YEAR_INVALID: { title: 'an annual target for a year outside the plan period', text: ({ year, start, end }) => `an annual target for ${year}, outside the plan period ${start}–${end}` },
  ANNUAL_DUPLICATE: { title: 'two annual targets of one indicator for the same year and measure', text: ({ indicator, year }) => `a second annual target of ${tick(indicator)} for ${year}` },
  LANGUAGE_MISSING: {
    title: "a name or title without the plan's own language",
    text: ({ field, language }) =>
      field === 'title' ? `the title has no ${tick(language)}, the plan's own language` : `the name has no ${tick(language)}, the plan's own language (its \`languages\` list it first)`,
  },
  MEASURE_UNUSED: {
    title: 'observations of a measure that the target does not use',
    text: ({ indicator, measure }) => `${tick(indicator)} has ${measure} observations, which its target does not use`,
  },
};

// ── 中文 ───────────────────────────────────────────────────────────────────────────────

const ZH_WORDS = messages('zh');

function valueZh(value: ShownValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return { list: '列表', mapping: '映射', none: '空缺' }[value.shape];
}

/**
 * Spacing as Chinese technical writing has it: a space between Chinese and Latin text or
 * numbers (`单位是 kg`), none between Chinese and Chinese (`单位是亿元`) or next to
 * full-width punctuation. For the slots whose text may be either.
 */
const before = (text: string): string => (/^[\p{Script=Han}（，；：]/u.test(text) ? text : ` ${text}`);
const after = (text: string): string => (/[\p{Script=Han}），；：]$/u.test(text) ? text : `${text} `);
const between = (text: string): string => after(before(text));

/** `indicators[1] 的值`, or `值` at the top of the file. */
const ofZh = (args: { at?: string }, noun: string): string => (args.at === undefined ? noun : `${args.at} 的${noun}`);

/** `indicators[1] 中`, or nothing at the top of the file. */
const inZh = (args: { at?: string }): string => (args.at === undefined ? '' : `${args.at} 中`);

/** "a", "数值或字符串", "`a`、`b` 或 `c`". */
function orZh(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1).join('、');
  return `${after(head)}或${before(items.at(-1)!)}`;
}

const didYouMeanZh = (items: readonly string[]): string => (items.length ? `；是否应为 ${orZh(items)}？` : '');

/** Another program's own words, printed as they are and said to be so. */
const originalZh = (detail: string): string => `（原文：${detail}）`;

const measureZh = (measure: Measure): string => ZH_WORDS.measure[measure];

const TYPE_ZH: Record<string, string> = { number: '数值', integer: '整数', string: '字符串', array: '列表', object: '映射', boolean: '布尔值', null: 'null' };

const FORMAT_ZH: Record<string, string> = { date: '日期（YYYY-MM-DD）', uri: '网址（URI）' };

const OUT_OF_RANGE_ZH: Record<FindingArgs['OUT_OF_RANGE']['bound'], (args: FindingArgs['OUT_OF_RANGE']) => string> = {
  minimum: (args) => `${ofZh(args, '值')} ${valueZh(args.got)} 应不小于 ${args.limit}`,
  maximum: (args) => `${ofZh(args, '值')} ${valueZh(args.got)} 应不大于 ${args.limit}`,
  exclusiveMinimum: (args) => `${ofZh(args, '值')} ${valueZh(args.got)} 应大于 ${args.limit}`,
  exclusiveMaximum: (args) => `${ofZh(args, '值')} ${valueZh(args.got)} 应小于 ${args.limit}`,
  minLength: (args) => `${ofZh(args, '文本')} ${valueZh(args.got)} 不得少于 ${args.limit} 个字符`,
  maxLength: (args) => `${ofZh(args, '文本')} ${valueZh(args.got)} 不得多于 ${args.limit} 个字符`,
  minItems: (args) => `${ofZh(args, '列表')}不得少于 ${args.limit} 项`,
  maxItems: (args) => `${ofZh(args, '列表')}不得多于 ${args.limit} 项`,
};

const PATTERN_ZH: Record<FindingArgs['PATTERN_MISMATCH']['pattern'], string> = {
  'kebab-case': 'kebab-case 格式（小写字母 a-z、数字 0-9，以单个连字符分隔）',
  'section-number': '章节编号格式（如 3.4.1）',
  other: '规定的格式',
};

const FLOW_ZH = { '{': { what: '映射', close: '}' }, '[': { what: '列表', close: ']' } } as const;

const ZH: FindingCatalogue = {
  FILE_UNREADABLE: {
    title: '文件无法读取',
    text: (args) => ('detail' in args ? `无法读取文件${originalZh(args.detail)}` : { ENOENT: '文件不存在', EISDIR: '这是一个目录，不是文件', EACCES: '没有读取该文件的权限' }[args.errno]),
  },
  FILE_TOO_LARGE: { title: '文件超过规划文件的大小上限', text: ({ bytes, limit }) => `文件大小为 ${bytes} 字节，规划文件最多 ${limit} 字节` },
  FILE_EMPTY: { title: '文件中没有 YAML 文档', text: () => '文件中没有 YAML 文档：应为以 `schema: plan/v1` 开头的映射' },
  ENCODING_INVALID: {
    title: '文件不是有效的 UTF-8 编码',
    text: ({ byte }) =>
      `${byte === undefined ? '文件末尾的字节序列不完整' : `字节 0x${byte.toString(16).padStart(2, '0')} 不是有效的 UTF-8 编码`}；请将文件另存为 UTF-8 编码`,
  },
  YAML_SYNTAX: {
    title: 'YAML 语法错误',
    text: (args) => {
      switch (args.slip) {
        case 'tab':
          return 'YAML 不允许用制表符（Tab）缩进：请改用空格';
        case 'unclosed-quote':
          return `此处的${args.quote === '"' ? '双' : '单'}引号没有闭合：请在文本末尾加上 ${args.quote}（文本中的 ${args.quote} 应写作 ${QUOTE_ESCAPE[args.quote]}）`;
        case 'unclosed-flow': {
          const { what, close } = FLOW_ZH[args.open];
          return `${args.found ? '此处的 ' : '以 '}${args.open} 开始的${what}没有闭合：请以 ${close} 结束`;
        }
        case 'indent':
          return `${tick(args.key)} 比第 ${args.siblingLine} 行的 ${tick(args.sibling)} 缩进${args.relation === 'less' ? '少' : '多'}（位于第 ${args.column} 列，而非第 ${args.siblingColumn} 列）：同一映射或列表的各项应从同一列开始`;
        case 'no-colon':
          return `${tick(args.key)} 后面缺少冒号：映射的条目应写作 \`key: value\``;
        case 'parser':
          return `YAML 语法错误${originalZh(args.detail)}`;
      }
    },
  },
  KEY_DUPLICATE: { title: '重复的键', text: ({ detail }) => `同一映射中有重复的键${originalZh(detail)}` },
  ALIAS_LIMIT: { title: '别名过多（资源耗尽攻击的特征）', text: ({ detail }) => `别名展开过多，疑似资源耗尽攻击${originalZh(detail)}` },
  NESTING_TOO_DEEP: {
    title: '嵌套层级超出规划文件所需',
    text: (args) => ('limit' in args ? `嵌套超过 ${args.limit} 层` : `嵌套过深，无法解析${args.detail === undefined ? '' : originalZh(args.detail)}`),
  },
  KEY_FORBIDDEN: { title: '可能篡改对象原型的键', text: (args) => `${inZh(args)}不允许使用键 ${tick(args.key)}` },
  NUMBER_NOT_FINITE: { title: '无穷大或非数值（NaN）', text: ({ value }) => `${value} 不是有限的数值` },
  CONTROL_CHARACTER: {
    title: '文本中含控制字符',
    text: (args) => ('character' in args ? `文本中含控制字符（${args.character}）` : `${tick(args.key)} 只能写在一行之内`),
  },
  VERSION_MISSING: {
    title: '文件没有首先声明 `schema: plan/v1`',
    text: ({ problem, supported }) => {
      const versions = supported.join('、');
      if (problem === 'not-a-mapping') return `应为以 \`schema: plan/v1\` 开头的映射；支持的版本：${versions}`;
      if (problem === 'no-schema-key') return `缺少 \`schema\` 键；文件的第一个键应为 \`schema: plan/v1\`（支持的版本：${versions}）`;
      return '`schema: plan/v1` 必须是文件的第一个键';
    },
  },
  VERSION_UNSUPPORTED: {
    title: '文件声明的格式版本本工具无法读取',
    text: ({ found, supported }) => `应为 ${supported.join('、')}，实为 ${valueZh(found)}；本工具支持：${supported.join('、')}`,
  },
  KIND_UNKNOWN: {
    title: '文件未声明已知的类型（kind）',
    text: (args) => {
      const kinds = args.expected.join('、');
      if (args.problem === 'key-slip') return `缺少 kind；键 ${tick(args.key)} 是否应为 \`kind\`？（取值应为 ${kinds} 之一）`;
      if (args.problem === 'missing') return `缺少 kind；请在 \`schema: plan/v1\` 之后添加 \`kind:\`，取值为 ${kinds} 之一`;
      return `未知的 kind ${valueZh(args.found)}（应为 ${kinds} 之一）${didYouMeanZh(args.suggestions)}`;
    },
  },
  KEY_UNKNOWN: {
    title: '未知的键（拼写错误？）',
    text: (args) => {
      const key = `${args.at === undefined ? '' : `${args.at} 中有`}未知的键 ${tick(args.key)}`;
      if (args.suggestion) return `${key}；是否应为 ${tick(args.suggestion)}？`;
      return args.allowed?.length ? `${key}；允许的键：${args.allowed.join('、')}` : `${key}（拼写错误？）`;
    },
  },
  FIELD_REQUIRED: {
    title: '缺少必填字段',
    text: (args) => `${inZh(args)}缺少必填字段 ${tick(args.field)}${args.targetKind ? `（${args.targetKind} 类目标）` : ''}`,
  },
  TYPE_MISMATCH: {
    title: '值的类型不对',
    text: (args) => `${ofZh(args, '值')}应为${orZh(args.expected.map((type) => TYPE_ZH[type] ?? type))}，实为${before(valueZh(args.got))}`,
  },
  VALUE_NOT_ALLOWED: {
    title: '值不在允许的取值之列',
    text: (args) => {
      if (args.rule === 'enum') return `${ofZh(args, '值')}${between(valueZh(args.got))}不在允许的取值之列（${args.allowed.join('、')}）${args.suggestion ? `；是否应为 ${tick(args.suggestion)}？` : ''}`;
      if (args.rule === 'const') return `${ofZh(args, '值')}应为${before(valueZh(args.expected))}，实为${before(valueZh(args.got))}`;
      const item = (index: number): string => `${args.at ?? ''}[${index}]`;
      return `${ofZh(args, '各项')}不得重复：${item(args.items[0])} 与 ${item(args.items[1])} 相同`;
    },
  },
  TARGET_KIND_UNKNOWN: {
    title: '本格式未定义的目标类型',
    text: (args) => {
      if (args.rule === 'enum') return `${ofZh(args, '值')}${between(valueZh(args.got))}不是已定义的目标类型；可用的类型：${args.allowed.join('、')}${args.suggestion ? `；是否应为 ${tick(args.suggestion)}？` : ''}`;
      const got = args.got;
      const missing = typeof got === 'object' && got !== null && got.shape === 'none';
      return missing ? `${inZh(args)}未写明目标类型（kind）` : `${ofZh(args, '目标类型')}${between(valueZh(got))}未定义`;
    },
  },
  FORMAT_INVALID: { title: '日期或网址的格式不正确', text: (args) => `${ofZh(args, '值')}${between(valueZh(args.got))}不是有效的${before(FORMAT_ZH[args.format] ?? args.format)}` },
  PATTERN_MISMATCH: { title: '值不符合规定的格式', text: (args) => `${ofZh(args, '值')}${between(valueZh(args.got))}不符合${before(PATTERN_ZH[args.pattern])}` },
  OUT_OF_RANGE: { title: '数值或长度超出界限', text: (args) => OUT_OF_RANGE_ZH[args.bound](args) },
  SCHEMA_VIOLATION: { title: '值不符合模式（schema）的要求', text: (args) => `${ofZh(args, '值')}不符合模式（schema）的要求${args.detail === undefined ? '' : originalZh(args.detail)}` },
  INCLUDE_OUTSIDE: {
    title: '包含的文件位于规划目录之外',
    text: (args) => {
      const path = JSON.stringify(args.path);
      if (args.check === 'pattern') return `${path} 位于规划目录之外：include 中的路径须为相对路径，且不得超出规划目录${args.at === undefined ? '' : `（${args.at}）`}`;
      return args.check === 'link' ? `${path} 经链接指向规划目录之外` : `${path} 位于规划目录之外`;
    },
  },
  INCLUDE_MISSING: { title: '包含的文件不存在', text: ({ path }) => `${JSON.stringify(path)} 不存在` },
  INCLUDE_KIND: {
    title: '包含的文件属于不能被包含的类型',
    text: (args) => (args.problem === 'root-not-plan' ? `${args.file} 的 kind 必须为 plan，而不是 ${args.kind}` : '被包含的文件不能是另一份规划（kind: plan）'),
  },
  PERIOD_INVALID: { title: '规划期的结束早于开始', text: ({ start, end }) => `规划期始于 ${start} 年，却止于 ${end} 年` },
  BASE_YEAR_INVALID: { title: '基期年份晚于规划期开始', text: ({ baseYear, start }) => `基期年份 ${baseYear} 晚于规划期的起始年份 ${start}` },
  REVISION_UNLISTED: { title: '规划的修订版本未列入 `revisions`', text: ({ revision }) => `修订版本 ${revision} 在 \`revisions\` 中没有记录；请补上一条，写明日期和说明` },
  REVISIONS_ORDER: {
    title: '修订记录未按递增顺序排列',
    text: (args) => `修订版本 ${args.revision}（${args.date}）列在修订版本 ${args.previous}（${args.previousDate}）之后，但版本号或日期没有递增`,
  },
  DATE_OUT_OF_RANGE: { title: '日期超出合理范围', text: ({ date, earliest, latest }) => `日期 ${date} 超出 ${earliest} 至 ${latest} 的范围` },
  ID_DUPLICATE: { title: '指标标识重复使用', text: ({ id, firstFile }) => `指标标识 ${tick(id)} 已在 ${firstFile} 中使用` },
  COMPONENT_DUPLICATE: { title: '同一指标中的分项标识重复使用', text: ({ component }) => `分项标识 ${tick(component)} 重复使用` },
  INDICATOR_UNKNOWN: {
    title: '引用了规划中未定义的指标',
    text: (args) =>
      args.use === 'entry' ? `规划中没有指标 ${tick(args.id)}${didYouMeanZh(args.suggestions.map(tick))}` : `规划中没有指标 ${tick(args.id)}，无法与之比较增长`,
  },
  COMPONENT_UNKNOWN: { title: '引用了指标中未定义的分项', text: ({ indicator, component }) => `指标 ${tick(indicator)} 没有分项 ${tick(component)}` },
  COMPONENT_REQUIRED: {
    title: '指标含有分项，观测值却未注明是哪一项',
    text: ({ indicator, components }) => `指标 ${tick(indicator)} 含有分项（${components.join('、')}）；请用 \`component\` 注明其中一项`,
  },
  COMPONENTS_REQUIRED: { title: '标准类目标的指标未列出分项', text: () => '标准类目标需要列出 `components`，并给出每个分项的限值' },
  STRICTER_TOO_MANY: {
    title: '更严格一档要求的分项数多于设有该档限值的分项数',
    text: ({ atLeast, standard }) => `要求 ${atLeast} 个分项达到${before(bilingualIn(standard, 'zh'))}，但设有 \`stricterLimit\` 的分项不足 ${atLeast} 个`,
  },
  OBSERVATION_DUPLICATE: {
    title: '同一指标、年份和发布日期的观测值重复',
    text: (args) =>
      `${tick(args.indicator)}${args.component ? '/' + args.component : ''} ${args.year} 年的${measureZh(args.measure)}观测值重复${args.published ? `（发布日期 ${args.published}）` : ''}；修订后的数值应另标 \`published\` 日期`,
  },
  OBSERVATION_PUBLISHED_EARLY: { title: '观测值的发布日期早于其所属年份', text: ({ year, published }) => `${year} 年的数值不可能在 ${published} 发布` },
  YEAR_OUT_OF_RANGE: { title: '年份远远超出规划期', text: ({ year, start, end }) => `年份 ${year} 远远超出规划期 ${start}–${end}` },
  TARGET_YEAR_INVALID: { title: '目标年份超出规划期', text: ({ year, start, end }) => `目标年份 ${year} 超出规划期 ${start}–${end}` },
  BASELINE_AFTER_PERIOD: { title: '基数年份晚于规划期开始', text: ({ year, start }) => `基数年份 ${year} 晚于规划期的起始年份（${start}）` },
  BASE_YEAR_AFTER_TARGET: { title: '增长的基期年份不早于目标年份', text: ({ baseYear, year }) => `基期年份 ${baseYear} 不早于目标年份 ${year}` },
  COMPARATOR_DIRECTION: {
    title: '比较符与指标方向相矛盾',
    text: (args) => {
      const direction = `${args.direction}（${ZH_WORDS.direction[args.direction]}）`;
      return 'comparator' in args
        ? `比较符 ${args.comparator} 要求${wantsMore(args.comparator) ? '不低于' : '不高于'} ${args.value}，但指标方向为 ${direction}`
        : `变化量 ${args.by} 与指标方向 ${direction}相反`;
    },
  },
  IN_STEP_SELF: { title: '同步类目标引用了指标自身', text: () => '指标不能与自身比较' },
  IN_STEP_UNITS: {
    title: '两项指标的增长率无法比较',
    text: ({ units }) => `增长率按每年百分比（%）比较，但 ${units.map(({ indicator, unit }) => `${tick(indicator)} 的单位是${before(unit)}`).join('，')}`,
  },
  JUDGEMENT_NOT_MILESTONE: {
    title: '为既非里程碑、也非由其他机关设定的目标记录了评估结论',
    text: ({ indicator, kind }) => `${tick(indicator)} 是 ${kind} 类目标；评估结论（judgement）只用于里程碑和由其他机关设定的目标`,
  },
  SCHEDULE_YEAR_INVALID: { title: '年度安排的年份不在累计的年份之内', text: ({ year, from, to }) => `年度安排中的年份 ${year} 不在 ${from}–${to} 之内` },
  OBSERVATION_UNIT: {
    title: '观测值的单位既不是指标的单位，也未声明为参考序列',
    text: ({ indicator, unit, observed }) =>
      `${tick(indicator)} 的计量单位是${before(unit)}，而不是${before(observed)}；请更正单位，或在该指标的 \`context\` 下声明这一序列（仅作展示，不参与评判）`,
  },
  VALUE_IMPOSSIBLE: {
    title: '年增长率不高于 −100%，或年降幅达到 100% 及以上',
    text: ({ measure, value }) =>
      measure === 'rate' ? `年增长率 ${value}% 不可能出现：下降 100% 及以上就一无所剩了` : `年降幅 ${value}% 不可能出现：降低 100% 及以上就一无所剩了`,
  },
  ANNUAL_YEAR_INVALID: { title: '年度目标的年份超出规划期', text: ({ year, start, end }) => `${year} 年的年度目标超出规划期 ${start}–${end}` },
  ANNUAL_DUPLICATE: { title: '同一指标同一年份、同一口径的年度目标重复', text: ({ indicator, year }) => `${tick(indicator)} 的 ${year} 年年度目标重复` },
  LANGUAGE_MISSING: {
    title: '名称或标题缺少规划本身的语言',
    text: ({ field, language }) =>
      field === 'title' ? `标题缺少 ${tick(language)}，即规划本身的语言` : `名称缺少 ${tick(language)}，即规划本身的语言（\`languages\` 中列在首位）`,
  },
  MEASURE_UNUSED: { title: '观测值的口径未被目标使用', text: ({ indicator, measure }) => `${tick(indicator)} 有${measureZh(measure)}观测值，但其目标并不使用这一口径` },
};

export const FINDING_TEXT: Readonly<Record<Lang, FindingCatalogue>> = { en: EN, zh: ZH };
