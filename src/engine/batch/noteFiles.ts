import { closeSync, openSync, readdirSync, readSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { describeFileSystemError } from '../files/fileSystemError';
import { decodeText } from '../files/textDecoding';
import { compareNoteIds } from './noteOrder';

/** A note file that cannot be annotated (binary, too large, unreadable…); the message names the file. */
export class NoteFileError extends Error {
  override name = 'NoteFileError';
}

/** Above this a file is refused rather than loaded whole: notes are kilobytes, not megabytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const NOTE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

/** A note found in a folder. */
export interface NoteFileEntry {
  /** The path relative to the folder, with `/` separators. */
  id: string;
  file: string;
  /**
   * Why it cannot be read (a folder that cannot be listed, a dangling link, a FIFO), naming the
   * file: the entry is reported as failed and never opened.
   */
  problem?: string;
}

/**
 * Reads a note file, refusing with a message that names the file what is not a UTF-8 text note:
 * binary, oversized, unreadable, a folder, a socket or device. A FIFO named on purpose (a shell's
 * `<(…)`) is read, up to the size limit.
 */
export function readNoteFile(file: string): string {
  const stat = fileSystemCall(() => statSync(file), file, 'read');
  if (stat.isDirectory()) throw new NoteFileError(`${file}: is a folder, not a note file`);
  const special = specialFileKind(stat);
  if (special && !stat.isFIFO()) throw new NoteFileError(`${file}: ${special}, not a note file; skipped without opening it`);
  if (stat.size > MAX_DOCUMENT_BYTES) throw tooLarge(file, stat.size);
  const bytes = fileSystemCall(() => readAtMost(file, MAX_DOCUMENT_BYTES), file, 'read');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge(file, bytes.length);
  const decoded = decodeText(bytes);
  if ('problem' in decoded) throw new NoteFileError(`${file}: ${decoded.problem}`);
  return decoded.text;
}

/** A note of a folder listing: its text, or the listing's problem with it as a NoteFileError. */
export function loadNote(entry: NoteFileEntry): string {
  if (entry.problem !== undefined) throw new NoteFileError(entry.problem);
  return readNoteFile(entry.file);
}

/**
 * Every note file below a folder, sorted, with ids relative to the folder. What cannot be read is
 * listed with its problem rather than stopping the listing: a subfolder that cannot be listed, a
 * link to nothing, a FIFO, socket or device with a note's name (never opened: a FIFO would block).
 * Links to folders are not followed.
 */
export function listNoteFiles(dir: string): NoteFileEntry[] {
  const found: NoteFileEntry[] = [];
  const idOf = (full: string) => path.relative(dir, full).split(path.sep).join('/') || '.';
  const walk = (current: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      found.push({ id: idOf(current), file: current, problem: messageOf(describeFileSystemError(error, current, 'list the folder')) });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (NOTE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        const note = noteEntry(entry, idOf(full), full);
        if (note) found.push(note);
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => compareNoteIds(a.id, b.id));
}

/** A note-named directory entry as a note, with its problem if it is not a readable file; undefined for a link to a folder. */
function noteEntry(entry: Dirent, id: string, full: string): NoteFileEntry | undefined {
  const withProblem = (problem: string) => ({ id, file: full, problem });
  if (entry.isFile()) return { id, file: full };
  if (!entry.isSymbolicLink()) return withProblem(`${full}: ${specialFileKind(entry)}, not a note file; skipped without opening it`);
  let target: Stats;
  try {
    target = statSync(full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return withProblem(`${full}: a symbolic link to something that does not exist; skipped`);
    return withProblem(messageOf(describeFileSystemError(error, full, 'read')));
  }
  if (target.isDirectory()) return undefined;
  const special = specialFileKind(target);
  return special ? withProblem(`${full}: a symbolic link to ${special}, not a note file; skipped without opening it`) : { id, file: full };
}

function specialFileKind(stat: Stats | Dirent): string | undefined {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return undefined;
}

/** Reads at most `limit + 1` bytes, so that an endless pipe or device cannot fill the memory. */
function readAtMost(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(file: string, bytes: number): NoteFileError {
  return new NoteFileError(`${file}: ${(bytes / 1048576).toFixed(1)} MB is more than the ${MAX_DOCUMENT_BYTES / 1048576} MB a note may have`);
}

function fileSystemCall<T>(call: () => T, file: string, action: string): T {
  try {
    return call();
  } catch (error) {
    throw new NoteFileError(messageOf(describeFileSystemError(error, file, action)));
  }
}

function messageOf(error: unknown): string {
  return (error as Error).message;
}
