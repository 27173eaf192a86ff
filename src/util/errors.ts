// Errors that end a command with a documented exit code. cli.ts turns them into a
// message on stderr and process.exitCode, once.

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Bad usage or an unusable environment: unknown option, bad value, missing path. Exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
