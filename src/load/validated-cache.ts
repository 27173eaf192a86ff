// Files already parsed and schema-checked, found by their exact text. The build fills one
// for the embedded plan (dist/embedded-plan.json), so `plan status` on it skips the YAML
// parse and the schema pass, which are most of its start-up; the meaning checks still run.
// A file whose bytes changed in any way misses the cache and is read the ordinary way.
// (Exact text rather than a hash: node:crypto alone costs a start several milliseconds.)

import { existsSync, readFileSync } from 'node:fs';
import type { FileKind, PlanFileData } from '../model/types.js';

export interface ValidatedFile {
  kind: FileKind;
  data: PlanFileData;
}

export interface CachedFile extends ValidatedFile {
  /** The file's text exactly as it was checked. */
  text: string;
}

export interface ValidatedCache {
  lookup(text: string): ValidatedFile | undefined;
}

export interface ValidatedCacheFile {
  /** The tool version that checked the files: another version checks them again. */
  version: string;
  files: CachedFile[];
}

export function cacheFromFiles(files: readonly CachedFile[]): ValidatedCache {
  const byText = new Map(files.map((file) => [file.text, file]));
  return { lookup: (text) => byText.get(text) };
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
  return cacheFromFiles(stored.files);
}
