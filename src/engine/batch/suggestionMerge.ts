import { closeSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { describeFileSystemError } from '../files/fileSystemError';
import { compareNoteIds } from './noteOrder';

/** A shard file that cannot be joined; the message names the file and what to do. */
export class SuggestionMergeError extends Error {
  override name = 'SuggestionMergeError';
}

export interface MergeReport {
  files: { file: string; notes: number }[];
  /** Notes in the joined file. */
  notes: number;
  /** Lines found, identical, in more than one file (e.g. a shard run twice into two files), written once. */
  duplicates: number;
}

/** Where one suggestion line is: read again from its file when the joined file is written. */
interface LineRef {
  id: string;
  fileIndex: number;
  offset: number;
  length: number;
}

/**
 * Joins the suggestion files of a sharded run (`annotate --shard K/N --out F`) into one file, sorted
 * by note id in the order a folder run writes, so that the joined file of all N shards equals the
 * unsharded run's file line for line. Only an index of the lines (id, file, position) is held in
 * memory, so an archive's millions of notes join in one pass over the files and one write.
 *
 * Refused, with nothing written: a line cut short (its shard was interrupted and must be run again
 * to finish), a line that is not a suggestion line, a gold file, and one note with different
 * suggestions in two files (shards of different runs). The joined file replaces `out` atomically.
 */
export function mergeSuggestionFiles(files: readonly string[], out: string): MergeReport {
  const refs: LineRef[] = [];
  const report: MergeReport = { files: [], notes: 0, duplicates: 0 };
  files.forEach((file, fileIndex) => {
    const before = refs.length;
    indexLines(file, fileIndex, refs);
    report.files.push({ file, notes: refs.length - before });
  });
  refs.sort((a, b) => compareNoteIds(a.id, b.id) || a.fileIndex - b.fileIndex || a.offset - b.offset);

  const descriptors = files.map((file) => openSync(file, 'r'));
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let target: number;
  try {
    target = openSync(temp, 'wx');
  } catch (error) {
    descriptors.forEach((fd) => closeSync(fd));
    throw describeFileSystemError(error, out, 'write');
  }
  try {
    const lineOf = (ref: LineRef) => readLine(descriptors[ref.fileIndex], ref);
    let previous: { ref: LineRef; line: Buffer } | undefined;
    for (const ref of refs) {
      const line = lineOf(ref);
      if (previous && previous.ref.id === ref.id) {
        if (!previous.line.equals(line)) throw conflict(ref.id, files[previous.ref.fileIndex], files[ref.fileIndex]);
        report.duplicates++;
        continue;
      }
      writeAll(target, line);
      report.notes++;
      previous = { ref, line };
    }
    fsyncSync(target);
    closeSync(target);
    renameSync(temp, out);
  } catch (error) {
    try {
      closeSync(target);
    } catch {
      // closed already, before the rename that failed
    }
    rmSync(temp, { force: true });
    throw describeFileSystemError(error, out, 'write');
  } finally {
    descriptors.forEach((fd) => closeSync(fd));
  }
  return report;
}

const CHUNK = 1 << 20;

/** Reads a file in chunks and records where each line is (a line of any length spans chunks). */
function indexLines(file: string, fileIndex: number, refs: LineRef[]): void {
  let fd: number;
  try {
    if (statSync(file).isDirectory()) throw new SuggestionMergeError(`${file}: a folder, not a suggestions file; give the shard files themselves`);
    fd = openSync(file, 'r');
  } catch (error) {
    throw describeFileSystemError(error, file, 'read');
  }
  try {
    const buffer = Buffer.alloc(CHUNK);
    let pending: Buffer[] = [];
    let lineStart = 0;
    let position = 0;
    let lineNumber = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, position);
      if (read === 0) break;
      let from = 0;
      for (let nl = buffer.indexOf(0x0a, 0); nl !== -1 && nl < read; nl = buffer.indexOf(0x0a, nl + 1)) {
        const line = Buffer.concat([...pending, buffer.subarray(from, nl)]);
        pending = [];
        lineNumber++;
        if (line.toString('utf8').trim() !== '') {
          refs.push({ id: suggestionLineId(line, `${file}:${lineNumber}`), fileIndex, offset: lineStart, length: line.length });
        }
        lineStart = position + nl + 1;
        from = nl + 1;
      }
      pending.push(Buffer.from(buffer.subarray(from, read)));
      position += read;
    }
    if (Buffer.concat(pending).toString('utf8').trim() !== '') {
      throw new SuggestionMergeError(`${file}: its last line is cut short, so its shard was interrupted; run that shard's command again to finish it, then join the files`);
    }
  } finally {
    closeSync(fd);
  }
}

function suggestionLineId(line: Buffer, where: string): string {
  let record: { id?: unknown; entities?: unknown; decisions?: unknown };
  try {
    record = JSON.parse(line.toString('utf8')) as typeof record;
  } catch {
    throw new SuggestionMergeError(`${where}: not a JSON line; only files written by \`clinical-ner annotate --out\` can be joined`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record.decisions)) {
    throw new SuggestionMergeError(`${where}: a gold line (it holds decisions); gold files are not suggestions and are never joined`);
  }
  if (typeof record.id !== 'string' || !Array.isArray(record.entities)) {
    throw new SuggestionMergeError(`${where}: expected a suggestion line {"id", "entities"}`);
  }
  return record.id;
}

function readLine(fd: number, ref: LineRef): Buffer {
  const line = Buffer.alloc(ref.length + 1);
  let read = 0;
  while (read < ref.length) read += readSync(fd, line, read, ref.length - read, ref.offset + read);
  line[ref.length] = 0x0a;
  return line;
}

function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written);
}

function conflict(id: string, first: string, second: string): SuggestionMergeError {
  const where = first === second ? `twice in ${first}` : `in both ${first} and ${second}`;
  return new SuggestionMergeError(`note "${id}" has different suggestions ${where}: were these shards of one run (same notes, model and N)? Nothing was written`);
}
