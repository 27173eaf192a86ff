// The command line: commands, options, help text and exit codes. The one place where
// errors become exit codes and where stdout and stderr are written.

import { Command, CommanderError, Option } from 'commander';
import { EXIT_INTERNAL, EXIT_USAGE, ExitError } from './util/errors.js';
import type { Globals, Io } from './commands/command.js';
import { COMMANDS } from './commands/index.js';
import { languageFromEnv } from './commands/support/language.js';
import { VERSION } from './version.js';
import { lineKeeping } from './util/line-io.js';

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('plan')
    .description('Track a development plan: validate its YAML files, compute growth and cumulative targets, report where every indicator stands.')
    .version(VERSION, '-V, --version')
    .option('--plan <dir>', 'plan folder (default: the nearest plan.yaml in this folder or above, else the embedded Shanghai plan, said on stderr; validate then exits 2)')
    .addOption(
      new Option('--lang <lang>', 'language of the output: names, headings, statuses, targets, findings, notices')
        .choices(['zh', 'en'])
        .default(languageFromEnv(process.env), 'zh under a Chinese LC_ALL, LC_MESSAGES or LANG, else en'),
    )
    .option('--no-color', 'no colour, even on a terminal')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  // Every command is wired the same way: its arguments and options in, one result out.
  for (const definition of COMMANDS) {
    for (const command of [definition.declare(program)].flat()) {
      command.action(async (...parsed: unknown[]) => {
        const self = parsed.at(-1) as Command;
        const options = parsed.at(-2) as Record<string, unknown>;
        const context = { globals: self.optsWithGlobals<Globals>(), io, today: new Date(), name: self.name() };
        const outcome = await definition.run(parsed.slice(0, -2), options, context);
        io.stdout(outcome.stdout);
        io.stderr(outcome.stderr);
        setExitCode(outcome.exitCode);
      });
    }
  }
  return program;
}

/** Entry point of bin/plan.js. */
export async function run(argv: string[], outputIo: Io = processIo): Promise<number> {
  if (outputIo === processIo) endQuietlyOnClosedPipe();
  const io = lineKeeping(outputIo);
  let exitCode = 0;
  const setExitCode = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  const program = buildProgram(io, setExitCode);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    exitCode = handleError(error, io);
  }
  io.finish();
  process.exitCode = exitCode;
  return exitCode;
}

/** `plan status | head` closes the pipe early: that is the reader's choice, not an error. */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

function handleError(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; commander has already printed its message.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    return EXIT_USAGE;
  }
  if (error instanceof ExitError) {
    io.stderr(`${error.details}plan: ${error.message}\n`);
    return error.exitCode;
  }
  // Anything else is a fault of the tool, not of the plan or the command line.
  if (process.env.PLAN_DEBUG === '1') io.stderr(`${(error as Error)?.stack ?? String(error)}\n`);
  io.stderr(`plan: internal error: ${(error as Error)?.message ?? String(error)}\nThis is a bug in plan ${VERSION}: please report it with the command you ran${process.env.PLAN_DEBUG === '1' ? ' and the trace above' : ' (PLAN_DEBUG=1 prints where it happened)'}.\n`);
  return EXIT_INTERNAL;
}
