// Schema checks with the precompiled validators, turned into findings a person can act on:
// one finding per problem, named by the key or value that is wrong.

import type { FileKind } from '../model/types.js';
import type { CompiledValidator, SchemaError } from './compiled-validator.js';
import { shownValue, type FindingArgs, type PendingFinding } from '../model/findings.js';
import * as compiled from './generated/validators.cjs';
import { closestMatch } from '../util/suggest.js';

const validators: Record<FileKind, CompiledValidator> = {
  plan: compiled.plan,
  indicators: compiled.indicators,
  observations: compiled.observations,
};

/**
 * Schema findings for a file's data. `skipPaths` are pointers already reported by the
 * data-shape checks (a non-finite number is not also a type error).
 */
export function checkSchema(kind: FileKind, data: unknown, skipPaths: ReadonlySet<string> = new Set()): PendingFinding[] {
  const validate = validators[kind];
  if (validate(data)) return [];
  // An unknown key is reported at the key's own pointer (a forbidden key by the shape checks).
  const reportedAt = (error: SchemaError): string =>
    error.keyword === 'additionalProperties' ? `${error.instancePath}/${escapePointer(String(error.params.additionalProperty))}` : error.instancePath;
  const errors = (validate.errors ?? []).filter((error) => !skipPaths.has(reportedAt(error)));
  const misspelt = misspeltRequiredKeys(errors);
  const enumPaths = new Set(errors.filter((error) => error.keyword === 'enum').map((error) => error.instancePath));
  const findings: PendingFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // The discriminator repeats what the enum on `kind` already said.
    if (error.keyword === 'discriminator' && enumPaths.has(`${error.instancePath}/kind`)) continue;
    // A required key that is missing because it was misspelt is one problem, not two.
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}|${String(error.params.missingProperty)}`)) continue;
    const finding = toFinding(error);
    const key = `${finding.code}|${finding.path.join('/')}|${JSON.stringify(finding.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/** "path|key" of each missing required key that an unknown key beside it is a typo of. */
function misspeltRequiredKeys(errors: readonly SchemaError[]): Set<string> {
  const misspelt = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const missing = errors
      .filter((other) => other.keyword === 'required' && other.instancePath === error.instancePath)
      .map((other) => String(other.params.missingProperty));
    const match = closestMatch(String(error.params.additionalProperty), missing);
    if (match) misspelt.add(`${error.instancePath}|${match}`);
  }
  return misspelt;
}

function toFinding(error: SchemaError): PendingFinding {
  const path = parsePointer(error.instancePath);
  const at = describeLocation(path);
  const where = at === undefined ? {} : { at };
  const params = error.params;
  const got = shownValue(error.data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        return { code: 'KEY_FORBIDDEN', path: [...path, key], atKey: true, args: { key, ...where } };
      }
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closestMatch(key, allowed);
      const hint = suggestion ? { suggestion } : allowed.length ? { allowed } : {};
      return { code: 'KEY_UNKNOWN', path: [...path, key], atKey: true, args: { key, ...where, ...hint } };
    }
    case 'required':
      return { code: 'FIELD_REQUIRED', path, args: { field: String(params.missingProperty), ...where, ...targetKindOf(error) } };
    case 'type':
      return { code: 'TYPE_MISMATCH', path, args: { expected: String(params.type).split(','), got, ...where } };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => String(value));
      const suggestion = closestMatch(String(error.data), allowed);
      const args = { rule: 'enum' as const, got, allowed, ...where, ...(suggestion ? { suggestion } : {}) };
      return path.at(-1) === 'kind' && path.at(-2) === 'target' ? { code: 'TARGET_KIND_UNKNOWN', path, args } : { code: 'VALUE_NOT_ALLOWED', path, args };
    }
    case 'const':
      return { code: 'VALUE_NOT_ALLOWED', path, args: { rule: 'const', expected: shownValue(params.allowedValue), got, ...where } };
    case 'discriminator':
      return { code: 'TARGET_KIND_UNKNOWN', path, args: { rule: 'discriminator', got: shownValue((error.data as { kind?: unknown })?.kind), ...where } };
    case 'format':
      return { code: 'FORMAT_INVALID', path, args: { got, format: String(params.format), ...where } };
    case 'pattern':
      if (path.length === 2 && path[0] === 'include' && typeof error.data === 'string' && leavesFolder(error.data)) {
        return { code: 'INCLUDE_OUTSIDE', path, args: { path: error.data, check: 'pattern', ...where } };
      }
      return { code: 'PATTERN_MISMATCH', path, args: { got, pattern: patternOf(path), ...where } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return { code: 'OUT_OF_RANGE', path, args: { got, bound: error.keyword, limit: Number(params.limit), ...where } };
    case 'uniqueItems':
      // ajv names the later item `i` and the earlier `j`.
      return { code: 'VALUE_NOT_ALLOWED', path, args: { rule: 'unique', items: [Number(params.j), Number(params.i)], ...where } };
    default:
      // A rule this file does not model: ajv's own message, in English.
      return { code: 'SCHEMA_VIOLATION', path, args: { keyword: error.keyword, ...(error.message ? { detail: error.message } : {}), ...where } };
  }
}

/** An absolute path, a drive letter or a `..` segment: a path that can leave the plan folder. */
function leavesFolder(path: string): boolean {
  return /^([\\/]|[A-Za-z]:)/.test(path) || path.split(/[\\/]/).includes('..');
}

function escapePointer(part: string): string {
  return part.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The kind of the target a required field is missing from. */
function targetKindOf(error: SchemaError): { targetKind?: string } {
  const kind = (error.data as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' && error.instancePath.endsWith('/target') ? { targetKind: kind } : {};
}

function patternOf(path: (string | number)[]): FindingArgs['PATTERN_MISMATCH']['pattern'] {
  const last = path.at(-1);
  if (last === 'id' || last === 'indicator' || last === 'component') return 'kebab-case';
  if (last === 'section') return 'section-number';
  return 'other';
}

export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** "indicators[3].target" — short and readable beside the line number; undefined at the top. */
function describeLocation(path: (string | number)[]): string | undefined {
  if (path.length === 0) return undefined;
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text;
}
