// Compiles the inline-markup notes (training/data/notes/*.txt, see GUIDELINES.md) into JSONL with
// UTF-16 offsets, validating every span, and assigns each note a fixed train/dev/test split.
//   npx tsx training/compileNotes.ts                 → writes training/data/notes.jsonl
//   npx tsx training/compileNotes.ts --check FILE…   → validates files, prints counts
//   npx tsx training/compileNotes.ts --gold GOLD.jsonl → adds documents reviewed in the extension
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Assertion, Label, Span } from '../src/engine/entity';
import { deriveGoldSpans } from '../src/gold/goldDocument';
import { documentsOf, parseGoldFile } from '../src/gold/goldFile';

const NOTES_DIR = join(__dirname, 'data', 'notes');
const OUTPUT = join(__dirname, 'data', 'notes.jsonl');
const OUT_OF_STYLE_DIR = join(__dirname, 'data', 'out-of-style');
const LABEL_OF_LETTER: Record<string, Label> = { P: 'PROBLEM', T: 'TEST', R: 'TREATMENT' };
const ASSERTION_OF_CODE: Record<string, Assertion> = {
  neg: 'negated',
  unc: 'uncertain',
  hyp: 'hypothetical',
  hist: 'historical',
  fam: 'family',
};
const HEADER = /^### +([^|]+?) *\| *([^|]+?) *\| *([^|]+?) *(?:\| *(assertions) *)?$/;

/**
 * train/dev/test come from the id hash of the project's notes; `oos` (out of style) is every note
 * of training/data/out-of-style: other writers, other styles, never trained on.
 */
export type Split = 'train' | 'dev' | 'test' | 'oos';

export interface CompiledNote {
  id: string;
  genre: string;
  specialty: string;
  split: Split;
  text: string;
  /** True when the note's statuses were annotated (header field `assertions`): each entity has one. */
  assertions: boolean;
  entities: (Span & { text: string; assertion?: Assertion })[];
}

export class MarkupError extends Error {}

/** Split by note id hash: stable when notes are added or files are reordered. */
export function splitOf(id: string): Split {
  const bucket = createHash('sha256').update(id).digest().readUInt32BE(0) % 100;
  return bucket < 70 ? 'train' : bucket < 85 ? 'dev' : 'test';
}

/**
 * Removes `[text|X]` and `[text|X|status]` markup from one note body, returning its text and
 * entities. With `assertions`, an entity without a status is present.
 */
export function parseMarkup(body: string, where: string, assertions = false): Pick<CompiledNote, 'text' | 'entities'> {
  let text = '';
  const entities: CompiledNote['entities'] = [];
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('[', i);
    const strayClose = body.indexOf(']', i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      throw new MarkupError(`${where}: "]" without "[" near "${body.slice(Math.max(0, strayClose - 30), strayClose + 1)}"`);
    }
    if (open === -1) {
      text += body.slice(i);
      break;
    }
    text += body.slice(i, open);
    const close = body.indexOf(']', open);
    if (close === -1) throw new MarkupError(`${where}: "[" never closed near "${body.slice(open, open + 40)}"`);
    const inner = body.slice(open + 1, close);
    if (inner.includes('[')) throw new MarkupError(`${where}: nested "[" in "${inner}"`);
    const [surface, letter, code, ...extra] = inner.split('|');
    if (letter === undefined) throw new MarkupError(`${where}: span "[${inner}]" has no "|LABEL"`);
    const label = LABEL_OF_LETTER[letter];
    if (!label) throw new MarkupError(`${where}: unknown label "${letter}" in "[${inner}]" (use P, T or R)`);
    if (extra.length > 0) throw new MarkupError(`${where}: too many "|" in "[${inner}]"`);
    const assertion = code === undefined ? 'present' : ASSERTION_OF_CODE[code];
    if (!assertion) throw new MarkupError(`${where}: unknown status "${code}" in "[${inner}]" (use ${Object.keys(ASSERTION_OF_CODE).join(', ')})`);
    if (code !== undefined && !assertions) throw new MarkupError(`${where}: status in "[${inner}]" but the header does not declare "| assertions"`);
    if (surface.trim() === '') throw new MarkupError(`${where}: empty span "[${inner}]"`);
    if (surface !== surface.trim()) throw new MarkupError(`${where}: spaces at the edge of "[${inner}]"`);
    if (surface.includes('\n')) throw new MarkupError(`${where}: span "[${inner}]" crosses a line break`);
    entities.push({ start: text.length, end: text.length + surface.length, label, text: surface, ...(assertions ? { assertion } : {}) });
    text += surface;
    i = close + 1;
  }
  return { text, entities };
}

