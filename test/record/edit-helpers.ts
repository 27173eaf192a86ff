// What the tests of plan record and plan judge share: fresh copies of a plan folder, and the
// checks that an edit kept every old line and left a valid plan.

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';
import { validateCommand } from '../../src/commands/validate.js';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A temporary folder for this test file, removed after it; and copies of plan folders in it. */
export function workspace(prefix: string): { temp: string; copyOf: (source: string) => string } {
  const temp = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  let counter = 0;
  return {
    temp,
    copyOf: (source) => {
      const folder = join(temp, `plan-${++counter}`);
      cpSync(join(ROOT, source), folder, { recursive: true });
      return folder;
    },
  };
}

/** The old lines, in order, within the new ones. */
export function expectEveryLineKept(before: string, after: string): void {
  const newLines = after.split('\n');
  let at = 0;
  for (const [number, line] of before.split('\n').entries()) {
    while (at < newLines.length && newLines[at] !== line) at++;
    expect(at, `line ${number + 1} of the old file (${JSON.stringify(line)}) is gone`).toBeLessThan(newLines.length);
    at++;
  }
}

export function expectValid(folder: string): void {
  const outcome = validateCommand([], { plan: folder, format: 'text' }, folder);
  expect(outcome.stdout + outcome.stderr).toMatch(/valid/);
  expect(outcome.exitCode).toBe(0);
}
