// Turns the compiled notes into the tensors the trainer reads, tokenised exactly as the engine
// tokenises at run time (the engine's own tokenizer on the same tokenizer.json, the same sentence
// splitter, [CLS] … [SEP] windows) with the same piece features (pieceFeatures.ts: what the lexicon
// and the patterns find, and word shapes). Augmentation touches only the training split: entity
// substitution from the lexicon, typos, dropped punctuation, the orthography of real documents
// (typographic apostrophes and quotes, accents typed as apostrophes, capitals, dotted
// abbreviations), and knowledge hints left out, so that the model also learns from context.
//   npx tsx training/prepareDataset.ts --notes notes.jsonl --tokenizer tokenizer.json
//        --model-lexicon lexicon.tsv --out dataset.jsonl --features-out features.json
//        [--copies 3] [--seed 13] [--window 128]
import { readFileSync, writeFileSync } from 'node:fs';
import type { Candidate, Label, Span } from '../src/engine/entity';
import { Lexicon } from '../src/engine/lexicon/lexicon';
import { KNOWN_FEATURES, pieceFeatures } from '../src/engine/model/pieceFeatures';
import { WordPieceTokenizer } from '../src/engine/model/wordPieceTokenizer';
import { PatternSet } from '../src/engine/patterns/patternSet';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import { tidyCandidates } from '../src/engine/text/spanEdges';
import type { CompiledNote } from './compileNotes';
import { readLexiconSources } from './lexicon/lexiconSources';
import { realOrthography } from './orthographyAugmentation';

export const BIOES_TAGS = ['O', 'B-PROBLEM', 'I-PROBLEM', 'E-PROBLEM', 'S-PROBLEM', 'B-TREATMENT', 'I-TREATMENT',
  'E-TREATMENT', 'S-TREATMENT', 'B-TEST', 'I-TEST', 'E-TEST', 'S-TEST'];

interface Example {
  split: string;
  note: string;
  input_ids: number[];
  word_starts: number[];
  tags: number[];
  /** Per piece of input_ids ([CLS] and [SEP] included), the indices of its active features. */
  features: number[][];
}

/** What the model reads beside its pieces, in the order of config.json's input_features. */
export const INPUT_FEATURES = KNOWN_FEATURES;

interface Knowledge {
  lexicon: Lexicon;
  patterns: PatternSet;
}

/** How often an augmented copy leaves out the knowledge hints: one candidate, or a whole sentence's. */
const HINT_DROPOUT = 0.3;
const SENTENCE_HINT_DROPOUT = 0.1;

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

/** The lexicon sources' terms by label, to substitute for entities of that label. */
function lexiconTermsByLabel(): Map<Label, string[]> {
  const terms = new Map<Label, string[]>();
  for (const { term, label } of readLexiconSources().kept) {
    const list = terms.get(label) ?? [];
    list.push(term);
    terms.set(label, list);
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
function wordTags(words: readonly { start: number; end: number }[], entities: readonly Span[]): number[] {
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

async function examplesOf(
  note: CompiledNote,
  tokenizer: WordPieceTokenizer,
  knowledge: Knowledge,
  window: number,
  dropHints: (() => number) | undefined,
): Promise<Example[]> {
  const examples: Example[] = [];
  const sentences = splitSentences(note.text);
  const texts = sentences.map((s) => note.text.slice(s.start, s.end));
  const encodings = await tokenizer.encodeBatch(texts);
  const { cls, sep } = tokenizer.special;
  sentences.forEach((sentence, index) => {
    const encoding = encodings[index];
    const text = texts[index];
    const lexical = knowledge.lexicon.match(text);
    let hints: Candidate[] = tidyCandidates(text, [...lexical, ...knowledge.patterns.match(text, lexical)]);
    if (dropHints) hints = dropHints() < SENTENCE_HINT_DROPOUT ? [] : hints.filter(() => dropHints() >= HINT_DROPOUT);
    const width = INPUT_FEATURES.length;
    const features = pieceFeatures(text, encoding, hints, INPUT_FEATURES);
    const active = (piece: number) => INPUT_FEATURES.flatMap((_, f) => (features[piece * width + f] === 1 ? [f] : []));
    const words: { start: number; end: number; first: number; last: number }[] = [];
    encoding.wordIds.forEach((id, piece) => {
      const start = sentence.start + encoding.starts[piece];
      const end = sentence.start + encoding.ends[piece];
      const previous = words[id];
      if (previous) {
        previous.end = Math.max(previous.end, end);
        previous.last = piece;
      } else {
        words[id] = { start, end, first: piece, last: piece };
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
      const pieces = Array.from({ length: pieceEnd - pieceStart + 1 }, (_, k) => pieceStart + k);
      examples.push({
        split: note.split,
        note: note.id,
        input_ids: [cls, ...pieces.map((p) => encoding.ids[p]), sep],
        word_starts: words.slice(from, to).map((w) => w.first - pieceStart + 1),
        tags: tags.slice(from, to),
        features: [[], ...pieces.map(active), []],
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
  const tokenizerFile = option(argv, 'tokenizer');
  const tokenizer = WordPieceTokenizer.fromJson(JSON.parse(readFileSync(tokenizerFile, 'utf8')), tokenizerFile);
  const terms = lexiconTermsByLabel();
  const lexiconFile = option(argv, 'model-lexicon');
  const knowledge = { lexicon: Lexicon.fromTsv(readFileSync(lexiconFile, 'utf8'), lexiconFile), patterns: PatternSet.default() };
  const copies = Number(option(argv, 'copies', '3'));
  const window = Number(option(argv, 'window', '128'));
  const random = seededRandom(Number(option(argv, 'seed', '13')));
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  for (const note of notes) {
    if (note.split === 'oos') continue;
    const variants = note.split === 'train' ? [note, ...Array.from({ length: copies }, () => realOrthography(augment(note, terms, random), random))] : [note];
    for (const [k, variant] of variants.entries()) {
      for (const example of await examplesOf(variant, tokenizer, knowledge, window, k > 0 ? random : undefined)) {
        lines.push(JSON.stringify(example));
        counts[example.split] = (counts[example.split] ?? 0) + 1;
      }
    }
  }
  writeFileSync(option(argv, 'out'), lines.join('\n') + '\n');
  writeFileSync(option(argv, 'features-out'), JSON.stringify(INPUT_FEATURES) + '\n');
  console.log(`dataset: ${JSON.stringify(counts)} windows, ${INPUT_FEATURES.length} piece features`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