/** Parses every note of a file; a note with a markup error is reported and left out. */
export function parseNotesFile(content: string, fileName: string, split?: Split): { notes: CompiledNote[]; errors: string[] } {
  const notes: CompiledNote[] = [];
  const errors: string[] = [];
  const lines = content.replace(/\r\n/g, '\n').split('\n');
  let header: RegExpMatchArray | null = null;
  let headerLine = 0;
  let body: string[] = [];
  const finish = () => {
    if (!header) {
      if (body.some((l) => l.trim() !== '')) errors.push(`${fileName}: text without a "### id | genre | specialty" header`);
      return;
    }
    const where = `${fileName}:${headerLine} (${header[1]})`;
    try {
      const assertions = header[4] !== undefined;
      const { text, entities } = parseMarkup(body.join('\n').replace(/^\n+/, '').replace(/\s+$/, ''), where, assertions);
      notes.push({ id: header[1], genre: header[2], specialty: header[3], split: split ?? splitOf(header[1]), text, assertions, entities });
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      errors.push(error.message);
    }
  };
  lines.forEach((line, index) => {
    if (line.startsWith('###')) {
      finish();
      header = line.match(HEADER);
      headerLine = index + 1;
      if (!header) errors.push(`${fileName}:${index + 1}: malformed header "${line}" (### id | genre | specialty [| assertions])`);
      body = [];
    } else {
      body.push(line);
    }
  });
  finish();
  return { notes, errors };
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function summarize(notes: CompiledNote[]): string {
  const perLabel: Record<string, number> = {};
  for (const n of notes) for (const e of n.entities) perLabel[e.label] = (perLabel[e.label] ?? 0) + 1;
  const perSplit: Record<string, number> = {};
  for (const n of notes) perSplit[n.split] = (perSplit[n.split] ?? 0) + 1;
  const words = notes.reduce((sum, n) => sum + wordCount(n.text), 0);
  return `${notes.length} notes, ${words} words, entities ${JSON.stringify(perLabel)}, splits ${JSON.stringify(perSplit)}`;
}

function noteFilesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : [];
}

/**
 * Compiles note files (default: every file of training/data/notes, then the out-of-style notes),
 * checking ids are unique.
 */
export function compileNotes(files = [...noteFilesIn(NOTES_DIR), ...noteFilesIn(OUT_OF_STYLE_DIR)]): {
  notes: CompiledNote[];
  errors: string[];
} {
  const notes: CompiledNote[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const parsed = parseNotesFile(readFileSync(file, 'utf8'), file, resolve(dirname(file)) === OUT_OF_STYLE_DIR ? 'oos' : undefined);
    notes.push(...parsed.notes);
    errors.push(...parsed.errors);
  }
  const seen = new Map<string, number>();
  for (const n of notes) seen.set(n.id, (seen.get(n.id) ?? 0) + 1);
  for (const [id, count] of seen) if (count > 1) errors.push(`note id "${id}" used ${count} times`);
  return { notes, errors };
}

/**
 * Documents reviewed in the extension (a workspace gold file), as notes: their gold spans, minus
 * any an edit made stale, split by the same id hash as the project's notes.
 */
export function notesFromGoldFile(file: string): CompiledNote[] {
  const parsed = parseGoldFile(readFileSync(file, 'utf8'));
  return documentsOf(parsed.entries).map((doc) => {
    const id = `gold:${doc.id}`;
    const entities = deriveGoldSpans(doc).filter((s) => !s.stale).map(({ start, end, label, text }) => ({ start, end, label, text }));
    return { id, genre: 'gold', specialty: 'gold', split: splitOf(id), text: doc.text, assertions: false, entities };
  });
}

function main(argv: string[]): number {
  const check = argv[0] === '--check';
  const goldIndex = argv.indexOf('--gold');
  const { notes, errors } = check ? compileNotes(argv.slice(1)) : compileNotes();
  if (goldIndex >= 0) notes.push(...notesFromGoldFile(argv[goldIndex + 1]));
  for (const e of errors) console.error(`error: ${e}`);
  console.log(summarize(notes));
  if (errors.length > 0) return 1;
  if (!check) {
    writeFileSync(OUTPUT, notes.map((n) => JSON.stringify(n)).join('\n') + '\n');
    console.log(`wrote ${OUTPUT}`);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
