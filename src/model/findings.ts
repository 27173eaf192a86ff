// Findings are facts: a code a test can assert, the arguments of that code (numbers,
// years, keys, ids, lists: never a sentence), and a location. Nothing here is worded for
// people: the catalogue of src/render/finding-text.ts says every code in English and in
// Chinese (with its one-line title), and the reporters of src/render/findings.ts print
// findings as text, JSON or GitHub annotations in the language asked for.
//
// Where the fact is another program's own message (the YAML parsers' syntax errors, ajv's
// text for a schema rule this file does not model, the system's text for a read error), it
// is carried as `detail` and printed as it is, in that program's language (English).

import type { Comparator, Direction, FileKind, Measure, TargetKind } from './types.js';

/** Every code, grouped as the README lists them. A code without its arguments below, or arguments without a code, fails to compile. */
const CODES: Record<keyof FindingArgs, true> = {
  // Reading and parsing
  FILE_UNREADABLE: true,
  FILE_TOO_LARGE: true,
  FILE_EMPTY: true,
  ENCODING_INVALID: true,
  YAML_SYNTAX: true,
  KEY_DUPLICATE: true,
  ALIAS_LIMIT: true,
  NESTING_TOO_DEEP: true,
  KEY_FORBIDDEN: true,
  NUMBER_NOT_FINITE: true,
  CONTROL_CHARACTER: true,
  // Versions and kinds
  VERSION_MISSING: true,
  VERSION_UNSUPPORTED: true,
  KIND_UNKNOWN: true,
  // Schema
  KEY_UNKNOWN: true,
  FIELD_REQUIRED: true,
  TYPE_MISMATCH: true,
  VALUE_NOT_ALLOWED: true,
  TARGET_KIND_UNKNOWN: true,
  FORMAT_INVALID: true,
  PATTERN_MISMATCH: true,
  OUT_OF_RANGE: true,
  SCHEMA_VIOLATION: true,
  // Plan structure
  INCLUDE_OUTSIDE: true,
  INCLUDE_MISSING: true,
  INCLUDE_KIND: true,
  PERIOD_INVALID: true,
  BASE_YEAR_INVALID: true,
  REVISION_UNLISTED: true,
  REVISIONS_ORDER: true,
  DATE_OUT_OF_RANGE: true,
  // Meaning
  ID_DUPLICATE: true,
  COMPONENT_DUPLICATE: true,
  INDICATOR_UNKNOWN: true,
  COMPONENT_UNKNOWN: true,
  COMPONENT_REQUIRED: true,
  COMPONENTS_REQUIRED: true,
  STRICTER_TOO_MANY: true,
  OBSERVATION_DUPLICATE: true,
  OBSERVATION_PUBLISHED_EARLY: true,
  YEAR_OUT_OF_RANGE: true,
  TARGET_YEAR_INVALID: true,
  BASELINE_AFTER_PERIOD: true,
  BASE_YEAR_AFTER_TARGET: true,
  COMPARATOR_DIRECTION: true,
  IN_STEP_SELF: true,
  IN_STEP_UNITS: true,
  JUDGEMENT_NOT_MILESTONE: true,
  SCHEDULE_YEAR_INVALID: true,
  OBSERVATION_UNIT: true,
  VALUE_IMPOSSIBLE: true,
  ANNUAL_YEAR_INVALID: true,
  ANNUAL_DUPLICATE: true,
  LANGUAGE_MISSING: true,
  MEASURE_UNUSED: true,
};

export type FindingCode = keyof FindingArgs;
export const FINDING_CODES = Object.keys(CODES) as readonly FindingCode[];

/** A code without arguments: `{}`, and nothing may be added to it. */
export type NoArgs = Record<string, never>;

/**
 * A value as a finding names it: a scalar as the file gave it (a string longer than 60
 * characters cut to 57 and `...`), or the shape of what stands where a scalar was expected
 * (`none`: nothing stands there).
 */
export type ShownValue = string | number | boolean | null | { shape: 'list' | 'mapping' | 'none' };

export function shownValue(value: unknown): ShownValue {
  if (value === undefined) return { shape: 'none' };
  if (Array.isArray(value)) return { shape: 'list' };
  if (value !== null && typeof value === 'object') return { shape: 'mapping' };
  if (typeof value === 'string') return value.length > 60 ? value.slice(0, 57) + '...' : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return String(value);
}

/** Where in the file's data a schema finding stands, as a path: `indicators[3].target`; absent at the top of the file. */
interface At {
  at?: string;
}

