// Start-up tricks fail safe: V8's code cache is offered only to the Node version,
// architecture and build that made it, a rejected one is noticed and replaced, and a run
// without one makes it. On a copy of bin/ and dist/, so the real cache is not touched.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function copyOfCli(): string {
  const folder = mkdtempSync(join(temp, 'cli-'));
  for (const part of ['bin', 'dist', 'package.json', 'plan', 'schemas']) cpSync(join(ROOT, part), join(folder, part), { recursive: true });
  return folder;
}

const caches = (folder: string): string[] => readdirSync(join(folder, 'dist')).filter((name) => name.endsWith('.cache'));

function plan(folder: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(folder, 'bin', 'plan.js'), ...args], { encoding: 'utf8', env: { ...process.env, PLAN_DEBUG: '1', NO_COLOR: '1' } });
}

describe('the code cache', () => {
  it("is named for this Node, this architecture and this build", () => {
    const folder = copyOfCli();
    const build = /^\/\/ plan-build (\w+)/.exec(readFileSync(join(folder, 'dist', 'cli.cjs'), 'utf8'))![1]!;
    expect(caches(folder)).toEqual([`cli.${process.version}.${process.arch}.${build}.cache`]);
    const { cachePathFor } = createRequire(import.meta.url)(join(folder, 'bin', 'load-bundle.js')) as { cachePathFor: (source: string) => string };
    // another build's bundle never reads this build's cache
    expect(cachePathFor('// plan-build 0000\n')).not.toBe(cachePathFor(`// plan-build ${build}\n`));
  });

  it('a rejected cache is noticed under PLAN_DEBUG, the command still runs, and the cache is made anew', () => {
    const folder = copyOfCli();
    const cache = join(folder, 'dist', caches(folder)[0]!);
    writeFileSync(cache, 'not a code cache');
    const first = plan(folder, 'status', '--plan', join(folder, 'plan'), '--format', 'json');
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).schema).toBe('plan-report/v1');
    expect(first.stderr).toMatch(/V8 rejected the code cache .*; compiled from source, a new cache is made/);
    expect(statSync(cache).size).toBeGreaterThan(10_000);
    const second = plan(folder, '--version');
    expect(second.stderr).not.toMatch(/rejected/);
  });

  it('a run without a cache makes one; nothing else is written beside the bundle', () => {
    const folder = copyOfCli();
    for (const name of caches(folder)) rmSync(join(folder, 'dist', name));
    expect(plan(folder, '--version').status).toBe(0);
    expect(caches(folder)).toHaveLength(1);
    expect(readdirSync(join(folder, 'dist')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(folder, 'dist', 'cli.cjs.cache'))).toBe(false);
  });
});
