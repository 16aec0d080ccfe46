import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** A note file that cannot be annotated (binary, too large); the message names the file. */
export class NoteFileError extends Error {
  override name = 'NoteFileError';
}

/** Above this a file is refused rather than loaded whole: notes are kilobytes, not megabytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const NOTE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

/** Reads a note file, refusing binary and oversized files with a message that names the file. */
export function readNoteFile(file: string): string {
  const size = statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw new NoteFileError(`${file}: ${(size / 1048576).toFixed(1)} MB is more than the ${MAX_DOCUMENT_BYTES / 1048576} MB a note may have`);
  }
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) throw new NoteFileError(`${file}: binary file (contains NUL bytes), not a text note`);
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Every note file below a folder, sorted, with ids relative to the folder. */
export function listNoteFiles(dir: string): { id: string; file: string }[] {
  const found: { id: string; file: string }[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (NOTE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
        found.push({ id: path.relative(dir, full).split(path.sep).join('/'), file: full });
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.id.localeCompare(b.id));
}
