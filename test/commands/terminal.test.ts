import { describe, expect, it } from 'vitest';
import { terminalWidth, useColor } from '../../src/commands/support/terminal.js';

const tty = { isTTY: true, columns: 120 };
const pipe = { isTTY: false };

describe('colour', () => {
  it.each([
    ['a terminal', undefined, {}, tty, true],
    ['a pipe', undefined, {}, pipe, false],
    ['TERM=dumb on a terminal', undefined, { TERM: 'dumb' }, tty, false],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, tty, false],
    ['FORCE_COLOR=1 on a pipe', undefined, { FORCE_COLOR: '1' }, pipe, true],
    ['FORCE_COLOR=2 with TERM=dumb', undefined, { FORCE_COLOR: '2', TERM: 'dumb' }, pipe, true],
    ['FORCE_COLOR=3 with NO_COLOR (FORCE_COLOR outranks it, as in Node)', undefined, { FORCE_COLOR: '3', NO_COLOR: '1' }, pipe, true],
    ['FORCE_COLOR empty', undefined, { FORCE_COLOR: '' }, pipe, true],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, tty, false],
    ['FORCE_COLOR=false on a terminal', undefined, { FORCE_COLOR: 'false' }, tty, false],
    ['--no-color with FORCE_COLOR=1', false, { FORCE_COLOR: '1' }, tty, false],
  ])('%s', (_name, flag, env, stream, expected) => {
    expect(useColor(flag as boolean | undefined, env, stream)).toBe(expected);
  });
});

describe('table width', () => {
  it('is the terminal width on a terminal, none on a pipe, COLUMNS in either case', () => {
    expect(terminalWidth({}, tty)).toBe(120);
    expect(terminalWidth({}, pipe)).toBeUndefined();
    expect(terminalWidth({ COLUMNS: '90' }, pipe)).toBe(90);
    expect(terminalWidth({ COLUMNS: '90' }, tty)).toBe(90);
    expect(terminalWidth({ COLUMNS: 'wide' }, tty)).toBe(120);
    expect(terminalWidth({ COLUMNS: '0' }, pipe)).toBeUndefined();
  });
});
