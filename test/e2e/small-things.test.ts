// The small things a first-time user meets, through the built CLI: counts in the singular,
// an empty result said in a sentence, a section that is not there, colour as the
// environment asks for it, the closest id for a typo.

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
const MINIMAL = join(ROOT, 'fixtures', 'valid', 'minimal');
const EMBEDDED = join(ROOT, 'plan');
const ESCAPE = /\u001b\[/;

function plan(args: string[], env: Record<string, string> = {}): { stdout: string; stderr: string; status: number | null } {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'TERM']) delete base[name];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** stdout and stderr of the CLI in a pseudo-terminal (util-linux script), with TERM as given. */
function inTerminal(args: string, term: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: term };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COLUMNS']) delete env[name];
  const command = `stty cols 200; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`;
  const result = spawnSync('script', ['-qc', command, '/dev/null'], { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('counts', () => {
  it('"1 indicator", not "1 indicators"; "2 indicators"', () => {
    const one = plan(['status', '--plan', MINIMAL, '--kind', 'level']);
    expect(one.stdout).toMatch(/^1 indicator: /m);
    const two = plan(['status', '--plan', MINIMAL]);
    expect(two.stdout).toMatch(/^2 indicators: /m);
  });
});

describe('a filter that matches nothing', () => {
  it('says so in one line on stderr, prints no empty table, exits 0', () => {
    const run = plan(['status', '--plan', MINIMAL, '--kind', 'milestone']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('no indicator matches --kind milestone (2 indicators in the plan)\n');
  });

  it('JSON, CSV and Markdown keep their shape for scripts, with the same line on stderr', () => {
    const json = plan(['status', '--plan', MINIMAL, '--kind', 'milestone', '--format', 'json']);
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as { indicators: unknown[] }).indicators).toEqual([]);
    expect(json.stderr).toMatch(/^no indicator matches --kind milestone/);
  });

  it('--section that no indicator is in: a usage error naming the chapters there are (exit 2)', () => {
    const run = plan(['status', '--plan', EMBEDDED, '--section', '99']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^plan: --section 99 matches no section of the plan; its indicators are in chapters 2, 3, .*16/);
    // A section that exists, with a filter that leaves nothing: an answer, not an error.
    const empty = plan(['status', '--plan', EMBEDDED, '--section', '2.3', '--kind', 'standard', '--attribute', 'expected']);
    expect(empty.status).toBe(0);
    expect(empty.stderr).toMatch(/^no indicator matches --attribute expected --section 2\.3 --kind standard/);
  });
});

describe('colour', () => {
  it('FORCE_COLOR=1 colours piped output; without it a pipe gets none', () => {
    expect(plan(['status', '--plan', MINIMAL], { FORCE_COLOR: '1' }).stdout).toMatch(ESCAPE);
    expect(plan(['status', '--plan', MINIMAL]).stdout).not.toMatch(ESCAPE);
    expect(plan(['status', '--plan', MINIMAL, '--no-color'], { FORCE_COLOR: '3' }).stdout).not.toMatch(ESCAPE);
  });

  it('a terminal gets colour, a dumb terminal none', () => {
    expect(inTerminal(`status --plan ${JSON.stringify(MINIMAL)}`, 'xterm-256color')).toMatch(ESCAPE);
    expect(inTerminal(`status --plan ${JSON.stringify(MINIMAL)}`, 'dumb')).not.toMatch(ESCAPE);
  });
});

describe('did you mean', () => {
  it('plan show c919 offers the id', () => {
    const run = plan(['show', 'c919', '--plan', EMBEDDED]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('plan: no indicator "c919" in the plan; did you mean c919-airworthiness-certification?\n');
  });
});
