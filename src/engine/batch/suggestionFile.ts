import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { describeFileSystemError, readOnlyFileError } from '../files/fileSystemError';

/** Where a batch run writes its suggestion lines, and which documents it already holds. */
export interface SuggestionOutput {
  /** Ids of documents already written (a resumed run skips them). */
  readonly done: ReadonlySet<string>;
  append(line: string): void;
  close(): void;
}

/** The file cannot take suggestions: a gold file, or a line that is not a suggestion. */
export class SuggestionFileError extends Error {
  override name = 'SuggestionFileError';
}

/**
 * A JSON Lines file of suggestions (`{"id", "entities"}` per line), opened for appending.
 * Every line is written with one synchronous write, so an interruption can only leave the last
 * line cut short; opening the file again truncates that partial line, and its document runs again.
 */
export class SuggestionFile implements SuggestionOutput {
  private constructor(
    readonly file: string,
    private fd: number | undefined,
    readonly done: Set<string>,
    /** Bytes of a partial last line removed on opening (0 when the file was whole). */
    readonly repairedBytes: number,
  ) {}

  /** Opens (or creates) the file; a path that cannot be written is a FileSystemError naming it. */
  static open(file: string): SuggestionFile {
    try {
      return SuggestionFile.openOrThrow(file);
    } catch (error) {
      throw describeFileSystemError(error, file, 'write');
    }
  }

  private static openOrThrow(file: string): SuggestionFile {
    // no write permission bit: read-only on purpose, even for root, who could append anyway
    if (existsSync(file) && (statSync(file).mode & 0o222) === 0) throw readOnlyFileError(file);
    const done = new Set<string>();
    let keep = 0;
    let size = 0;
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      size = bytes.length;
      const lastNewline = bytes.lastIndexOf(0x0a);
      keep = lastNewline + 1;
      const lines = bytes.subarray(0, keep).toString('utf8').split('\n');
      lines.forEach((line, index) => {
        if (line.trim() === '') return;
        done.add(suggestionId(line, `${file}:${index + 1}`));
      });
    }
    const fd = openSync(file, existsSync(file) ? 'r+' : 'w');
    if (keep < size) ftruncateSync(fd, keep);
    closeSync(fd);
    return new SuggestionFile(file, openSync(file, 'a'), done, size - keep);
  }

  append(line: string): void {
    if (this.fd === undefined) throw new Error(`${this.file}: already closed`);
    const bytes = Buffer.from(line + '\n', 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(this.fd, bytes, written);
    } catch (error) {
      // a line cut short here is removed when the file is opened again: its document runs again
      throw describeFileSystemError(error, this.file, 'write');
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

function suggestionId(line: string, where: string): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new SuggestionFileError(`${where}: not a JSON line; refusing to append suggestions to this file`);
  }
  const record = value as { id?: unknown; decisions?: unknown; entities?: unknown };
  if (typeof record !== 'object' || record === null || typeof record.id !== 'string') {
    throw new SuggestionFileError(`${where}: expected {"id", "entities"}; refusing to append suggestions to this file`);
  }
  if (Array.isArray(record.decisions)) {
    throw new SuggestionFileError(`${where}: this is a gold file (its lines hold decisions); write suggestions to a separate file`);
  }
  return record.id;
}

/** Output to a stream (stdout): nothing to resume. */
export function streamOutput(stream: NodeJS.WritableStream): SuggestionOutput {
  return { done: new Set(), append: (line) => void stream.write(line + '\n'), close: () => undefined };
}
