// plan diff through the built CLI, in a git repository made here: a plan committed, edited,
// committed again, and edited in the work tree. Sides are read through git (no checkout).

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ajv2020Module from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRepository, gitPlanFs, resolveCommit } from '../../src/diff/git-fs.js';
import { loadPlan } from '../../src/load/load-plan.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
const MINIMAL = join(ROOT, 'fixtures', 'valid', 'minimal');
const STACK_FRAME = /^\s+at /m;

/** git and the CLI see only this repository and no one's configuration. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CEILING_DIRECTORIES', 'PLAN_DEBUG', 'FORCE_COLOR']) delete env[name];
  Object.assign(env, { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' });
  return env;
}

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, env: cleanEnv(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function plan(cwd: string, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(), encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  expect(result.stderr).not.toMatch(STACK_FRAME);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${from} not found in ${file}`);
  writeFileSync(file, edited);
}

const BUMP = ['revision: 1', 'revision: 2'] as const;
const REVISIONS_ENTRY = ['    note: First version.\n', '    note: First version.\n  - revision: 2\n    date: 2027-03-01\n    note: Forest target raised.\n'] as const;

let temp: string;
/** plan/ in a subfolder: HEAD~1 as in the fixture, HEAD with the binding forest target lowered 20 → 18. */
let repo: string;
let planDir: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'plan-diff-'));
  repo = join(temp, 'repo');
  planDir = join(repo, 'plan');
  cpSync(MINIMAL, planDir, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'plan');
  edit(join(planDir, 'indicators.yaml'), 'value: 20', 'value: 18');
  git(repo, 'commit', '-q', '-a', '-m', 'lower the forest target');
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('plan diff between git revisions', () => {
  it('HEAD~1 HEAD: the binding target lowered is reported loosened; exit 0 without --fail-on', () => {
    const run = plan(repo, '--plan', 'plan', 'diff', 'HEAD~1', 'HEAD');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/forest-coverage \[binding\]\n {4}target\.value 20 → 18 {2}LOOSENED \(binding\)/);
    expect(run.stdout).toMatch(/revision not bumped/);
    expect(run.stderr).toBe('');
  });

  it('--fail-on loosened: exit 1, the indicator named on stderr', () => {
    const run = plan(repo, '--plan', 'plan', 'diff', 'HEAD~1', 'HEAD', '--fail-on', 'loosened');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--fail-on loosened: 1 binding target loosened: forest-coverage \(target\.value 20 → 18\)/);
  });

  it('--format github with --fail-on loosened: an ::error on the line of the value, in the work-tree path', () => {
    const run = plan(repo, '--plan', 'plan', 'diff', 'HEAD~1', 'HEAD', '--fail-on', 'loosened,unrevised', '--format', 'github');
    expect(run.status).toBe(1);
    const line = readFileSync(join(planDir, 'indicators.yaml'), 'utf8').split('\n').findIndex((text) => text.includes('value: 18')) + 1;
    expect(run.stdout).toContain(`::error file=plan/indicators.yaml,line=${line},col=14,title=binding target loosened::forest-coverage [binding]: target.value 20 → 18 (loosened)`);
    expect(run.stdout).toMatch(/^::error file=plan\/plan\.yaml,line=\d+,col=\d+,title=revision not bumped::/m);
    expect(run.stderr).toMatch(/--fail-on unrevised/);
  });

  it('the other way round the same edit is a tightening: --fail-on loosened passes', () => {
    const run = plan(repo, '--plan', 'plan', 'diff', 'HEAD', 'HEAD~1', '--fail-on', 'loosened');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/target\.value 18 → 20 {2}tightened/);
  });

  it('reads git, not the work tree, and leaves the work tree and index as they were', () => {
    const before = git(repo, 'status', '--porcelain');
    edit(join(planDir, 'indicators.yaml'), 'value: 18', 'value: 25');
    try {
      const run = plan(repo, '--plan', 'plan', 'diff', 'HEAD~1', 'HEAD', '--format', 'json');
      const output = JSON.parse(run.stdout) as { indicators: { changed: { changes: { field: string; new: unknown }[] }[] } };
      expect(output.indicators.changed[0]!.changes).toContainEqual(expect.objectContaining({ field: 'target.value', new: 18 }));
    } finally {
      edit(join(planDir, 'indicators.yaml'), 'value: 25', 'value: 18');
    }
    expect(git(repo, 'status', '--porcelain')).toBe(before);
  });

  it('an unknown revision: exit 2 with a message naming it', () => {
    const run = plan(repo, '--plan', 'plan', 'diff', 'no-such-branch');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/"no-such-branch" is neither a plan folder nor a known git revision/);
    expect(run.stdout).toBe('');
  });

  it('a revision that looks like an option is refused, not handed to git: exit 2', () => {
    const run = plan(repo, '--plan', 'plan', 'diff', '--', '--output=/tmp/x', 'HEAD');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/"--output=\/tmp\/x" is neither a plan folder nor a known git revision/);
  });

  it('outside a git repository a name that is no folder: exit 2', () => {
    const outside = mkdtempSync(join(temp, 'no-git-'));
    cpSync(MINIMAL, outside, { recursive: true });
    const run = plan(outside, 'diff', 'HEAD~1');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/neither a plan folder nor a git revision: not a git repository/);
  });

  it('a revision where the plan folder did not exist yet: exit 2, naming the path and the revision', () => {
    const late = join(temp, 'late');
    git(temp, 'init', '-q', late);
    writeFileSync(join(late, 'README'), 'before the plan\n');
    git(late, 'add', '.');
    git(late, 'commit', '-q', '-m', 'no plan yet');
    cpSync(MINIMAL, join(late, 'plan'), { recursive: true });
    git(late, 'add', '.');
    git(late, 'commit', '-q', '-m', 'plan');
    const run = plan(late, '--plan', 'plan', 'diff', 'HEAD~1');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no plan\/plan\.yaml at "HEAD~1"/);
    expect(plan(late, '--plan', 'plan', 'diff', 'HEAD').status).toBe(0);
  });
});

