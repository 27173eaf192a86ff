// plan record as separate processes through the built CLI: the helpers shared by the
// process tests (test/record) and the kill test (test/slow).

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { afterAll, expect } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin', 'plan.js');
const temp = mkdtempSync(join(tmpdir(), 'plan-record-processes-'));

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** What was left beside the observations file when the process ended. */
  leftLock: boolean;
  leftTemporary: boolean;
}

export function env(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete environment.PLAN_DEBUG;
  return environment;
}

afterAll(() => rmSync(temp, { recursive: true, force: true }));

let counter = 0;
export function copyOf(source: string): string {
  const folder = join(temp, `plan-${++counter}`);
  cpSync(join(ROOT, source), folder, { recursive: true });
  return folder;
}

export function temporaries(file: string): string[] {
  const folder = resolve(file, '..');
  const name = file.slice(folder.length + 1);
  return readdirSync(folder).filter((entry) => entry.startsWith(`.${name}.`) && entry.endsWith('.tmp'));
}

/** Whether the process `pid` holds the lock on `file`, or has begun writing it (its temporary file). */
export function holdsLock(file: string, pid: number): boolean {
  try {
    return readFileSync(`${file}.lock`, 'utf8') === `${pid}\n`;
  } catch {
    return false;
  }
}
export function isWriting(file: string, pid: number): boolean {
  return temporaries(file).some((name) => name.includes(`.${pid}.`));
}

/**
 * Run `plan record`; `kill` decides when to SIGKILL it: after a delay, or once it holds
 * the lock, or once it has begun the atomic write (its temporary file exists).
 */
export function runRecord(args: string[], file: string, kill?: { afterMs: number } | { when: 'lock' | 'temporary'; thenMs: number }): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'record', ...args], { env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
    const pid = child.pid!;
    let stderr = '';
    let ended = false;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      ended = true;
      done({ code, signal, stderr, leftLock: holdsLock(file, pid), leftTemporary: isWriting(file, pid) });
    });
    if (!kill) return;
    if ('afterMs' in kill) {
      setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
      return;
    }
    const seen = (): boolean => (kill.when === 'lock' ? holdsLock(file, pid) : isWriting(file, pid));
    const poll = (): void => {
      if (ended) return;
      if (seen()) setTimeout(() => child.kill('SIGKILL'), kill.thenMs);
      else setImmediate(poll);
    };
    poll();
  });
}

export function observationCount(text: string): number {
  return ((jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as { observations: unknown[] }).observations ?? []).length;
}

export function expectValidPlan(folder: string): void {
  const outcome = validateCommand([], { plan: folder, format: 'text' }, folder);
  expect(outcome.stdout, outcome.stderr).toBe('');
  expect(outcome.exitCode).toBe(0);
}