/** A syntax slip, as yaml-slip.ts reads it where the parser stopped. */
export type YamlSlip =
  | { slip: 'tab' }
  | { slip: 'unclosed-quote'; quote: '"' | "'" }
  /** `found`: the opening bracket was found, and the finding stands on it. */
  | { slip: 'unclosed-flow'; open: '{' | '['; found: boolean }
  /** `key` starts at `column`, where the block it belongs to, at `sibling` on `siblingLine`, starts at `siblingColumn` (1-based). */
  | { slip: 'indent'; key: string; relation: 'less' | 'more'; sibling: string; siblingLine: number; column: number; siblingColumn: number }
  | { slip: 'no-colon'; key: string }
  /** The parser's own message, in its language: no slip this tool explains. */
  | { slip: 'parser'; detail: string };

/** The arguments of each code: what the catalogue may say, and all it may say. */
export interface FindingArgs {
  /** `detail`: the system's own text for a read error other than these three, in its language. */
  FILE_UNREADABLE: { errno: 'ENOENT' | 'EISDIR' | 'EACCES' } | { detail: string };
  FILE_TOO_LARGE: { bytes: number; limit: number };
  FILE_EMPTY: NoArgs;
  /** `byte`: the first byte that is not UTF-8; absent for a sequence cut short by the end of the file. */
  ENCODING_INVALID: { byte?: number };
  YAML_SYNTAX: YamlSlip;
  /** The parser's own message (yaml or js-yaml), in its language. */
  KEY_DUPLICATE: { detail: string };
  /** The parser's own message, in its language. */
  ALIAS_LIMIT: { detail: string };
  /** `limit`: the levels a plan file may nest; else the parser gave up (`detail`: its own message, when it gave one). */
  NESTING_TOO_DEEP: { limit: number } | { detail?: string };
  KEY_FORBIDDEN: { key: string } & At;
  NUMBER_NOT_FINITE: { value: string };
  /** `character`: the first control character, as `U+001B`; `key`: a single-line field that holds a line break. */
  CONTROL_CHARACTER: { character: string } | { key: string };

  VERSION_MISSING: { problem: 'not-a-mapping' | 'no-schema-key' | 'not-first'; supported: string[] };
  VERSION_UNSUPPORTED: { found: ShownValue; supported: string[] };
  /** `key-slip`: no `kind`, but `key` is a slip for it. */
  KIND_UNKNOWN: { expected: string[] } & ({ problem: 'missing' } | { problem: 'key-slip'; key: string } | { problem: 'unknown'; found: ShownValue; suggestions: string[] });

