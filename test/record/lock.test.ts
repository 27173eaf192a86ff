// The lock beside an edited file: one holder at a time, a dead holder's lock taken over,
// and what killed writers leave behind cleared.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, LockBusyError } from '../../src/edit/lock.js';

const folder = mkdtempSync(join(tmpdir(), 'plan-lock-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

let counter = 0;
const target = (): string => join(folder, `file-${++counter}.yaml`);

describe('acquireLock', () => {
  it('holds <file>.lock with its pid until released; a second taker waits, then gives up', () => {
    const file = target();
    const release = acquireLock(file);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    const started = Date.now();
    expect(() => acquireLock(file, { timeoutMs: 150 })).toThrow(LockBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    release();
    expect(existsSync(`${file}.lock`)).toBe(false);
    acquireLock(file, { timeoutMs: 150 })();
  });

  it('takes over the lock of a dead process, and clears what killed writers left', () => {
    const file = target();
    const dead = deadPid();
    writeFileSync(`${file}.lock`, `${dead}\n`);
    writeFileSync(`${file}.lock.${dead}.tmp`, `${dead}\n`);
    writeFileSync(`${file}.lock.break`, `${dead}\n`);
    writeFileSync(`${file}.lock.break.${dead}.tmp`, `${dead}\n`);
    const release = acquireLock(file, { timeoutMs: 500 });
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    expect(readdirSync(folder).filter((name) => name.startsWith(`file-${counter}.`))).toEqual([`file-${counter}.yaml.lock`]);
    release();
  });

  it('a lock without a readable pid is a writer still starting while fresh, stale once old', () => {
    const file = target();
    writeFileSync(`${file}.lock`, '');
    expect(() => acquireLock(file, { timeoutMs: 100 })).toThrow(LockBusyError);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(`${file}.lock`, longAgo, longAgo);
    acquireLock(file, { timeoutMs: 500 })();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('release leaves a lock that is no longer its own', () => {
    const file = target();
    const release = acquireLock(file);
    writeFileSync(`${file}.lock`, '999999999\n');
    release();
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe('999999999\n');
  });
});
