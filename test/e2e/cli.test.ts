// The built CLI as a user and a CI job run it: `node bin/plan.js …` in a child process,
// checking stdout, stderr and the exit code. `npm test` builds first; run alone, this file
// builds dist/cli.cjs only when it is missing.

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
const KEY_TYPO = 'fixtures/invalid/key-typo';

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Every run's stderr, to check at the end that none held a stack trace. */
const allStderr: string[] = [];

function plan(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env.PLAN_DEBUG;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  const run = { stdout: result.stdout, stderr: result.stderr, status: result.status };
  allStderr.push(run.stderr);
  return run;
}

/** A stack frame line as Node prints it ("    at fn (file:1:2)"). */
const STACK_FRAME = /^\s+at /m;

let temp: string;
/** A folder without plan.yaml: commands there use the embedded plan. */
let emptyCwd: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'plan-e2e-'));
  emptyCwd = mkdtempSync(join(temp, 'cwd-'));
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('plan validate', () => {
  it('the embedded plan, named by its path, is valid: exit 0, "valid" on stderr, nothing on stdout', () => {
    const run = plan(['validate', '--plan', join(ROOT, 'plan')], { cwd: emptyCwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/valid/);
    expect(plan(['validate', join(ROOT, 'plan')], { cwd: emptyCwd }).status).toBe(0);
  });

  it('no path, no --plan and no plan.yaml here or above: exit 2 with a message naming the embedded plan, never a pass', () => {
    const run = plan(['validate'], { cwd: emptyCwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^plan: no plan\.yaml in .* or any folder above it/);
    expect(run.stderr).toContain(`plan validate --plan ${join(ROOT, 'plan')}`);
    expect(run.stderr).not.toMatch(/valid\n/);
  });

  it('from a nested subfolder of a plan, validate and status find that plan (as git finds its repository)', () => {
    const folder = join(temp, 'nested-plan');
    cpSync(join(ROOT, 'fixtures', 'valid', 'minimal'), folder, { recursive: true });
    const deep = join(folder, 'notes', 'drafts');
    mkdirSync(deep, { recursive: true });
    const validate = plan(['validate', '--format', 'json'], { cwd: deep });
    expect(validate.status).toBe(0);
    expect(validate.stderr).toMatch(/✓ 3 files valid/);
    const status = plan(['status', '--format', 'json'], { cwd: deep });
    expect(status.status).toBe(0);
    expect((JSON.parse(status.stdout) as { plan: { id: string } }).plan.id).toBe('my-plan');
    expect(status.stderr).not.toMatch(/embedded/);
    // A broken plan above is found too, and reported, rather than passed over.
    const broken = join(temp, 'nested-broken');
    cpSync(join(ROOT, KEY_TYPO), broken, { recursive: true });
    mkdirSync(join(broken, 'sub'));
    expect(plan(['validate'], { cwd: join(broken, 'sub') }).status).toBe(1);
  });

  it('text: file:line:col  CODE  message, then the quoted source line and a caret; exit 1', () => {
    const run = plan(['validate', '--plan', KEY_TYPO]);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^fixtures\/invalid\/key-typo\/indicators\.yaml:25:5 {2}KEY_UNKNOWN {2}\S/);
    expect(lines[1]).toBe('  25 |     untis: "%"');
    expect(lines[2]).toBe('     |     ^');
    expect(run.stdout.match(/^\S+:\d+:\d+ {2}[A-Z_]+ /gm)).toHaveLength(1);
    expect(run.stderr).not.toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('json: stdout is a JSON array of findings with code, file, line, col and message; exit 1', () => {
    const run = plan(['validate', '--plan', KEY_TYPO, '--format', 'json']);
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(typeof finding.code).toBe('string');
      expect(typeof finding.file).toBe('string');
      expect(Number.isInteger(finding.line)).toBe(true);
      expect(Number.isInteger(finding.col)).toBe(true);
      expect(typeof finding.message).toBe('string');
    }
    expect(findings[0]).toMatchObject({ code: 'KEY_UNKNOWN', file: 'fixtures/invalid/key-typo/indicators.yaml', line: 25, col: 5 });
  });

  it('github: one ::error workflow command per finding with file, line and col; exit 1', () => {
    const run = plan(['validate', '--plan', KEY_TYPO, '--format', 'github']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=fixtures\/invalid\/key-typo\/indicators\.yaml,line=25,col=5(,title=KEY_UNKNOWN)?::\S/);
  });

  it('a path given as an argument works like --plan', () => {
    const run = plan(['validate', KEY_TYPO, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ code: 'KEY_UNKNOWN', line: 25, col: 5 });
  });

  it.each([
    ['--plan', ['validate', '--plan', 'no/such/plan']],
    ['argument', ['validate', 'no/such/plan']],
    ['a file that is no plan', ['status', '--plan', 'package.json']],
  ])('a missing or unusable path (%s) → exit 2, a message on stderr, no stack trace', (_how, args) => {
    const run = plan(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).not.toBe('');
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('an unknown option → exit 2, nothing on stdout', () => {
    const run = plan(['validate', '--no-such-option']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--no-such-option/);
  });

  it('an unknown --format → exit 2', () => {
    const run = plan(['validate', '--format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });
});

describe('plan status', () => {
  it('--format json: pure JSON on stdout, schema plan-report/v1; the embedded plan said on stderr', () => {
    const run = plan(['status', '--format', 'json'], { cwd: emptyCwd });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { schema: string; indicators: unknown[] };
    expect(report.schema).toBe('plan-report/v1');
    expect(report.indicators.length).toBeGreaterThan(0);
    expect(run.stderr).toBe('plan: no plan.yaml here or above; using the embedded Shanghai plan\n');
  });

  it('the embedded plan is said once on stderr by status and show, and not when it is named', () => {
    const embeddedNotice = /^plan: no plan\.yaml here or above; using the embedded Shanghai plan$/m;
    expect(plan(['status'], { cwd: emptyCwd }).stderr).toMatch(embeddedNotice);
    expect(plan(['status'], { cwd: emptyCwd }).stdout).not.toMatch(/embedded/);
    expect(plan(['show', 'gdp-growth'], { cwd: emptyCwd }).stderr.match(new RegExp(embeddedNotice.source, 'gm'))).toHaveLength(1);
    expect(plan(['status', '--plan', join(ROOT, 'plan')], { cwd: emptyCwd }).stderr).not.toMatch(/embedded/);
  });

  it('--fail-on off-track --year 2025: exit 1, every off-track or missed indicator named on stderr', () => {
    const report = JSON.parse(plan(['status', '--year', '2025', '--format', 'json'], { cwd: emptyCwd }).stdout) as {
      indicators: { id: string; status: string }[];
    };
    const failing = report.indicators.filter((indicator) => indicator.status === 'off-track' || indicator.status === 'missed').map((indicator) => indicator.id);
    expect(failing.length).toBeGreaterThan(0);

    const run = plan(['status', '--fail-on', 'off-track', '--year', '2025'], { cwd: emptyCwd });
    expect(run.status).toBe(1);
    for (const id of failing) expect(run.stderr).toContain(id);
    expect(run.stdout).not.toBe('');
  });

  it('on an invalid plan: exit 1, the findings on stderr, no stack trace', () => {
    const run = plan(['status', '--plan', KEY_TYPO]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/indicators\.yaml:25:5 {2}KEY_UNKNOWN/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it('a bad --as-of date → exit 2', () => {
    const run = plan(['status', '--as-of', '2025-13-45'], { cwd: emptyCwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
  });

  // Known bug (bin/plan.js / src/cli.ts, not fixed here): when the reader of stdout goes
  // away (`plan status --format json | head -c 1`), the write fails with EPIPE and Node
  // prints an unhandled 'error' event with its stack. Remove `.fails` once it is handled.
  it('a closed stdout pipe ends quietly, without a stack trace', async () => {
    const stderr = await new Promise<string>((done) => {
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
      delete env.PLAN_DEBUG;
      const child = spawn(process.execPath, [BIN, 'status', '--format', 'json'], { cwd: emptyCwd, env });
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', () => done(err));
    });
    expect(stderr).not.toMatch(STACK_FRAME);
  });
});

describe('plan judge', () => {
  it('judges a milestone of a copy of the plan and plan show lists its evidence; a non-milestone is refused (exit 1), the embedded plan is read-only (exit 2)', () => {
    const folder = join(temp, 'judged-plan');
    cpSync(join(ROOT, 'plan'), folder, { recursive: true });
    const file = join(folder, 'observations', 'judgements.yaml');
    const id = 'yangtze-delta-sci-tech-finance-reform-zone';
    const judgement = ['--status', 'partly', '--date', '2024-05-10', '--evidence', 'pilot zone approved', '--source', 'PBOC notice', '--url', 'https://example.org/pboc'];

    const embedded = plan(['judge', id, ...judgement], { cwd: emptyCwd });
    expect(embedded.status).toBe(2);
    expect(embedded.stderr).toMatch(/embedded plan is read-only/);
    const badStatus = plan(['judge', id, ...judgement.slice(2), '--status', 'done', '--plan', folder]);
    expect(badStatus.status).toBe(2);
    expect(badStatus.stderr).toMatch(/achieved, partly, not-yet, ahead, on-track, at-risk, off-track, missed/);

    const before = readFileSync(file);
    const refused = plan(['judge', 'gdp-growth', ...judgement, '--plan', folder]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/judgements\.yaml:\d+:\d+ {2}JUDGEMENT_NOT_MILESTONE/);
    expect(readFileSync(file).equals(before)).toBe(true);

    const judged = plan(['judge', id, ...judgement, '--plan', folder]);
    expect(judged.status, judged.stderr).toBe(0);
    expect(judged.stdout).toBe('');
    expect(judged.stderr).toMatch(/^judged yangtze-delta-sci-tech-finance-reform-zone on 2024-05-10 partly in /);
    expect(plan(['validate', '--plan', folder]).status).toBe(0);
    const shown = plan(['show', id, '--plan', folder, '--as-of', '2025-06-30']);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('\nJudgements (evidence):\n  2024-05-10  partly\n    evidence  pilot zone approved\n    source    PBOC notice\n    url       https://example.org/pboc\n');
    expect(plan(['show', id, '--plan', folder, '--as-of', '2024-05-09']).stdout).not.toContain('pilot zone approved');
  });
});

describe('plan report', () => {
  it('writes a self-contained page with charts through the built CLI (vega loaded on demand)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-e2e-report-'));
    try {
      const out = join(folder, 'report.html');
      const run = plan(['report', '--out', out, '--section', '2.3', '--year', '2025']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toBe('');
      const html = readFileSync(out, 'utf8');
      expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThan(5);
      expect(html).toContain('<section id="gdp-growth">');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('without --out → exit 2', () => {
    expect(plan(['report']).status).toBe(2);
  });
});

describe('plan calc', () => {
  it('cagr --from 100 --to 121 --years 2 prints 10 (%)', () => {
    const run = plan(['calc', 'cagr', '--from', '100', '--to', '121', '--years', '2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/(^|\s)10(\.0+)?\s?%/);
    const json = plan(['calc', 'cagr', '--from', '100', '--to', '121', '--years', '2', '--format', 'json']);
    expect(json.status).toBe(0);
    // JSON: growth rates as fractions, as in the report's JSON, at full precision.
    expect(JSON.parse(json.stdout)).toMatchObject({ operation: 'cagr', unit: 'fraction' });
    expect((JSON.parse(json.stdout) as { value: number }).value).toBeCloseTo(0.1, 12);
  });

  it('prints at most four significant digits; JSON keeps every digit', () => {
    const run = plan(['calc', 'cagr', '--from', '100', '--to', '127.6', '--years', '5']);
    expect(run.stdout).toBe('4.995%  average growth from 100 to 127.6 over 5 years\n');
    const json = JSON.parse(plan(['calc', 'cagr', '--from', '100', '--to', '127.6', '--years', '5', '--format', 'json']).stdout) as { value: number };
    expect(json.value).toBe((127.6 / 100) ** (1 / 5) - 1);
    expect(plan(['calc', 'project', '--from', '3', '--rate', '5', '--years', '1']).stdout).toBe('3.15  3 grown 5% a year for 1 year\n');
  });

  it('--rate below 1 in size is read as percent, with a warning on stderr; 5 gets none', () => {
    const small = plan(['calc', 'project', '--from', '100', '--rate', '0.05', '--years', '10']);
    expect(small.status).toBe(0);
    expect(small.stderr).toBe('plan: --rate is in percent: 0.05 means 0.05%; did you mean 5?\n');
    expect(small.stdout).toMatch(/^100\.5 {2}100 grown 0\.05% a year for 10 years$/m);
    expect(plan(['calc', 'project', '--from', '100', '--rate', '5', '--years', '10']).stderr).toBe('');
    expect(plan(['calc', 'project', '--from', '100', '--rate', '-0.5', '--years', '1']).stderr).toMatch(/did you mean -50\?/);
    const json = JSON.parse(plan(['calc', 'project', '--from', '100', '--rate', '5', '--years', '2', '--format', 'json']).stdout) as { inputs: { rate: number } };
    expect(json.inputs.rate).toBe(0.05);
  });

  it('speaks the language of --lang; the numbers, the JSON keys and the reason code stay', () => {
    expect(plan(['--lang', 'zh', 'calc', 'cagr', '--from', '100', '--to', '127.6', '--years', '5']).stdout).toBe('4.995%  由 100 到 127.6（5 年）的年均增长\n');
    const small = plan(['--lang', 'zh', 'calc', 'project', '--from', '100', '--rate', '0.05', '--years', '10']);
    expect(small.stderr).toBe('plan：--rate 以百分数计：0.05 即 0.05%；是否应为 5？\n');
    const undefinedRun = plan(['--lang', 'zh', 'calc', 'cagr', '--from', '0', '--to', '1', '--years', '2']);
    expect(undefinedRun.status).toBe(1);
    expect(undefinedRun.stdout).toBe('由 0 到 1（2 年）的年均增长：无法计算（计算增长率需要正的起始值（实为0））\n');
    const json = JSON.parse(plan(['--lang', 'zh', 'calc', 'cagr', '--from', '0', '--to', '1', '--years', '2', '--format', 'json']).stdout) as { because: { code: string }; reason: string };
    expect(json.because).toEqual({ code: 'START_NOT_POSITIVE', value: 0 });
    expect(json.reason).toMatch(/\p{Script=Han}/u);
  });

  it('cagr --from 0 --to 1 --years 2: exit 1, says undefined, never NaN or Infinity', () => {
    const run = plan(['calc', 'cagr', '--from', '0', '--to', '1', '--years', '2']);
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/undefined/);
    expect(run.stdout + run.stderr).not.toMatch(/NaN|Infinity/);
    const json = plan(['calc', 'cagr', '--from', '0', '--to', '1', '--years', '2', '--format', 'json']);
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { value: unknown }).value).toBeNull();
  });
});

describe('plan init and plan schema', () => {
  it('init writes a plan that validates (exit 0)', () => {
    const dir = join(temp, 'new-plan');
    const init = plan(['init', dir]);
    expect(init.status).toBe(0);
    expect(init.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(['indicators.yaml', 'observations.yaml', 'plan.yaml', 'schemas']);
    const run = plan(['validate', '--plan', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/valid/);
    // And the folder is now the default plan for commands run inside it.
    expect(plan(['validate'], { cwd: dir }).status).toBe(0);
  });

  it('init refuses a folder that already holds a plan: exit 2, nothing overwritten', () => {
    const dir = join(temp, 'new-plan');
    const run = plan(['init', dir]);
    expect(run.status).toBe(2);
    expect(plan(['validate', '--plan', dir]).status).toBe(0);
  });

  it('schema indicators prints a JSON Schema with $id', () => {
    const run = plan(['schema', 'indicators']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { $id?: unknown; $schema?: unknown };
    expect(typeof schema.$id).toBe('string');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('schema with an unknown kind → exit 2', () => {
    expect(plan(['schema', 'bogus']).status).toBe(2);
  });
});

describe('stack traces', () => {
  it('with PLAN_DEBUG unset, no run above printed a stack trace', () => {
    expect(allStderr.length).toBeGreaterThan(10);
    for (const stderr of allStderr) expect(stderr).not.toMatch(STACK_FRAME);
  });
});
