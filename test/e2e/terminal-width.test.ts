// plan status in a real terminal: util-linux `script` gives the command a pseudo-terminal
// of a chosen width (stty cols N), so that the CLI sees a TTY as a user's shell gives it.
// Every line must fit the width, the status column must be there, and --wide and piped
// output must keep every column.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-table.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'plan.js');
const ANSI = /\u001b\[[0-9;]*m/g;

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // The outer shell's settings must not decide the width or colour under test.
  for (const name of ['COLUMNS', 'LINES', 'NO_COLOR', 'FORCE_COLOR', 'PLAN_DEBUG']) if (!(name in extra)) delete env[name];
  return env;
}

/** stdout of `plan ARGS` in a pseudo-terminal `columns` wide, escape codes removed, lines without \r. */
function inTerminal(columns: number, args: string, extraEnv: Record<string, string> = {}): string[] {
  // --plan names the embedded plan: in a terminal stderr shares the screen, and the note
  // that the embedded plan is used (when none is named or found) would be one more line.
  const command = `stty cols ${columns}; ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} --plan plan ${args}`;
  const result = spawnSync('script', ['-qc', command, '/dev/null'], { cwd: ROOT, env: cleanEnv(extraEnv), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 });
  if (result.error) throw result.error;
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.replace(ANSI, '').split(/\r?\n/).filter((line) => line !== '');
}

function piped(args: string[], env: Record<string, string> = {}): string[] {
  const result = spawnSync(process.execPath, [BIN, '--plan', 'plan', ...args], { cwd: ROOT, env: cleanEnv(env), encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.split('\n').filter((line) => line !== '');
}

const widest = (lines: string[]): number => Math.max(...lines.map(displayWidth));
const headerOf = (lines: string[]): string[] => lines[1]!.split('│').map((cell) => cell.trim()).filter(Boolean);
const STATUS_WORDS = /achieved|ahead|on-track|at-risk|off-track|missed|no-data|not-assessed/;
let indicatorCount: number;

beforeAll(() => {
  expect(spawnSync('script', ['--version'], { encoding: 'utf8' }).status, 'util-linux script is needed for these tests').toBe(0);
  expect(existsSync(join(ROOT, 'dist', 'cli.cjs')), 'npm run build first').toBe(true);
  indicatorCount = (JSON.parse(piped(['status', '--year', '2025', '--format', 'json']).join('\n')) as { indicators: unknown[] }).indicators.length;
});

describe('plan status fits the terminal', () => {
  const full = (): string[] => piped(['status', '--year', '2025']);

  it.each([80, 120, 200])('%i columns: no line wider, the status column there, every indicator a row', (columns) => {
    const lines = inTerminal(columns, 'status --year 2025');
    expect(widest(lines)).toBeLessThanOrEqual(columns);
    const header = headerOf(lines);
    expect(header).toContain('status');
    expect(header).toContain('name');
    expect(header.at(-1)).toBe('status');
    const rows = lines.filter((line) => line.startsWith('│')).slice(1);
    expect(rows).toHaveLength(indicatorCount);
    expect(rows.every((row) => STATUS_WORDS.test(row.split('│').at(-2)!))).toBe(true);
    // The full table is wider than every one of these terminals: something had to give.
    expect(widest(full())).toBeGreaterThan(columns);
    expect(lines.at(-1)).toMatch(/hidden to fit \d+ columns: .*--wide/);
  });

  it('a wider terminal shows more columns, never fewer', () => {
    const counts = [80, 120, 200].map((columns) => headerOf(inTerminal(columns, 'status --year 2025')).length);
    expect(counts[0]).toBeLessThanOrEqual(counts[1]!);
    expect(counts[1]).toBeLessThanOrEqual(counts[2]!);
    expect(counts[0]).toBeLessThan(counts[2]!);
  });

  it('--wide prints every column at full width, as piped output does', () => {
    const wide = inTerminal(80, 'status --year 2025 --wide');
    expect(widest(wide)).toBeGreaterThan(80);
    expect(headerOf(wide)).toEqual(['#', 'id', 'name', 'unit', 'attr', 'baseline', 'target', 'latest', 'expected', 'progress', 'status']);
    expect(widest(wide)).toBe(widest(full()));
  });

  it('piped output keeps full width; COLUMNS sets a width even then', () => {
    expect(headerOf(full())).toContain('id');
    const narrow = piped(['status', '--year', '2025'], { COLUMNS: '100' });
    expect(widest(narrow)).toBeLessThanOrEqual(100);
    expect(headerOf(narrow)).toContain('status');
  });

  it('COLUMNS outranks the terminal width', () => {
    const lines = inTerminal(200, 'status --year 2025', { COLUMNS: '90' });
    expect(widest(lines)).toBeLessThanOrEqual(90);
  });

  it('Chinese names are measured two columns a character: the zh table fits too', () => {
    const lines = inTerminal(100, '--lang zh status --year 2025');
    expect(widest(lines)).toBeLessThanOrEqual(100);
    expect(lines.some((line) => /[\u4e00-\u9fff]/.test(line))).toBe(true);
  });
});
