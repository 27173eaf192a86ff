// One plan file: bytes → text → data → version → schema, with every problem a finding.

import { FILE_KINDS, type FileKind, type PlanFileData } from '../model/types.js';
import { toPointer, type PendingFinding } from '../model/findings.js';
import { checkSchema } from '../validate/schema-check.js';
import { checkDataShape } from '../validate/data-shape.js';
import { bytePosition, decodeUtf8 } from './decode.js';
import { parseYaml } from './parse.js';
import { diskFs, type PlanFs } from './plan-fs.js';
import type { ValidatedCache } from './validated-cache.js';
import { SourceFile } from './source-file.js';
import { copyValue, stringInterner } from './value-codec.js';
import { closestMatch, didYouMean } from '../util/suggest.js';

export const SUPPORTED_VERSIONS = ['plan/v1'] as const;
/** Far above any real plan file (the 10,000-indicator benchmark plan is under 7 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A finding that already has a position (read and syntax problems). */
export interface PositionedProblem {
  code: PendingFinding['code'];
  line: number;
  col: number;
  message: string;
}

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
      result.positioned.push({ code: 'FILE_TOO_LARGE', line: 0, col: 0, message: `${size} bytes; a plan file may hold at most ${MAX_FILE_BYTES}` });
      return result;
    }
    bytes = fs.read(absolutePath);
  } catch (error) {
    result.positioned.push({ code: 'FILE_UNREADABLE', line: 0, col: 0, message: describeIoError(error) });
    return result;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { line, col } = bytePosition(bytes, decoded.offset);
    const byte = bytes[decoded.offset];
    const shown = byte === undefined ? 'a truncated sequence' : `byte 0x${byte.toString(16).padStart(2, '0')}`;
    result.positioned.push({ code: 'ENCODING_INVALID', line, col, message: `${shown} is not valid UTF-8; save the file as UTF-8` });
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
      result.positioned.push({ code: finding.code, line, col, message: finding.message });
    }
    return result;
  }
  const data = parsed.data;
  result.raw = data;
  if (data === undefined || data === null) {
    result.positioned.push({ code: 'FILE_EMPTY', line: 1, col: 1, message: 'expected a mapping that starts with `schema: plan/v1`' });
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
  const kinds = expected.join(', ');
  const kind = data.kind;
  if (kind === undefined) {
    // `knd: indicators`: the key is the slip, and its value says which kind was meant.
    const key = Object.keys(data).find((name) => name !== 'schema' && closestMatch(name, ['kind']) === 'kind');
    if (key !== undefined) {
      return { code: 'KIND_UNKNOWN', path: [key], atKey: true, message: `kind is missing; did you mean \`kind\` for the key \`${key}\`? (expected one of ${kinds})` };
    }
    return { code: 'KIND_UNKNOWN', path: [], message: `kind is missing; add \`kind:\` after \`schema: plan/v1\`, one of ${kinds}` };
  }
  const hint = typeof kind === 'string' ? didYouMean(kind, expected) || didYouMean(kind, FILE_KINDS) : '';
  return { code: 'KIND_UNKNOWN', path: ['kind'], message: `kind ${JSON.stringify(kind)} is not known${hint}; expected one of ${kinds}` };
}

/** Versions are checked first: nothing else is read from a file of unknown format. */
function checkVersion(data: unknown): PendingFinding | null {
  const supported = SUPPORTED_VERSIONS.join(', ');
  if (typeof data !== 'object' || Array.isArray(data) || data === null) {
    return { code: 'VERSION_MISSING', path: [], message: `expected a mapping that starts with \`schema: plan/v1\`; supported versions: ${supported}` };
  }
  const keys = Object.keys(data);
  if (!keys.includes('schema')) {
    return { code: 'VERSION_MISSING', path: [], message: `no \`schema\` key; expected \`schema: plan/v1\` as the first key (supported versions: ${supported})` };
  }
  const version = (data as Record<string, unknown>).schema;
  if (!(SUPPORTED_VERSIONS as readonly unknown[]).includes(version)) {
    return {
      code: 'VERSION_UNSUPPORTED',
      path: ['schema'],
      message: `expected ${supported}, received ${JSON.stringify(version)}; this tool reads: ${supported}`,
    };
  }
  if (keys[0] !== 'schema') {
    return { code: 'VERSION_MISSING', path: ['schema'], atKey: true, message: '`schema: plan/v1` must be the first key of the file' };
  }
  return null;
}

function describeIoError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
