// A lock file beside the file being edited, so that two writers cannot interleave: each
// reads, checks and writes the file while no other holds `<file>.lock`. The lock holds the
// owner's process id; a lock whose owner is dead (a killed `plan record`) is taken over.

import { closeSync, linkSync, openSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface LockOptions {
  /** How long to wait for a live owner to let go. */
  timeoutMs?: number;
  /** Pause between attempts. */
  pollMs?: number;
}

export class LockBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly owner: number | null,
  ) {
    super(`${lockPath} is held${owner === null ? '' : ` by process ${owner}`}`);
  }
}

/** A lock file without a readable owner this old was left half-written by a killed writer. */
const UNREADABLE_LOCK_STALE_MS = 2_000;

function lockPathOf(target: string): string {
  return `${target}.lock`;
}

/** Take `<target>.lock`, waiting for a live owner; returns the function that releases it. */
export function acquireLock(target: string, options: LockOptions = {}): () => void {
  const lockPath = lockPathOf(target);
  const deadline = Date.now() + (options.timeoutMs ?? 5_000);
  const pollMs = options.pollMs ?? 20;
  const content = `${process.pid}\n`;
  for (;;) {
    if (tryCreate(lockPath, content)) {
      removeDeadPrivateFiles(lockPath);
      return () => release(lockPath, content);
    }
    const holder = readHolder(lockPath);
    if (holder !== undefined) {
      if (isStale(holder)) breakStaleLock(lockPath, holder.content);
      else if (Date.now() >= deadline) throw new LockBusyError(lockPath, holder.pid);
      else sleep(pollMs);
    }
    if (Date.now() >= deadline + pollMs * 10) throw new LockBusyError(lockPath, null);
  }
}

/** Whether a process with this id exists (EPERM: it does, under another user). */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Create the lock with its content in one step: written to a private file first, then
 * hard-linked into place (link fails if the lock exists), so a lock is never seen empty.
 */
function tryCreate(lockPath: string, content: string): boolean {
  const privatePath = `${lockPath}.${process.pid}.tmp`;
  writeFileSync(privatePath, content);
  try {
    linkSync(privatePath, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') return createExclusively(lockPath, content);
    throw error;
  } finally {
    rmSync(privatePath, { force: true });
  }
}

/** What writers killed while creating a lock or breaking a stale one left behind. */
function removeDeadPrivateFiles(lockPath: string): void {
  const prefix = `${basename(lockPath)}.`;
  for (const name of readdirSync(dirname(lockPath))) {
    const match = name.startsWith(prefix) ? /^(?:break\.)?(\d+)\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (match && !isProcessAlive(Number(match[1]))) rmSync(join(dirname(lockPath), name), { force: true });
  }
  const breaker = readHolder(`${lockPath}.break`);
  if (breaker && isStale(breaker)) rmSync(`${lockPath}.break`, { force: true });
}

/** For file systems without hard links. */
function createExclusively(lockPath: string, content: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(descriptor, content);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

interface Holder {
  content: string;
  pid: number | null;
  ageMs: number;
}

/** The lock's owner, or undefined when the lock has just gone. */
function readHolder(lockPath: string): Holder | undefined {
  try {
    const content = readFileSync(lockPath, 'utf8');
    const ageMs = Date.now() - statSync(lockPath).mtimeMs;
    const match = /^(\d+)\n?$/.exec(content);
    return { content, pid: match ? Number(match[1]) : null, ageMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isStale(holder: Holder): boolean {
  return holder.pid === null ? holder.ageMs > UNREADABLE_LOCK_STALE_MS : !isProcessAlive(holder.pid);
}

/**
 * Remove a dead owner's lock. Breakers take turns through `<lock>.break`, and the lock is
 * removed only if it still holds what was seen: so a breaker never removes the lock that
 * another writer has just created in the stale one's place.
 */
function breakStaleLock(lockPath: string, staleContent: string): void {
  const breakPath = `${lockPath}.break`;
  const breakContent = `${process.pid}\n`;
  if (!tryCreate(breakPath, breakContent)) {
    const breaker = readHolder(breakPath);
    // A breaker killed in its few microseconds leaves its file behind.
    if (breaker && isStale(breaker)) rmSync(breakPath, { force: true });
    else sleep(1);
    return;
  }
  try {
    if (readHolder(lockPath)?.content === staleContent) unlinkSync(lockPath);
  } finally {
    release(breakPath, breakContent);
  }
}

/** Remove the lock only if it is still ours. */
function release(lockPath: string, content: string): void {
  try {
    if (readFileSync(lockPath, 'utf8') === content) unlinkSync(lockPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