  /** `suggestion`: the allowed key it is likely a slip for; else `allowed`, every key allowed there. */
  KEY_UNKNOWN: { key: string; suggestion?: string; allowed?: string[] } & At;
  /** `targetKind`: the kind of the target the field is missing from. */
  FIELD_REQUIRED: { field: string; targetKind?: string } & At;
  /** `expected`: JSON Schema type names (`number`, `string`, `array`…). */
  TYPE_MISMATCH: { expected: string[]; got: ShownValue } & At;
  /** `unique`: `items` are the places of two equal items of a list. */
  VALUE_NOT_ALLOWED: ({ rule: 'enum'; got: ShownValue; allowed: string[]; suggestion?: string } | { rule: 'const'; expected: ShownValue; got: ShownValue } | { rule: 'unique'; items: [number, number] }) & At;
  /** `discriminator`: no kind the schema can tell (missing, or not a string). */
  TARGET_KIND_UNKNOWN: ({ rule: 'enum'; got: ShownValue; allowed: string[]; suggestion?: string } | { rule: 'discriminator'; got: ShownValue }) & At;
  /** `format`: a JSON Schema format name (`date`, `uri`). */
  FORMAT_INVALID: { got: ShownValue; format: string } & At;
  PATTERN_MISMATCH: { got: ShownValue; pattern: 'kebab-case' | 'section-number' | 'other' } & At;
  /** `bound`: the JSON Schema keyword; a length for a string, a count for a list. */
  OUT_OF_RANGE: { got: ShownValue; bound: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems'; limit: number } & At;
  /** A rule this file does not model: its keyword, and ajv's own message (`detail`, English). */
  SCHEMA_VIOLATION: { keyword: string; detail?: string } & At;

  /** `check`: the schema's pattern refused the path, the path resolves outside, or a link in it leads outside. */
  INCLUDE_OUTSIDE: { path: string; check: 'pattern' | 'path' | 'link' } & At;
  INCLUDE_MISSING: { path: string };
  /** `root-not-plan`: `file` (plan.yaml) is of `kind`; `plan-included`: an included file is a plan. */
  INCLUDE_KIND: { problem: 'root-not-plan'; file: string; kind: FileKind } | { problem: 'plan-included' };
  PERIOD_INVALID: { start: number; end: number };
  BASE_YEAR_INVALID: { baseYear: number; start: number };
  REVISION_UNLISTED: { revision: number };
  REVISIONS_ORDER: { revision: number; date: string; previous: number; previousDate: string };
  DATE_OUT_OF_RANGE: { date: string; earliest: string; latest: string };

  /** `firstFile`: the file (relative to the plan folder) that uses the id first. */
  ID_DUPLICATE: { id: string; firstFile: string };
  COMPONENT_DUPLICATE: { component: string };
  /** `entry`: an observation or judgement names it (`suggestions`: ids it is likely a slip for); `growth-reference`: a target compares growth with it. */
  INDICATOR_UNKNOWN: { id: string } & ({ use: 'entry'; suggestions: string[] } | { use: 'growth-reference' });
  COMPONENT_UNKNOWN: { indicator: string; component: string };
  COMPONENT_REQUIRED: { indicator: string; components: string[] };
  COMPONENTS_REQUIRED: NoArgs;
  /** `atLeast` components asked to meet the stricter `standard`, more than have a `stricterLimit`. */
  STRICTER_TOO_MANY: { atLeast: number; standard: string };
  OBSERVATION_DUPLICATE: { indicator: string; component?: string; measure: Measure; year: number; published?: string };
  OBSERVATION_PUBLISHED_EARLY: { year: number; published: string };
  YEAR_OUT_OF_RANGE: { year: number; start: number; end: number };
  TARGET_YEAR_INVALID: { year: number; start: number; end: number };
  BASELINE_AFTER_PERIOD: { year: number; start: number };
  BASE_YEAR_AFTER_TARGET: { baseYear: number; year: number };
  /** A bound (`comparator`, `value`) or a change (`by`) that goes against the indicator's direction. */
  COMPARATOR_DIRECTION: ({ comparator: Comparator; value: number } | { by: number }) & { direction: Direction };
  IN_STEP_SELF: NoArgs;
  /** The indicators of the pair that are not in %, with their units. */
  IN_STEP_UNITS: { units: { indicator: string; unit: string }[] };
  JUDGEMENT_NOT_MILESTONE: { indicator: string; kind: TargetKind };
  /** `from`–`to`: the years the sum runs over. */
  SCHEDULE_YEAR_INVALID: { year: number; from: number; to: number };
  /** `unit`: the indicator's; `observed`: the observation's. */
  OBSERVATION_UNIT: { indicator: string; unit: string; observed: string };
  /** `value`: a yearly growth rate (`rate`) or a yearly reduction (`reduction`), in %. */
  VALUE_IMPOSSIBLE: { measure: 'rate' | 'reduction'; value: number };
  ANNUAL_YEAR_INVALID: { year: number; start: number; end: number };
  ANNUAL_DUPLICATE: { indicator: string; year: number };
  /** `language`: the plan's own, which `field` (the plan's title, an indicator's name) lacks. */
  LANGUAGE_MISSING: { field: 'title' | 'name'; language: string };
  MEASURE_UNUSED: { indicator: string; measure: Measure };
}

/** A code with its own arguments: `{ code: 'PERIOD_INVALID', args: { start, end } }`. */
export type FindingFact<C extends FindingCode = FindingCode> = { [K in C]: { code: K; args: FindingArgs[K] } }[C];

/** The fact alone, without anything a finding carries beside it. */
export function factOf(finding: FindingFact): FindingFact {
  return { code: finding.code, args: finding.args } as FindingFact;
}

export type Severity = 'error' | 'warning';

export type Finding = FindingFact & FindingPlace;

export interface FindingPlace {
  severity: Severity;
  /** File path as the user named it (relative to the working folder where possible). */
  file: string;
  /** 1-based; 0 when the finding concerns the whole file. */
  line: number;
  col: number;
  /** JSON pointer of the offending node inside the file, when there is one. */
  pointer?: string;
}

/** A finding whose position is still a path into the file's data, resolved later. */
export type PendingFinding = FindingFact & {
  severity?: Severity;
  path: (string | number)[];
  /** Point at the key of the last path segment instead of its value (unknown keys). */
  atKey?: boolean;
};

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((part) => '/' + String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function countErrors(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.severity === 'error').length;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}
