// The command line: commands, options, help text and exit codes. The one place where
// errors become exit codes and where stdout and stderr are written.

import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT_FINDINGS, EXIT_USAGE, UsageError } from './util/errors.js';
import { FINDINGS_FORMATS, type FindingsFormat } from './report/findings.js';
import { validateCommand } from './commands/validate.js';
import { schemaCommand, SCHEMA_KINDS } from './commands/schema.js';
import { initCommand } from './commands/init.js';
import { registerStatusCommands } from './commands/register-status.js';
import { registerRecordCommand } from './commands/register-record.js';
import { registerDiffCommand } from './commands/register-diff.js';
import { VERSION } from './version.js';
import { lineKeeping } from './util/line-io.js';
import { InvalidPlanError } from './commands/load-valid-plan.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('plan')
    .description('Track a development plan: validate its YAML files, compute growth and cumulative targets, report where every indicator stands.')
    .version(VERSION, '-V, --version')
    .option('--plan <dir>', 'plan folder (default: the nearest plan.yaml in this folder or above, else the embedded Shanghai plan, said on stderr; validate then exits 2)')
    .addOption(new Option('--lang <lang>', 'language of names').choices(['zh', 'en']).default('en'))
    .option('--no-color', 'no colour, even on a terminal')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('validate')
    .description('check plan files against their schemas and meaning; every finding with file:line:col')
    .argument('[paths...]', 'plan folders or single plan files (default: the plan)')
    .addOption(new Option('--format <format>', 'output format').choices(FINDINGS_FORMATS).default('text'))
    .action((paths: string[], options: { format: FindingsFormat }, command: Command) => {
      const globals = command.optsWithGlobals<{ plan?: string }>();
      const outcome = validateCommand(paths, { plan: globals.plan, format: options.format });
      io.stdout(outcome.stdout);
      io.stderr(outcome.stderr);
      setExitCode(outcome.exitCode);
    });

  program
    .command('schema')
    .description(`print a JSON Schema: ${SCHEMA_KINDS.join(', ')} (without KIND: list them)`)
    .argument('[kind]', 'which schema')
    .action((kind: string | undefined) => io.stdout(schemaCommand(kind)));

  program
    .command('init')
    .description('write a new, valid plan skeleton with editor modelines')
    .argument('<dir>', 'folder to create the plan in')
    .action((dir: string) => io.stderr(initCommand(dir, new Date())));

  registerStatusCommands(program, io, setExitCode);
  registerRecordCommand(program, io, setExitCode);
  registerDiffCommand(program, io, setExitCode);
  return program;
}

export function parseIntegerOption(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
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
  if (error instanceof InvalidPlanError) {
    io.stderr(`${error.details}plan: ${error.message}\n`);
    return EXIT_FINDINGS;
  }
  if (error instanceof UsageError) {
    io.stderr(`plan: ${error.message}\n`);
    return EXIT_USAGE;
  }
  if (process.env.PLAN_DEBUG === '1') io.stderr(`${(error as Error)?.stack ?? String(error)}\n`);
  else io.stderr(`plan: internal error: ${(error as Error)?.message ?? String(error)} (set PLAN_DEBUG=1 for details)\n`);
  return EXIT_USAGE;
}
