// Errors that end a command with a documented exit code. cli.ts catches them once and turns
// them into a message on stderr and process.exitCode.

export const EXIT_OK = 0;
/** Findings: an invalid plan, a --fail-on policy matched, an undefined calc result. */
export const EXIT_FINDINGS = 1;
/** Usage or environment: an unknown option, a bad value, a path that cannot be used. */
export const EXIT_USAGE = 2;
/** A fault of the tool itself, to be reported. */
export const EXIT_INTERNAL = 3;

/** Ends the command with `exitCode`; `details` (findings, a diff) goes to stderr before the message. */
export class ExitError extends Error {
  override readonly name: string = 'ExitError';
  constructor(
    readonly exitCode: number,
    message: string,
    readonly details = '',
  ) {
    super(message);
  }
}

/** Bad usage or an unusable environment: unknown option, bad value, missing path. Exit 2. */
export class UsageError extends ExitError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(EXIT_USAGE, message);
  }
}

const FILE_SYSTEM_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'it already exists',
};

/**
 * A refusal of the file system as a one-line usage error naming the path (exit 2); any
 * other error is returned as it is, to surface as an internal one.
 */
export function fileSystemError(error: unknown, action: string, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? FILE_SYSTEM_REASONS[code] : undefined;
  return reason ? new UsageError(`cannot ${action} ${path}: ${reason} (${code})`) : error;
}

/** Runs `work`; a file-system refusal becomes the one-line error of fileSystemError. */
export function explainingFileSystem<T>(action: string, path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw fileSystemError(error, action, path);
  }
}
