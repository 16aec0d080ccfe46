import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from './cliIo';

export interface InputDocument {
  id: string;
  text: string;
}

/** Above this a file is refused rather than loaded whole: notes are kilobytes, not megabytes. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const NOTE_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

/** Reads a note file, refusing binary and oversized files with a message that names the file. */
export function readNoteFile(file: string): string {
  const size = statSync(file).size;
  if (size > MAX_DOCUMENT_BYTES) {
    throw new InputError(`${file}: ${(size / 1048576).toFixed(1)} MB is more than the ${MAX_DOCUMENT_BYTES / 1048576} MB a note may have`);
  }
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${file}: binary file (contains NUL bytes), not a text note`);
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

/** Parses JSONL input lines `{"id", "text"}`; a malformed line names its line number. */
export function parseJsonlDocuments(content: string, where: string): InputDocument[] {
  const documents: InputDocument[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${where}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    const record = value as { id?: unknown; text?: unknown };
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      throw new InputError(`${where}:${index + 1}: expected {"id": …, "text": "…"}`);
    }
    documents.push({ id: record.id === undefined ? String(index + 1) : String(record.id), text: record.text });
  });
  return documents;
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
