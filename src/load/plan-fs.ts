// The file system the loader reads through. The disk by default; `plan diff` reads a git
// revision through git itself, and `plan record` validates a change in memory before it
// writes anything, both by handing the loader another PlanFs.

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';

export interface PlanFs {
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Size in bytes, read before the content so that a huge file is refused unread. */
  size(path: string): number;
  read(path: string): Uint8Array;
  /** The path with symbolic links resolved (to keep includes inside the folder). */
  realpath(path: string): string;
}

export const diskFs: PlanFs = {
  exists: (path) => existsSync(path),
  isDirectory: (path) => statSync(path).isDirectory(),
  size: (path) => statSync(path).size,
  read: (path) => readFileSync(path),
  realpath: (path) => realpathSync(path),
};

/** The disk (or another PlanFs) with some files' content replaced, for checking an edit before it is written. */
export function overlayFs(base: PlanFs, replaced: ReadonlyMap<string, string>): PlanFs {
  const encoded = new Map([...replaced].map(([path, text]) => [path, new TextEncoder().encode(text)]));
  return {
    exists: (path) => encoded.has(path) || base.exists(path),
    isDirectory: (path) => !encoded.has(path) && base.isDirectory(path),
    size: (path) => encoded.get(path)?.length ?? base.size(path),
    read: (path) => encoded.get(path) ?? base.read(path),
    realpath: (path) => (encoded.has(path) && !base.exists(path) ? path : base.realpath(path)),
  };
}
