import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Span } from '../src/engine/entity';

/** A note of training/data/notes.jsonl, as training/compileNotes.ts writes it. */
export interface CompiledNoteLine {
  id: string;
  split: string;
  text: string;
  entities: Span[];
}

/** Every compiled note (the project's and the out-of-style ones); `root` is the repository's. */
export function compiledNotes(root = path.join(__dirname, '..')): CompiledNoteLine[] {
  const file = path.join(root, 'training', 'data', 'notes.jsonl');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npx tsx training/compileNotes.ts`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CompiledNoteLine);
}

/** Notes written for the project (training/data), joined until the text has `words` words; `root` is the repository's. */
export function clinicalText(words: number, root = path.join(__dirname, '..')): string {
  const notes = compiledNotes(root).map((n) => n.text);
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const note = notes[i % notes.length];
    parts.push(note);
    count += note.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}
