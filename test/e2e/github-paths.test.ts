// `plan validate --format github` names each file from the top of the git repository, as
// GitHub places annotations, whichever folder of the repository the step runs in; outside
// a repository, from the current folder. Checked with the built CLI in a temporary
// repository (and a worktree of it, whose `.git` is a file), with `git rev-parse
// --show-toplevel` as the judge of where the top is.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
/** A plan with one finding, in indicators.yaml (`untis` for `unit`). */
const FIXTURE = join(ROOT, 'fixtures', 'invalid', 'key-typo');

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function plan(args: string[], cwd: string): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.PLAN_DEBUG;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function git(args: string[], cwd: string): { ok: boolean; stdout: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.com' };
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  return { ok: result.status === 0, stdout: result.stdout.trim() };
}

/** The `file=` of every annotation. */
function annotatedFiles(stdout: string): string[] {
  const files = [...stdout.matchAll(/^::(?:error|warning|notice) file=([^,:]+)/gm)].map((match) => match[1]!);
  expect(files.length, stdout).toBeGreaterThan(0);
  return files;
}

let temp: string;
let repository: string;
let planFolder: string;

beforeAll(() => {
  // realpath: git prints the real path, and a temporary folder may sit behind a symlink.
  temp = realpathSync(mkdtempSync(join(tmpdir(), 'plan-github-')));
  repository = join(temp, 'repo');
  mkdirSync(repository);
  expect(git(['init', '-q'], repository).ok).toBe(true);
  planFolder = join(repository, 'plans', 'shanghai');
  cpSync(FIXTURE, planFolder, { recursive: true });
  mkdirSync(join(repository, 'tools', 'ci'), { recursive: true });
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('validate --format github inside a git repository', () => {
  it('from the plan folder itself, names the file from the repository top, where git says it is', () => {
    const run = plan(['validate', '--format', 'github'], planFolder);
    expect(run.status).toBe(1);
    const top = git(['rev-parse', '--show-toplevel'], planFolder).stdout;
    expect(top).toBe(repository);
    for (const file of annotatedFiles(run.stdout)) {
      expect(file).toBe('plans/shanghai/indicators.yaml');
      expect(existsSync(join(top, file))).toBe(true);
    }
  });

  it('from another nested folder, naming the plan by a relative path', () => {
    const run = plan(['validate', '../../plans/shanghai', '--format', 'github'], join(repository, 'tools', 'ci'));
    expect(run.status).toBe(1);
    expect(annotatedFiles(run.stdout)).toEqual(['plans/shanghai/indicators.yaml']);
  });

  it('a single file named from its own folder', () => {
    const run = plan(['validate', 'indicators.yaml', '--format', 'github'], planFolder);
    expect(run.status).toBe(1);
    expect(annotatedFiles(run.stdout)).toEqual(['plans/shanghai/indicators.yaml']);
  });

  it('the text format keeps paths from the current folder, for the person reading it', () => {
    const run = plan(['validate'], planFolder);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^indicators\.yaml:\d+:\d+ /m);
  });

  it('in a worktree, whose .git is a file, from the worktree top', () => {
    expect(git(['add', '.'], repository).ok).toBe(true);
    expect(git(['commit', '-q', '-m', 'plan'], repository).ok).toBe(true);
    const worktree = join(temp, 'worktree');
    expect(git(['worktree', 'add', '-q', worktree], repository).ok).toBe(true);
    const nested = join(worktree, 'plans', 'shanghai');
    expect(git(['rev-parse', '--show-toplevel'], nested).stdout).toBe(worktree);
    const run = plan(['validate', '--format', 'github'], nested);
    expect(annotatedFiles(run.stdout)).toEqual(['plans/shanghai/indicators.yaml']);
  });
});

describe('validate --format github outside a repository', () => {
  it('names files from the current folder', () => {
    const outside = join(temp, 'outside');
    cpSync(FIXTURE, join(outside, 'city'), { recursive: true });
    // The premise: no repository above the temporary folder.
    expect(git(['rev-parse', '--show-toplevel'], outside).ok).toBe(false);
    const run = plan(['validate', 'city', '--format', 'github'], outside);
    expect(run.status).toBe(1);
    expect(annotatedFiles(run.stdout)).toEqual(['city/indicators.yaml']);
    const inside = plan(['validate', '--format', 'github'], join(outside, 'city'));
    expect(annotatedFiles(inside.stdout)).toEqual(['indicators.yaml']);
  });
});
