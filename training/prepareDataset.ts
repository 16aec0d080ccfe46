// Turns the compiled notes into the tensors the trainer reads, tokenised exactly as the engine
// tokenises at run time (same tokenizer.json, same sentence splitter, [CLS] … [SEP] windows).
// Augmentation (entity substitution from the lexicon, typos, dropped punctuation) touches only
// the training split.
//   npx tsx training/prepareDataset.ts --notes notes.jsonl --tokenizer tokenizer.json
//        --lexicon a.tsv,b.tsv --out dataset.jsonl [--copies 3] [--seed 13] [--window 128]
import { readFileSync, writeFileSync } from 'node:fs';
import { Tokenizer } from 'tokenizers';
import type { Label, Span } from '../src/engine/entity';
import { codePointToUtf16 } from '../src/engine/model/codePointOffsets';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import type { CompiledNote } from './compileNotes';

export const BIOES_TAGS = ['O', 'B-PROBLEM', 'I-PROBLEM', 'E-PROBLEM', 'S-PROBLEM', 'B-TREATMENT', 'I-TREATMENT',
  'E-TREATMENT', 'S-TREATMENT', 'B-TEST', 'I-TEST', 'E-TEST', 'S-TEST'];

interface Example {
  split: string;
  note: string;
  input_ids: number[];
  word_starts: number[];
  tags: number[];
}

/** Mulberry32: a small seeded generator, so that a rebuild gives the same data set. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readLexiconTerms(files: string[]): Map<Label, string[]> {
  const terms = new Map<Label, string[]>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [term, label] = line.split('\t');
      if (!term || line.startsWith('#') || !label) continue;
      const list = terms.get(label as Label) ?? [];
      list.push(term);
      terms.set(label as Label, list);
    }
  }
  return terms;
}

function typo(word: string, random: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = random();
  if (kind < 0.4) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.7) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + word[i] + word.slice(i);
}

/** Rebuilds a note with some entities replaced (lexicon terms, typos) and some punctuation dropped. */
function augment(note: CompiledNote, terms: Map<Label, string[]>, random: () => number): CompiledNote {
  let text = '';
  const entities: CompiledNote['entities'] = [];
  let cursor = 0;
  const dropPunctuation = random() < 0.15;
  const plain = (s: string) => (dropPunctuation ? s.replace(/[.,;:]/g, ' ') : s);
  for (const e of note.entities) {
    text += plain(note.text.slice(cursor, e.start));
    let surface = e.text;
    const pool = terms.get(e.label);
    const roll = random();
    if (pool && pool.length > 0 && roll < 0.4) {
      surface = pool[Math.floor(random() * pool.length)];
      if (e.text === e.text.toUpperCase() && /\p{Lu}/u.test(e.text) && e.text.length > 4) surface = surface.toUpperCase();
    } else if (roll < 0.47) {
      surface = surface.split(' ').map((w) => (random() < 0.5 ? typo(w, random) : w)).join(' ');
    }
    entities.push({ start: text.length, end: text.length + surface.length, label: e.label, text: surface });
    text += surface;
    cursor = e.end;
  }
  text += plain(note.text.slice(cursor));
  return { ...note, text, entities };
}

/** Word-level BIOES tags for the words of one window; a word belongs to an entity when they overlap. */
function wordTags(words: { start: number; end: number }[], entities: Span[]): number[] {
  const tags = words.map(() => 0);
  for (const e of entities) {
    const inside = words.map((w, i) => (w.start < e.end && w.end > e.start ? i : -1)).filter((i) => i >= 0);
    if (inside.length === 0) continue;
    const base = BIOES_TAGS.indexOf(`B-${e.label}`);
    if (inside.length === 1) tags[inside[0]] = base + 3;
    else inside.forEach((w, k) => { tags[w] = k === 0 ? base : k === inside.length - 1 ? base + 2 : base + 1; });
  }
  return tags;
}

async function examplesOf(note: CompiledNote, tokenizer: Tokenizer, window: number): Promise<Example[]> {
  const examples: Example[] = [];
  const sentences = splitSentences(note.text);
  const encodings = await tokenizer.encodeBatch(sentences.map((s) => note.text.slice(s.start, s.end)));
  sentences.forEach((sentence, index) => {
    const encoding = encodings[index];
    const sentenceText = note.text.slice(sentence.start, sentence.end);
    const toUtf16 = codePointToUtf16(sentenceText);
    const ids = encoding.getIds();
    const wordIds = encoding.getWordIds();
    const offsets = encoding.getOffsets();
    const words: { id: number; start: number; end: number; first: number; last: number }[] = [];
    wordIds.forEach((id, t) => {
      if (id === undefined || id === null || id < 0) return;
      const start = sentence.start + toUtf16(offsets[t][0]);
      const end = sentence.start + toUtf16(offsets[t][1]);
      const previous = words[words.length - 1];
      if (previous && previous.id === id) {
        previous.end = end;
        previous.last = t;
      } else {
        words.push({ id, start, end, first: t, last: t });
      }
    });
    const entities = note.entities.filter((e) => e.start < sentence.end && e.end > sentence.start);
    const tags = wordTags(words, entities);
    // Windows of whole words, at most window - 2 pieces, so [CLS] and [SEP] fit.
    let from = 0;
    while (from < words.length) {
      let to = from;
      while (to < words.length && words[to].last - words[from].first + 1 <= window - 2) to++;
      if (to === from) to = from + 1;
      const pieceStart = words[from].first;
      const pieceEnd = Math.min(words[to - 1].last, pieceStart + window - 3);
      examples.push({
        split: note.split,
        note: note.id,
        input_ids: [ids[0], ...ids.slice(pieceStart, pieceEnd + 1), ids[ids.length - 1]],
        word_starts: words.slice(from, to).map((w) => w.first - pieceStart + 1),
        tags: tags.slice(from, to),
      });
      from = to;
    }
  });
  return examples;
}

function option(argv: string[], name: string, fallback?: string): string {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  if (fallback === undefined) throw new Error(`missing --${name}`);
  return fallback;
}

async function main(argv: string[]): Promise<void> {
  const notes: CompiledNote[] = readFileSync(option(argv, 'notes'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const tokenizer = Tokenizer.fromFile(option(argv, 'tokenizer'));
  const terms = readLexiconTerms(option(argv, 'lexicon', '').split(',').filter(Boolean));
  const copies = Number(option(argv, 'copies', '3'));
  const window = Number(option(argv, 'window', '128'));
  const random = seededRandom(Number(option(argv, 'seed', '13')));
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  for (const note of notes) {
    const variants = note.split === 'train' ? [note, ...Array.from({ length: copies }, () => augment(note, terms, random))] : [note];
    for (const variant of variants) {
      for (const example of await examplesOf(variant, tokenizer, window)) {
        lines.push(JSON.stringify(example));
        counts[example.split] = (counts[example.split] ?? 0) + 1;
      }
    }
  }
  writeFileSync(option(argv, 'out'), lines.join('\n') + '\n');
  console.log(`dataset: ${JSON.stringify(counts)} windows`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
