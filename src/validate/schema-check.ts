// Schema checks with the precompiled validators, turned into findings a person can act on:
// one finding per problem, named by the key or value that is wrong.

import type { FileKind } from '../model/types.js';
import type { CompiledValidator, SchemaError } from './compiled-validator.js';
import type { PendingFinding } from '../model/findings.js';
import * as compiled from './generated/validators.cjs';
import { closestMatch } from '../util/suggest.js';
import { withArticle } from '../util/words.js';

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
    const key = `${finding.code}|${finding.path.join('/')}|${finding.message}`;
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
  const where = describeLocation(path);
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const suggestion = closestMatch(key, allowed);
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : allowed.length ? `; allowed: ${allowed.join(', ')}` : '';
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        return { code: 'KEY_FORBIDDEN', path: [...path, key], atKey: true, message: `key \`${key}\` is not allowed${where}` };
      }
      return { code: 'KEY_UNKNOWN', path: [...path, key], atKey: true, message: `unknown key \`${key}\`${where}${hint}` };
    }
    case 'required':
      return { code: 'FIELD_REQUIRED', path, message: `\`${String(params.missingProperty)}\` is required${where}${kindHint(error)}` };
    case 'type':
      return { code: 'TYPE_MISMATCH', path, message: `expected ${String(params.type)}${where}, got ${describeValue(error.data)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => String(value));
      const isTargetKind = path.at(-1) === 'kind' && path.at(-2) === 'target';
      const suggestion = closestMatch(String(error.data), allowed);
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '';
      return {
        code: isTargetKind ? 'TARGET_KIND_UNKNOWN' : 'VALUE_NOT_ALLOWED',
        path,
        message: `${describeValue(error.data)} is not one of ${allowed.join(', ')}${where}${hint}`,
      };
    }
    case 'const':
      return { code: 'VALUE_NOT_ALLOWED', path, message: `expected ${JSON.stringify(params.allowedValue)}${where}, got ${describeValue(error.data)}` };
    case 'discriminator':
      return { code: 'TARGET_KIND_UNKNOWN', path, message: `target kind ${describeValue((error.data as { kind?: unknown })?.kind)} is not defined${where}` };
    case 'format':
      return { code: 'FORMAT_INVALID', path, message: `${describeValue(error.data)} is not a valid ${String(params.format)}${where}` };
    case 'pattern':
      if (path.length === 2 && path[0] === 'include' && typeof error.data === 'string' && leavesFolder(error.data)) {
        return { code: 'INCLUDE_OUTSIDE', path, message: `${describeValue(error.data)} is outside the plan folder; include paths are relative and stay inside it${where}` };
      }
      return { code: 'PATTERN_MISMATCH', path, message: `${describeValue(error.data)} does not match ${patternName(path)}${where}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return { code: 'OUT_OF_RANGE', path, message: `${describeValue(error.data)} ${error.message ?? 'is out of range'}${where}` };
    case 'uniqueItems':
      return { code: 'VALUE_NOT_ALLOWED', path, message: `items must be unique${where} (${error.message ?? ''})` };
    default:
      return { code: 'SCHEMA_VIOLATION', path, message: `${error.message ?? 'rejected by the schema'}${where}` };
  }
}

/** An absolute path, a drive letter or a `..` segment: a path that can leave the plan folder. */
function leavesFolder(path: string): boolean {
  return /^([\\/]|[A-Za-z]:)/.test(path) || path.split(/[\\/]/).includes('..');
}

function escapePointer(part: string): string {
  return part.replaceAll('~', '~0').replaceAll('/', '~1');
}

function kindHint(error: SchemaError): string {
  const kind = (error.data as { kind?: unknown } | undefined)?.kind;
  return typeof kind === 'string' && error.instancePath.endsWith('/target') ? ` in ${withArticle(kind)} target` : '';
}

function patternName(path: (string | number)[]): string {
  const last = path.at(-1);
  if (last === 'id' || last === 'indicator' || last === 'component') return 'kebab-case (a-z, 0-9, single hyphens)';
  if (last === 'section') return 'a section number like 3.4.1';
  return 'the required pattern';
}

export function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** " at indicators[3].target" — short and readable beside the line number. */
function describeLocation(path: (string | number)[]): string {
  if (path.length === 0) return '';
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return ` at ${text}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  return String(value);
}
