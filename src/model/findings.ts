// Findings are data: a code a test can assert, a location, and a message for people.
// The reporters of src/report/findings.ts turn them into text, JSON or GitHub annotations.

export const FINDING_CODES = {
  // Reading and parsing
  FILE_UNREADABLE: 'the file cannot be read',
  FILE_TOO_LARGE: 'the file is larger than a plan file may be',
  FILE_EMPTY: 'the file holds no YAML document',
  ENCODING_INVALID: 'the file is not valid UTF-8',
  YAML_SYNTAX: 'the YAML is malformed',
  KEY_DUPLICATE: 'a key appears twice in one mapping',
  ALIAS_LIMIT: 'too many aliases (a resource-exhaustion pattern)',
  NESTING_TOO_DEEP: 'nesting deeper than a plan file needs',
  KEY_FORBIDDEN: 'a key that could alter object prototypes',
  NUMBER_NOT_FINITE: 'a number that is infinite or not a number',
  CONTROL_CHARACTER: 'a control character inside text',
  // Versions and kinds
  VERSION_MISSING: 'the file does not declare `schema: plan/v1` first',
  VERSION_UNSUPPORTED: 'the file declares a format version this tool does not read',
  KIND_UNKNOWN: 'the file declares no known kind',
  // Schema
  KEY_UNKNOWN: 'a key the schema does not define (a typo?)',
  FIELD_REQUIRED: 'a required field is missing',
  TYPE_MISMATCH: 'a value of the wrong type',
  VALUE_NOT_ALLOWED: 'a value outside the allowed set',
  TARGET_KIND_UNKNOWN: 'a target kind this format does not define',
  FORMAT_INVALID: 'a date or URL that is not well formed',
  PATTERN_MISMATCH: 'a value that does not match the required pattern',
  OUT_OF_RANGE: 'a number or length outside its bounds',
  SCHEMA_VIOLATION: 'a value the schema rejects',
  // Plan structure
  INCLUDE_OUTSIDE: 'an include that leaves the plan folder',
  INCLUDE_MISSING: 'an included file that does not exist',
  INCLUDE_KIND: 'an included file of a kind that cannot be included',
  PERIOD_INVALID: 'a period that ends before it starts',
  BASE_YEAR_INVALID: 'a base year after the period starts',
  REVISION_UNLISTED: 'the plan revision has no entry in `revisions`',
  REVISIONS_ORDER: 'revisions not in increasing order',
  DATE_OUT_OF_RANGE: 'a date outside sensible bounds',
  // Meaning
  ID_DUPLICATE: 'an indicator id used twice',
  COMPONENT_DUPLICATE: 'a component id used twice in one indicator',
  INDICATOR_UNKNOWN: 'a reference to an indicator the plan does not define',
  COMPONENT_UNKNOWN: 'a reference to a component the indicator does not define',
  COMPONENT_REQUIRED: 'an observation of an indicator with components names none',
  COMPONENTS_REQUIRED: 'a standard target whose indicator lists no components',
  STRICTER_TOO_MANY: 'a stricter tier asks for more components than there are',
  OBSERVATION_DUPLICATE: 'two observations of one indicator, year and publication date',
  OBSERVATION_PUBLISHED_EARLY: 'an observation published before its year began',
  YEAR_OUT_OF_RANGE: 'a year far outside the plan period',
  TARGET_YEAR_INVALID: 'a target year outside the plan period',
  BASELINE_AFTER_PERIOD: 'a baseline year after the period starts',
  BASE_YEAR_AFTER_TARGET: 'a growth base year not before the target year',
  COMPARATOR_DIRECTION: 'a comparator that contradicts the direction',
  IN_STEP_SELF: 'an in-step-with target that references itself',
  IN_STEP_UNITS: 'an in-step-with pair whose growth rates cannot be compared',
  JUDGEMENT_NOT_MILESTONE: 'a judgement recorded for an indicator that is neither a milestone nor set by another authority',
  SCHEDULE_YEAR_INVALID: 'a schedule year outside the summed years',
  OBSERVATION_UNIT: 'an observation in a unit the indicator neither has nor declares as a context series',
  VALUE_IMPOSSIBLE: 'a yearly rate at or below −100%, or a yearly reduction of 100% or more',
  ANNUAL_YEAR_INVALID: 'an annual target for a year outside the plan period',
  ANNUAL_DUPLICATE: 'two annual targets of one indicator for the same year and measure',
  LANGUAGE_MISSING: 'a name or title without the plan\'s own language',
  MEASURE_UNUSED: 'observations of a measure that the target does not use',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;
export type Severity = 'error' | 'warning';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** File path as the user named it (relative to the working folder where possible). */
  file: string;
  /** 1-based; 0 when the finding concerns the whole file. */
  line: number;
  col: number;
  message: string;
  /** JSON pointer of the offending node inside the file, when there is one. */
  pointer?: string;
}

/** A finding whose position is still a path into the file's data, resolved later. */
export interface PendingFinding {
  code: FindingCode;
  severity?: Severity;
  path: (string | number)[];
  /** Point at the key of the last path segment instead of its value (unknown keys). */
  atKey?: boolean;
  message: string;
}

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((part) => '/' + String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export function countErrors(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.severity === 'error').length;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}
