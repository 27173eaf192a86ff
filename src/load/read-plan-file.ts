// One plan file: bytes → text → data → version → schema, with every problem a finding.

import { FILE_KINDS, type FileKind, type PlanFileData } from '../model/types.js';
import { factOf, shownValue, toPointer, type FindingArgs, type FindingFact, type PendingFinding } from '../model/findings.js';
import { checkSchema } from '../validate/schema-check.js';
import { checkDataShape } from '../validate/data-shape.js';
import { bytePosition, decodeUtf8 } from './decode.js';
import { parseYaml } from './parse.js';
import { diskFs, type PlanFs } from './plan-fs.js';
import type { ValidatedCache } from './validated-cache.js';
import { SourceFile } from './source-file.js';
import { copyValue, stringInterner } from './value-codec.js';
import { closestMatch, suggestions } from '../util/suggest.js';

export const SUPPORTED_VERSIONS = ['plan/v1'] as const;
/** Far above any real plan file (the 10,000-indicator benchmark plan is under 7 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A finding that already has a position (read and syntax problems). */
export type PositionedProblem = FindingFact & {
  line: number;
  col: number;
};

export interface ReadResult {
  source: SourceFile | null;
  data: PlanFileData | null;
  /** The parsed data even when it failed its schema (to reach a broken plan's includes). */
  raw: unknown;
  kind: FileKind | null;
  positioned: PositionedProblem[];
  pending: PendingFinding[];
  /** The data came from the validated cache: the file is exactly as the build checked it. */
  fromCache?: boolean;
}

export interface ReadOptions {
  /** The kinds this file may be, for the message when its kind is unknown. */
  expectedKinds?: readonly FileKind[];
  fs?: PlanFs;
  /** Files already parsed and schema-checked, by content. */
  cache?: ValidatedCache;
  /**
   * Data whose strings hold nothing of the file's text, one copy of each distinct string:
   * for a plan that keeps the data of many files and lets their text go (load-plan.ts).
   */
  ownStrings?: boolean;
}

export function readPlanFile(absolutePath: string, displayPath: string, options: ReadOptions = {}): ReadResult {
  const { expectedKinds, fs = diskFs, cache } = options;
  const own = options.ownStrings ? stringInterner() : undefined;
  const result: ReadResult = { source: null, data: null, raw: undefined, kind: null, positioned: [], pending: [] };
  let bytes: Uint8Array;
  try {
    const size = fs.size(absolutePath);
    if (size > MAX_FILE_BYTES) {
      result.positioned.push({ code: 'FILE_TOO_LARGE', line: 0, col: 0, args: { bytes: size, limit: MAX_FILE_BYTES } });
      return result;
    }
    bytes = fs.read(absolutePath);
  } catch (error) {
    result.positioned.push({ code: 'FILE_UNREADABLE', line: 0, col: 0, args: ioErrorArgs(error) });
    return result;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, col } = bytePosition(bytes, decoded.offset);
    const byte = bytes[decoded.offset];
    result.positioned.push({ code: 'ENCODING_INVALID', line, col, args: byte === undefined ? {} : { byte } });
    return result;
  }
  const text = withoutByteOrderMark(decoded.text);
  const source = new SourceFile(displayPath, text);
  result.source = source;
  const cached = cache?.lookup(text);
  if (cached) return { ...result, data: cached.data, raw: cached.data, kind: cached.kind, fromCache: true };

  const parsed = parseYaml(source, own);
  if (!parsed.ok) {
    for (const finding of parsed.findings) {
      const { line, col } = source.positionOf(finding.offset);
      result.positioned.push({ ...factOf(finding), line, col });
    }
    return result;
  }
  const data = parsed.data;
  result.raw = data;
  if (data === undefined || data === null) {
    result.positioned.push({ code: 'FILE_EMPTY', line: 1, col: 1, args: {} });
    return result;
  }

  const versionProblem = checkVersion(data);
  if (versionProblem) {
    result.pending.push(versionProblem);
    return result;
  }
  const kind = (data as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(FILE_KINDS as readonly string[]).includes(kind)) {
    result.pending.push(unknownKind(data as Record<string, unknown>, expectedKinds ?? FILE_KINDS));
    return result;
  }
  result.kind = kind as FileKind;

  // The common YAML reader knows when the walk would find nothing.
  const shapeProblems = parsed.clean ? [] : checkDataShape(data);
  result.pending.push(...shapeProblems);
  if (shapeProblems.some((problem) => problem.code === 'NESTING_TOO_DEEP')) return result;
  const shapePointers = new Set(shapeProblems.map((problem) => toPointer(problem.path)));
  const schemaProblems = checkSchema(kind as FileKind, data, shapePointers);
  result.pending.push(...schemaProblems);
  if (shapeProblems.length === 0 && schemaProblems.length === 0) result.data = (own && !parsed.owned ? copyValue(data, own) : data) as PlanFileData;
  return result;
}

/** A file's text as `readPlanFile` reads it, or null when it cannot be read or decoded. */
export function readText(absolutePath: string, fs: PlanFs = diskFs): string | null {
  try {
    const decoded = decodeUtf8(fs.read(absolutePath));
    return decoded.ok ? withoutByteOrderMark(decoded.text) : null;
  } catch {
    return null;
  }
}

function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The kind missing, misspelt, or under a misspelt key: with what it most likely should be. */
function unknownKind(data: Record<string, unknown>, expected: readonly FileKind[]): PendingFinding {
  const kind = data.kind;
  if (kind === undefined) {
    // `knd: indicators`: the key is the slip, and its value says which kind was meant.
    const key = Object.keys(data).find((name) => name !== 'schema' && closestMatch(name, ['kind']) === 'kind');
    if (key !== undefined) return { code: 'KIND_UNKNOWN', path: [key], atKey: true, args: { problem: 'key-slip', key, expected: [...expected] } };
    return { code: 'KIND_UNKNOWN', path: [], args: { problem: 'missing', expected: [...expected] } };
  }
  const likely = typeof kind === 'string' ? firstNonEmpty(suggestions(kind, expected), suggestions(kind, FILE_KINDS)) : [];
  return { code: 'KIND_UNKNOWN', path: ['kind'], args: { problem: 'unknown', found: shownValue(kind), suggestions: likely, expected: [...expected] } };
}

function firstNonEmpty(first: string[], second: string[]): string[] {
  return first.length > 0 ? first : second;
}

/** Versions are checked first: nothing else is read from a file of unknown format. */
function checkVersion(data: unknown): PendingFinding | null {
  const supported = [...SUPPORTED_VERSIONS];
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { code: 'VERSION_MISSING', path: [], args: { problem: 'not-a-mapping', supported } };
  }
  const keys = Object.keys(data);
  if (!keys.includes('schema')) return { code: 'VERSION_MISSING', path: [], args: { problem: 'no-schema-key', supported } };
  const version = (data as Record<string, unknown>).schema;
  if (!(SUPPORTED_VERSIONS as readonly unknown[]).includes(version)) {
    return { code: 'VERSION_UNSUPPORTED', path: ['schema'], args: { found: shownValue(version), supported } };
  }
  if (keys[0] !== 'schema') return { code: 'VERSION_MISSING', path: ['schema'], atKey: true, args: { problem: 'not-first', supported } };
  return null;
}

/** A read error: the three a person meets by its code; any other by the system's own text (in its language). */
function ioErrorArgs(error: unknown): FindingArgs['FILE_UNREADABLE'] {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return { errno: code };
  return { detail: error instanceof Error ? error.message : String(error) };
}
