// How much of the training split's gold the lexicon finds, and what it misses or finds wrongly:
// the list to grow the lexicon from. Reads the train split of training/data/notes only, never dev,
// test or the out-of-style notes, so that growing the lexicon from it leaves every score honest.
//   npx tsx training/lexiconCoverage.ts [--lexicon models/default-it/lexicon.tsv] [--misses N] [--label PROBLEM]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate, Label, Span } from '../src/engine/entity';
import { LABELS } from '../src/engine/entity';
import { Lexicon } from '../src/engine/lexicon/lexicon';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import { compileNotes, type CompiledNote } from './compileNotes';

const NOTES_DIR = join(__dirname, 'data', 'notes');

export interface Coverage {
  /** Per label: gold entities, those a lexicon match of the same label overlaps, and those it matches exactly. */
  perLabel: Record<Label, { gold: number; overlap: number; strict: number }>;
  /** Gold entities no lexicon match of their label overlaps, by label and text. */
  missed: Map<string, number>;
  /** Lexicon matches that overlap no gold entity of their label, by label and text. */
  spurious: Map<string, number>;
}

export function lexiconCoverage(lexicon: Lexicon, notes: readonly CompiledNote[]): Coverage {
  const perLabel = Object.fromEntries(LABELS.map((l) => [l, { gold: 0, overlap: 0, strict: 0 }])) as Coverage['perLabel'];
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const count = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  const overlaps = (a: Span, b: Span): boolean => a.label === b.label && a.start < b.end && b.start < a.end;
  for (const note of notes) {
    const matches: Candidate[] = splitSentences(note.text).flatMap((s) =>
      lexicon.match(note.text.slice(s.start, s.end)).map((c) => ({ ...c, start: c.start + s.start, end: c.end + s.start })));
    for (const gold of note.entities) {
      const tally = perLabel[gold.label];
      tally.gold++;
      if (matches.some((m) => overlaps(m, gold))) tally.overlap++;
      else count(missed, `${gold.label}\t${gold.text}`);
      if (matches.some((m) => m.label === gold.label && m.start === gold.start && m.end === gold.end)) tally.strict++;
    }
    for (const m of matches) {
      if (!note.entities.some((gold) => overlaps(m, gold))) count(spurious, `${m.label}\t${note.text.slice(m.start, m.end)}`);
    }
  }
  return { perLabel, missed, spurious };
}

function option(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
}

function main(argv: string[]): number {
  const lexiconFile = option(argv, 'lexicon', join(__dirname, '..', 'models', 'default-it', 'lexicon.tsv'));
  const lexicon = Lexicon.fromTsv(readFileSync(lexiconFile, 'utf8'), lexiconFile);
  const files = readdirSync(NOTES_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(NOTES_DIR, f));
  const train = compileNotes(files).notes.filter((n) => n.split === 'train');
  const { perLabel, missed, spurious } = lexiconCoverage(lexicon, train);
  console.log(`${lexiconFile}: ${lexicon.size} entries; ${train.length} training notes`);
  for (const [label, t] of Object.entries(perLabel)) {
    console.log(`${label}: ${t.gold} gold, lexicon overlaps ${t.overlap} (${(100 * t.overlap / t.gold).toFixed(1)}%), exact ${t.strict} (${(100 * t.strict / t.gold).toFixed(1)}%)`);
  }
  const label = option(argv, 'label', '');
  const top = Number(option(argv, 'misses', '0'));
  const list = (title: string, map: Map<string, number>): void => {
    console.log(`\n${title}:`);
    for (const [key, n] of [...map].filter(([k]) => k.startsWith(label)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${n}\t${key}`);
  };
  if (top > 0) {
    list('missed gold entities', missed);
    list('lexicon matches on no gold entity', spurious);
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
