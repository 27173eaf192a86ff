// The built CLI picks its language from the locale when --lang is not given: LANG (or
// LC_MESSAGES, LC_ALL) zh_* gives Chinese, any other English; --lang outranks the locale.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
/** No plan.yaml here or above: the embedded plan, and its notice on stderr. */
const cwd = mkdtempSync(join(tmpdir(), 'plan-language-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function plan(args: string[], locale: Record<string, string>): { stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: '', ...locale };
  delete env.COLUMNS;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 20_000 });
  expect(run.status, run.stderr).toBe(0);
  return { stdout: run.stdout, stderr: run.stderr };
}

const ARGS = ['status', '--year', '2025', '--section', '2.3', '--format', 'markdown'];

describe('the language of the locale', () => {
  it('LANG=zh_CN.UTF-8 without --lang: Chinese, the notice on stderr too', () => {
    const { stdout, stderr } = plan(ARGS, { LANG: 'zh_CN.UTF-8' });
    expect(stdout.split('\n')[0]).toMatch(/^\| 序号 \| 标识 \| 指标 \|/);
    expect(stdout).toContain('共 ');
    expect(stderr).toBe('plan：本目录及上级目录均无 plan.yaml，使用内置的上海市规划\n');
  });

  it('LANG=en_US.UTF-8: English', () => {
    const { stdout, stderr } = plan(ARGS, { LANG: 'en_US.UTF-8' });
    expect(stdout.split('\n')[0]).toMatch(/^\| # \| id \| name \|/);
    expect(stderr).toBe('plan: no plan.yaml here or above; using the embedded Shanghai plan\n');
  });

  it('--lang en wins over LANG=zh_CN.UTF-8, and --lang zh over LANG=en_US.UTF-8', () => {
    expect(plan(['--lang', 'en', ...ARGS], { LANG: 'zh_CN.UTF-8' }).stdout.split('\n')[0]).toMatch(/^\| # \| id \|/);
    expect(plan([...ARGS, '--lang', 'zh'], { LANG: 'en_US.UTF-8' }).stdout.split('\n')[0]).toMatch(/^\| 序号 \|/);
  });
});
