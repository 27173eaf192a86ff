// A write is atomic: a temporary file in the same folder, flushed to disk, then renamed
// over the target. A killed writer leaves the old file or the new one, never half of one.

import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const descriptor = openSync(temporary, 'wx', 0o644);
  try {
    writeSync(descriptor, content);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** Make the rename itself durable. */
function syncFolder(folder: string): void {
  try {
    const descriptor = openSync(folder, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // Some file systems refuse fsync on a folder; the rename is still atomic.
  }
}

/**
 * Remove the temporary files that killed writers of `path` left behind (those of processes
 * no longer alive). Returns how many were removed.
 */
export function removeStaleTemporaries(path: string, isAlive: (pid: number) => boolean): number {
  const prefix = `.${basename(path)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
    if (!match || isAlive(Number(match[1]))) continue;
    rmSync(join(dirname(path), name), { force: true });
    removed++;
  }
  return removed;
}