describe('plan diff REV against the work tree', () => {
  it('HEAD~1 against uncommitted edits: a raised target with a bump and its entry passes both policies', () => {
    const indicators = join(planDir, 'indicators.yaml');
    const planFile = join(planDir, 'plan.yaml');
    const saved = [readFileSync(indicators, 'utf8'), readFileSync(planFile, 'utf8')] as const;
    try {
      edit(indicators, 'value: 18', 'value: 22');
      // Not bumped yet: unrevised.
      const unrevised = plan(repo, '--plan', 'plan', 'diff', 'HEAD~1', '--fail-on', 'loosened', '--fail-on', 'unrevised');
      expect(unrevised.status).toBe(1);
      expect(unrevised.stdout).toMatch(/target\.value 20 → 22 {2}tightened/);
      expect(unrevised.stderr).not.toMatch(/--fail-on loosened/);
      expect(unrevised.stderr).toMatch(/--fail-on unrevised: targets or baselines changed \(forest-coverage\) but revision is still 1/);

      edit(planFile, BUMP[0], BUMP[1]);
      edit(planFile, REVISIONS_ENTRY[0], REVISIONS_ENTRY[1]);
      const bumped = plan(repo, '--plan', 'plan', 'diff', 'HEAD~1', '--fail-on', 'loosened,unrevised', '--format', 'markdown');
      expect(bumped.stderr).toBe('');
      expect(bumped.status).toBe(0);
      expect(bumped.stdout).toMatch(/^### Plan diff: HEAD\\~1 \(\w+\) → working tree \(plan\)$/m);
      expect(bumped.stdout).toMatch(/\| forest-coverage \\\[binding\\\] \| target\.value \| 20 \| 22 \| tightened \|/);
      expect(bumped.stdout).toMatch(/revision 1 → 2; revisions entry added: 2 \(2027-03-01\): Forest target raised\./);
    } finally {
      writeFileSync(indicators, saved[0]);
      writeFileSync(planFile, saved[1]);
    }
  });

  it('a plan at the top of the repository, found as ./plan.yaml: plan diff HEAD~1', () => {
    const top = join(temp, 'top');
    cpSync(MINIMAL, top, { recursive: true });
    git(top, 'init', '-q');
    git(top, 'add', '.');
    git(top, 'commit', '-q', '-m', 'plan');
    edit(join(top, 'indicators.yaml'), 'attribute: binding', 'attribute: expected');
    git(top, 'commit', '-q', '-a', '-m', 'forest expected');
    edit(join(top, 'observations.yaml'), 'value: 5.2', 'value: 5.4');
    const run = plan(top, 'diff', 'HEAD~1', '--fail-on', 'loosened');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/attribute binding → expected {2}LOOSENED \(binding\)/);
    expect(run.stdout).toMatch(/! gdp-growth rate 2027 \(no publication date\): 5\.2 → 5\.4 {2}suspicious/);
    expect(run.stderr).toMatch(/forest-coverage \(attribute binding → expected\)/);
  });

  it('an invalid side: its findings on stderr, exit 1', () => {
    const broken = join(temp, 'broken');
    cpSync(MINIMAL, broken, { recursive: true });
    git(broken, 'init', '-q');
    writeFileSync(join(broken, 'indicators.yaml'), readFileSync(join(broken, 'indicators.yaml'), 'utf8').replace('unit: "%"', 'untis: "%"'));
    git(broken, 'add', '.');
    git(broken, 'commit', '-q', '-m', 'broken plan');
    cpSync(MINIMAL, broken, { recursive: true });
    const run = plan(broken, 'diff', 'HEAD');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/indicators\.yaml:\d+:\d+ {2}KEY_UNKNOWN/);
    expect(run.stderr).toMatch(/HEAD \(\w+\): the plan is invalid/);
  });

  it('two folders, no git needed; the JSON validates against `plan schema diff`', () => {
    const folders = mkdtempSync(join(temp, 'folders-'));
    cpSync(MINIMAL, join(folders, 'old'), { recursive: true });
    cpSync(MINIMAL, join(folders, 'new'), { recursive: true });
    edit(join(folders, 'new', 'indicators.yaml'), 'comparator: approx', 'comparator: ">="');
    const run = plan(folders, 'diff', 'old', 'new/plan.yaml', '--format', 'json');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { old: { label: string }; indicators: { changed: unknown[] } };
    const validate = new ajv2020Module.default({ strict: false }).compile(JSON.parse(plan(folders, 'schema', 'diff').stdout) as object);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.old.label).toBe('old');
    expect(output.indicators.changed).toEqual([{ id: 'gdp-growth', binding: false, changes: [{ field: 'target.comparator', old: 'approx', new: '>=', effect: 'tightened' }] }]);
  });
});

