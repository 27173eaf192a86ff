// The build patches cli-table3's hot spots (scripts/fast-cli-table3.mjs). The patched
// library must draw exactly what the library draws: both are loaded side by side here,
// the patched one from a copy, and given the same tables.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error a build script without type declarations
import { CLI_TABLE3_PATCHES, patchCliTable3 } from '../../scripts/fast-cli-table3.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'plan-cli-table3-'));
mkdirSync(join(temp, 'node_modules'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Table = new (options: object) => unknown[] & { toString(): string };

function patchedCopy(): { Table: Table; applied: Set<number> } {
  // The copy sees the same hoisted dependencies (is-fullwidth-code-point, …) as the original.
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== 'cli-table3' && !name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(temp, 'node_modules', name));
  }
  const copy = join(temp, 'node_modules', 'cli-table3');
  cpSync(join(ROOT, 'node_modules', 'cli-table3'), copy, { recursive: true });
  const applied = new Set<number>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) writeFileSync(path, patchCliTable3(path, readFileSync(path, 'utf8'), applied));
    }
  };
  walk(copy);
  return { Table: createRequire(join(copy, 'index.js'))('./index.js') as Table, applied };
}

const original = createRequire(join(ROOT, 'package.json'))('cli-table3') as Table;
const { Table: patched, applied } = patchedCopy();

function draw(Table: Table, head: string[], rows: string[][], options: object = {}): string {
  const table = new Table({ head, style: { head: [], border: [], compact: true }, ...options });
  table.push(...rows);
  return table.toString();
}

const paint = (text: string): string => `\u001b[32m${text}\u001b[39m`;
const HEAD = ['#', 'id', 'name', 'status'];
const ROWS = [
  ['1', 'gdp-growth', '全市生产总值年均增长率', paint('missed')],
  ['', 'c919-airworthiness-certification', 'C919 适航认证 ✈', '\u001b[1m\u001b[31mnot-assessed\u001b[39m\u001b[22m'],
  ['12', 'old-housing-renovation-block', 'two\nlines', ''],
];

describe('cli-table3 as the build patches it', () => {
  it('every patch found its file', () => {
    expect([...applied].sort()).toEqual(CLI_TABLE3_PATCHES.map((_: unknown, index: number) => index));
  });

  it.each([
    ['plain cells', HEAD, ROWS.map((row) => row.map((cell) => cell.replace(/\u001b\[\d+m/g, ''))), {}],
    ['colour codes, CJK, a line break', HEAD, ROWS, {}],
    ['fixed widths that truncate', HEAD, ROWS, { colWidths: [4, 10, 12, 8] }],
    ['word wrap', HEAD, ROWS, { colWidths: [4, 10, 12, 8], wordWrap: true }],
    ['a row span (not a full grid)', HEAD, [[{ content: 'span', rowSpan: 2 } as unknown as string, 'a', 'b', 'c'], ['d', 'e', 'f']], {}],
    ['no header, rows of unequal length', [], [['a', 'b'], ['c']], {}],
  ])('draws the same: %s', (_name, head, rows, options) => {
    expect(draw(patched, head as string[], rows as string[][], options)).toBe(draw(original, head as string[], rows as string[][], options));
  });
});
