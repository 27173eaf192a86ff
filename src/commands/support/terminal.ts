// What the terminal asks of the output: colour or not, and how wide a table may be. Read
// here from the environment and the stream, so that reporters only take the decision.

export interface TerminalEnv {
  readonly [name: string]: string | undefined;
}

export interface OutputStream {
  isTTY?: boolean;
  columns?: number;
}

/**
 * Colour: --no-color wins; then FORCE_COLOR (1, 2, 3 or empty forces it, 0 or false turns
 * it off, as Node and chalk read it, and it outranks NO_COLOR as in Node); then NO_COLOR;
 * then a dumb terminal (TERM=dumb) gets none; else colour on a terminal only.
 */
export function useColor(flag: boolean | undefined, env: TerminalEnv, stream: OutputStream): boolean {
  if (flag === false) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/**
 * The width a table should fit, in columns, or undefined for no limit: COLUMNS when it is
 * set to a whole number (the user's explicit choice, as Python's get_terminal_size reads
 * it), else the terminal's width when the output is a terminal; piped output has no limit.
 */
export function terminalWidth(env: TerminalEnv, stream: OutputStream): number | undefined {
  const columns = env.COLUMNS?.trim();
  if (columns && /^\d+$/.test(columns) && Number(columns) > 0) return Number(columns);
  if (stream.isTTY === true && stream.columns && stream.columns > 0) return stream.columns;
  return undefined;
}