describe('gitPlanFs', () => {
  it('loads a revision as the loader loads a folder, and keeps a linked include inside the folder', () => {
    const linked = join(temp, 'linked');
    cpSync(MINIMAL, join(linked, 'plan'), { recursive: true });
    writeFileSync(join(linked, 'secret.yaml'), readFileSync(join(MINIMAL, 'observations.yaml')));
    rmSync(join(linked, 'plan', 'observations.yaml'));
    symlinkSync('../secret.yaml', join(linked, 'plan', 'observations.yaml'));
    git(linked, 'init', '-q');
    git(linked, 'add', '.');
    git(linked, 'commit', '-q', '-m', 'a link out of the plan folder');
    const repository = findRepository(linked);
    if ('problem' in repository) throw new Error(repository.problem);
    const commit = resolveCommit(repository, 'HEAD')!;
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(resolveCommit(repository, '--all')).toBeNull();
    const mount = join(linked, 'plan');
    const fromGit = loadPlan(mount, { displayBase: linked, fs: gitPlanFs(repository, commit, 'plan', mount) });
    const fromDisk = loadPlan(mount, { displayBase: linked });
    expect(fromGit.findings.map((finding) => [finding.code, finding.file, finding.line])).toEqual(fromDisk.findings.map((finding) => [finding.code, finding.file, finding.line]));
    expect(fromGit.findings.map((finding) => finding.code)).toEqual(['INCLUDE_OUTSIDE']);
  });
});
