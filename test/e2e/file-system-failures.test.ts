// Every writing command (init, report --out, record, judge) under every refusal of the file
// system: one line naming the path, exit 2, no stack trace and nothing written. ENOTDIR is
// real (a file where a folder should be); the codes a root-run CI cannot provoke (EACCES,
// ENOSPC, EROFS) are injected into node:fs at the first write under the test's folder.

import fs, { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'plan-fs-failures-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function plan(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'plan', ...argv], { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  process.exitCode = 0;
  return { code, stdout, stderr };
}

let counter = 0;
function folder(): string {
  const path = join(temp, `case-${++counter}`);
  fs.mkdirSync(path);
  return path;
}

function planCopy(): string {
  const path = join(folder(), 'plan');
  cpSync(join(ROOT, 'plan'), path, { recursive: true });
  return path;
}

/** Every way the writing commands touch the disk, refused with `code` under `under`. */
const WRITERS = ['openSync', 'mkdirSync', 'copyFileSync', 'writeFileSync', 'renameSync', 'linkSync'] as const;
const originals = new Map(WRITERS.map((name) => [name, fs[name]]));

function refuse(code: string, under: string): void {
  for (const name of WRITERS) {
    const original = originals.get(name)! as (...args: unknown[]) => unknown;
    (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const paths = args.filter((arg): arg is string => typeof arg === 'string');
      const writes = name !== 'openSync' || /[wax+]/.test(String(args[1] ?? 'r'));
      if (writes && paths.some((path) => resolve(path).startsWith(under))) {
        throw Object.assign(new Error(`${code}: refused, ${name} '${paths[0]}'`), { code, syscall: name, path: paths[0] });
      }
      return original(...args);
    };
  }
  syncBuiltinESMExports();
}

afterEach(() => {
  for (const [name, original] of originals) (fs as unknown as Record<string, unknown>)[name] = original;
  syncBuiltinESMExports();
});

const CODES: [string, RegExp][] = [
  ['ENOENT', /no such file or folder \(ENOENT\)/],
  ['EACCES', /permission denied \(EACCES\)/],
  ['ENOSPC', /no space left on the device \(ENOSPC\)/],
  ['EROFS', /the file system is read-only \(EROFS\)/],
  ['ENOTDIR', /a part of the path is a file, not a folder \(ENOTDIR\)/],
];

function expectOneLine(outcome: { code: number; stderr: string }, path: string, reason: RegExp): void {
  expect(outcome.code, outcome.stderr).toBe(2);
  const lines = outcome.stderr.trim().split('\n').filter((line) => !line.includes('embedded Shanghai plan'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^plan: cannot /);
  expect(lines[0]).toContain(path);
  expect(lines[0]).toMatch(reason);
  expect(outcome.stderr).not.toMatch(/internal error|at .*\.(ts|js):\d+/);
}

describe.each(CODES)('%s', (code, reason) => {
  it('plan init', async () => {
    const base = folder();
    refuse(code, base);
    expectOneLine(await plan('init', join(base, 'new-plan')), join(base, 'new-plan'), reason);
    expect(readdirSync(base)).toEqual([]);
  });

  it('plan report --out', async () => {
    const base = folder();
    const out = join(base, 'status.html');
    refuse(code, base);
    expectOneLine(await plan('report', '--out', out, '--plan', join(ROOT, 'plan'), '--kind', 'level'), out, reason);
    expect(readdirSync(base)).toEqual([]);
  });

  it('plan record', async () => {
    const copy = planCopy();
    const before = readFileSync(join(copy, 'observations', 'shanghai.yaml'), 'utf8');
    refuse(code, copy);
    const outcome = await plan('record', 'gdp-growth', '2026', '5', '--measure', 'rate', '--source', 'test', '--plan', copy);
    expectOneLine(outcome, copy, reason);
    expect(readFileSync(join(copy, 'observations', 'shanghai.yaml'), 'utf8')).toBe(before);
  });

  it('plan judge', async () => {
    const copy = planCopy();
    const files = readdirSync(join(copy, 'observations')).map((name) => readFileSync(join(copy, 'observations', name), 'utf8'));
    refuse(code, copy);
    const outcome = await plan('judge', 'c919-airworthiness-certification', '--status', 'achieved', '--date', '2023-05-28', '--evidence', 'first commercial flight', '--source', 'test', '--plan', copy);
    expectOneLine(outcome, copy, reason);
    expect(readdirSync(join(copy, 'observations')).map((name) => readFileSync(join(copy, 'observations', name), 'utf8'))).toEqual(files);
  });
});

describe('real refusals, nothing injected', () => {
  it('init and report --out under a path whose parent is a file', async () => {
    const base = folder();
    writeFileSync(join(base, 'a-file'), 'x');
    expectOneLine(await plan('init', join(base, 'a-file', 'plan')), join(base, 'a-file', 'plan'), /\(ENOTDIR\)|\(EEXIST\)/);
    const out = await plan('report', '--out', join(base, 'a-file', 'status.html'), '--plan', join(ROOT, 'plan'), '--kind', 'level');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^plan: /m);
    expect(out.stderr).not.toMatch(/internal error/);
  });

  it('an internal error has its own exit code and says how to report it', async () => {
    const base = folder();
    // A copy that fails in a way no command expects (no errno code): an internal error, exit 3.
    const original = fs.copyFileSync;
    (fs as unknown as Record<string, unknown>).copyFileSync = () => {
      throw new TypeError('unexpected');
    };
    syncBuiltinESMExports();
    try {
      const outcome = await plan('init', join(base, 'x'));
      expect(outcome.code).toBe(3);
      expect(outcome.stderr).toMatch(/^plan: internal error: unexpected\nThis is a bug in plan .*: please report it/);
    } finally {
      (fs as unknown as Record<string, unknown>).copyFileSync = original;
      syncBuiltinESMExports();
    }
  });
});
