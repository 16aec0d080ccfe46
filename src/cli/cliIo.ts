/** Where a command writes; tests pass in-memory streams. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream;
}

/** A mistake in how the command was called: reported with the usage, exit code 2. */
export class UsageError extends Error {}

/** Bad input (unreadable file, malformed line): reported, exit code 1. */
export class InputError extends Error {}

export const EXIT_OK = 0;
export const EXIT_INPUT_ERROR = 1;
export const EXIT_USAGE = 2;
