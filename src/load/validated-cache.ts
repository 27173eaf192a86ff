// Files already parsed and schema-checked, found by the SHA-256 of their bytes. The build
// fills one for the embedded plan (dist/embedded-plan.json), so `plan status` on it skips
// the YAML parse and the schema pass, which are most of its start-up; the meaning checks
// still run. A file whose bytes changed misses the cache and is read the ordinary way.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { FileKind, PlanFileData } from '../model/types.js';

export interface ValidatedFile {
  kind: FileKind;
  data: PlanFileData;
}

export interface ValidatedCache {
  lookup(bytes: Uint8Array): ValidatedFile | undefined;
}

export interface ValidatedCacheFile {
  /** The tool version that checked the files: another version checks them again. */
  version: string;
  files: Record<string, ValidatedFile>;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cache written at `path` by the build, if it exists and was made by this version. */
export function readValidatedCache(path: string, version: string): ValidatedCache | undefined {
  if (!existsSync(path)) return undefined;
  let stored: ValidatedCacheFile;
  try {
    stored = JSON.parse(readFileSync(path, 'utf8')) as ValidatedCacheFile;
  } catch {
    return undefined;
  }
  if (stored.version !== version) return undefined;
  const files = new Map(Object.entries(stored.files));
  return { lookup: (bytes) => files.get(contentHash(bytes)) };
}
