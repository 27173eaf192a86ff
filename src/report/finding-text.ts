// The findings catalogue: every finding code in words, its one-line title and its text
// from the finding's arguments. The loader and the validator return facts
// (src/model/findings.ts); this is the one place they are worded, and the reporters
// (findings.ts) print them. The catalogue is a Record over every code, each entry typed by
// its code's arguments: a code without its text, or a text that asks for an argument its
// code does not carry, fails to compile.
//
// `detail` is the words of another program (the YAML parsers' syntax errors, ajv's text
// for a rule this tool does not model, the system's text for a read error), printed as
// they are.

import type { FindingArgs, FindingCode, FindingFact, ShownValue } from '../model/findings.js';
import type { Comparator } from '../model/types.js';
import { didYouMeanOf } from '../util/suggest.js';
import { withArticle } from '../util/words.js';

interface CodeText<C extends FindingCode> {
  /** What the code means, in one line. */
  title: string;
  /** A finding of the code, in words, from its arguments. */
  text: (args: FindingArgs[C]) => string;
}

export type FindingCatalogue = { readonly [C in FindingCode]: CodeText<C> };

/** A finding's text. */
export function findingText(finding: FindingFact): string {
  return render(finding, FINDING_TEXT);
}

function render<C extends FindingCode>(fact: FindingFact<C>, catalogue: FindingCatalogue): string {
  return catalogue[fact.code].text(fact.args);
}

/** What a code means, in one line. */
export function findingTitle(code: FindingCode): string {
  return FINDING_TEXT[code].title;
}

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

export const FINDING_TEXT: FindingCatalogue = {
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
