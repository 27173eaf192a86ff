// The CI the README offers is the workflow the repository ships, and it passes on the
// embedded plan: the README's blocks are checked against .github/workflows/plan.yml, and
// every `run:` step of the workflow is run as GitHub would run it (bash -e, in the step's
// working directory, appending to $GITHUB_STEP_SUMMARY), with `npx plan` standing for the
// built bin (npx only finds the bin; which plan runs and its exit code are the tool's).
// The pull-request steps diff against the plan itself, as a pull request that changes no
// target would. The pre-commit hook is checked for the fields pre-commit reads.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadPlan } from '../../src/load/load-plan.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
const WORKFLOW = join(ROOT, '.github', 'workflows', 'plan.yml');

interface Step {
  run?: string;
  uses?: string;
  if?: string;
  'working-directory'?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { defaults?: { run?: { 'working-directory'?: string } }; env?: Record<string, string>; steps: Step[] }>;
}

const workflowText = readFileSync(WORKFLOW, 'utf8');
const workflow = parse(workflowText) as Workflow;
const job = Object.values(workflow.jobs)[0]!;
const runSteps = job.steps.filter((step): step is Step & { run: string } => typeof step.run === 'string');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The fenced yaml block that follows the first occurrence of `marker` in the README. */
function readmeBlock(marker: string): string {
  const at = readme.indexOf(marker);
  expect(at, marker).toBeGreaterThanOrEqual(0);
  const start = readme.indexOf('```yaml\n', at) + '```yaml\n'.length;
  return readme.slice(start, readme.indexOf('```\n', start));
}

let temp: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'plan-ci-'));
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the README and the workflow say the same', () => {
  it('the README shows the workflow file as it stands (its leading comment aside)', () => {
    const body = workflowText
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n');
    expect(readmeBlock("The repository's workflow, `.github/workflows/plan.yml`")).toBe(body);
  });

  it('every step of the short snippet is a step of the workflow', () => {
    const snippet = readmeBlock('The CI steps for plan edits');
    const commands = [...snippet.matchAll(/^- run: (.+)$/gm)].map((match) => match[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) expect(runSteps.map((step) => step.run.trim())).toContain(command);
    expect(snippet).not.toContain('--fail-on');
  });

  it('sets up Node 20 after a checkout, and installs with npm ci', () => {
    const uses = job.steps.map((step) => step.uses ?? '');
    expect(uses.findIndex((name) => name.startsWith('actions/checkout@'))).toBe(0);
    const node = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.['node-version']).toBe(20);
    expect(runSteps[0]!.run).toBe('npm ci');
  });
});

describe('the workflow passes on the embedded plan', () => {
  it('runs each step as GitHub would and every one exits 0', () => {
    const summary = join(temp, 'summary.md');
    writeFileSync(summary, '');
    for (const step of runSteps) {
      if (step.run === 'npm ci') continue;
      expect(step.run, 'every other step runs plan through npx').toMatch(/^npx plan /);
      const folder = resolve(ROOT, step['working-directory'] ?? job.defaults?.run?.['working-directory'] ?? '.');
      expect(existsSync(join(folder, 'plan.yaml')), `${folder} holds the plan`).toBe(true);
      const command = step.run.replace(/^npx plan /, `node "${BIN}" `);
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: summary, BASE: resolve(ROOT, 'plan') };
      delete env.PLAN_DEBUG;
      const run = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command], { cwd: folder, env, encoding: 'utf8', timeout: 20_000 });
      expect(run.status, `${step.run}\n${run.stderr}`).toBe(0);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      // The validation step annotates nothing on the embedded plan.
      if (step.run.includes('plan validate')) expect(run.stdout).toBe('');
    }
    const written = readFileSync(summary, 'utf8');
    // The status table: a row for every indicator, then the diff's summary.
    const plan = loadPlan(join(ROOT, 'plan')).plan!;
    for (const { id } of plan.indicators) expect(written).toContain(`| ${id} |`);
    expect(written).toMatch(/Plan diff/);
  });

  it('the status step would fail with --fail-on missed, as the README says: gdp-growth, 4.62% a year', () => {
    const step = runSteps.find((candidate) => candidate.run.includes('plan status'))!;
    const args = step.run.replace(/^npx plan /, '').replace(/\s*>>.*$/, '').split(/\s+/);
    const gated = spawnSync(process.execPath, [BIN, ...args, '--fail-on', 'missed'], { cwd: join(ROOT, 'plan'), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(gated.status).toBe(1);
    expect(gated.stderr).toContain('gdp-growth');
    const json = spawnSync(process.execPath, [BIN, 'status', '--year', '2025', '--format', 'json'], { cwd: join(ROOT, 'plan'), encoding: 'utf8' });
    const gdp = (JSON.parse(json.stdout) as { indicators: { id: string; status: string; current: number }[] }).indicators.find((row) => row.id === 'gdp-growth')!;
    expect(gdp.status).toBe('missed');
    expect(gdp.current.toFixed(2)).toBe('4.62');
    expect(readme).toContain('average 4.62% a year');
  });
});

describe('the pre-commit hook', () => {
  it('plan-validate runs plan validate once over the plan, for YAML edits', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const hook = hooks.find((candidate) => candidate.id === 'plan-validate')!;
    expect(hook).toBeDefined();
    expect(String(hook.entry)).toMatch(/\bplan validate$/);
    expect(hook.pass_filenames).toBe(false);
    const files = new RegExp(String(hook.files));
    for (const name of ['plan/plan.yaml', 'indicators.yml']) expect(files.test(name), name).toBe(true);
    for (const name of ['README.md', 'plan.yaml.bak']) expect(files.test(name), name).toBe(false);
    for (const field of ['name', 'language']) expect(hook[field], field).toBeTruthy();
  });
});
