// The one shape of a command. Each command file owns its definition: how it is declared on
// the command line, and what it does with what was parsed. cli.ts wires them all the same
// way, writes their result and sets the exit code.

import type { Command } from 'commander';
import type { Lang } from '../render/cells.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** What every command returns: text for each stream and its exit code. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export const result = (parts: Partial<CommandResult>): CommandResult => ({ stdout: '', stderr: '', exitCode: 0, ...parts });

/** The program's own options, given before or after the command. */
export interface Globals {
  plan?: string;
  lang: Lang;
  color: boolean;
}

export interface CommandContext {
  globals: Globals;
  /** For messages that must come before the result (the embedded plan being used). */
  io: Io;
  today: Date;
  /** The name of the command run (a calc operation, for one). */
  name: string;
}

export interface CommandDefinition<Options = Record<string, unknown>> {
  /** Declares the command, its arguments and options; returns the commands that run it. */
  declare(program: Command): Command | Command[];
  /** The command's positional arguments in order (a variadic one as an array), then its options. */
  run(args: unknown[], options: Options, context: CommandContext): CommandResult | Promise<CommandResult>;
}

/** A definition with its options typed inside, erased for the list cli.ts walks. */
export function defineCommand<Options>(definition: CommandDefinition<Options>): CommandDefinition {
  return definition as unknown as CommandDefinition;
}
