import { LABELS, type Candidate } from '../entity';
import { LEXICON_SCORE } from '../lexicon/lexicon';
import { isMostlyCapitals } from '../text/capitals';
import { wordRangesOf, type WordPieceEncoding } from './wordPieceTokenizer';

// A model may take, beside its word pieces, what the lexicon and the patterns found in the
// sentence and the shape of each word (ONNX input `features`, float32 [batch, sequence, F]). It then
// learns when to trust a dictionary match in context instead of memorising the words of its
// training notes: the remedy for low-resource NER the project's real-text scores called for.
// config.json names the features in order (`clinical_ner.input_features`); every name is one of
// these, so a folder trained on a subset, or in another order, runs as it was trained.
const POSITIONS = ['B', 'I', 'E', 'S'] as const;
const SPAN_SOURCES = ['lexicon', 'pattern'] as const;

// `shape:upper_sentence`: most letters of the sentence are capitals (see isMostlyCapitals).
export const SHAPE_FEATURES = ['shape:upper_initial', 'shape:all_upper', 'shape:digit', 'shape:no_letter', 'shape:upper_sentence'] as const;
export const KNOWN_FEATURES: readonly string[] = [
  ...SPAN_SOURCES.flatMap((source) => LABELS.flatMap((label) => POSITIONS.map((p) => `${source}:${label}:${p}`))),
  'lexicon:ambiguous',
  ...SHAPE_FEATURES,
];

/** The name of the ONNX input that carries the features. */
export const FEATURES_INPUT = 'features';

/**
 * The features of every piece of one sentence, row by row ([piece][feature], in the order of
 * `names`). `candidates` are the lexicon's and the patterns' candidates in the sentence (offsets
 * relative to `text`, which the encoding's offsets also index). A word takes the position of each
 * candidate that covers it (B, I, E of a multi-word span, S of a one-word span); every piece of a
 * word carries its word's features.
 */
export function pieceFeatures(text: string, encoding: WordPieceEncoding, candidates: readonly Candidate[], names: readonly string[]): Float32Array {
  const width = names.length;
  const column = new Map(names.map((name, i) => [name, i]));
  const words = wordRangesOf(encoding);
  const wordFeatures = new Float32Array(words.length * width);
  const set = (word: number, name: string) => {
    const c = column.get(name);
    if (c !== undefined) wordFeatures[word * width + c] = 1;
  };
  for (const candidate of candidates) {
    if (candidate.source !== 'lexicon' && candidate.source !== 'pattern') continue;
    const covered = coveredWords(words, candidate);
    if (covered.length === 0) continue;
    covered.forEach((word, k) => {
      const position = covered.length === 1 ? 'S' : k === 0 ? 'B' : k === covered.length - 1 ? 'E' : 'I';
      set(word, `${candidate.source}:${candidate.label}:${position}`);
      if (candidate.source === 'lexicon' && candidate.score < LEXICON_SCORE) set(word, 'lexicon:ambiguous');
    });
  }
  const capitalSentence = isMostlyCapitals(text);
  words.forEach((range, word) => {
    for (const name of shapeOf(text.slice(range.start, range.end))) set(word, name);
    if (capitalSentence) set(word, 'shape:upper_sentence');
  });
  const features = new Float32Array(encoding.ids.length * width);
  for (let piece = 0; piece < encoding.ids.length; piece++) {
    const word = encoding.wordIds[piece];
    features.set(wordFeatures.subarray(word * width, (word + 1) * width), piece * width);
  }
  return features;
}

/** Unknown names in a folder's feature list (the engine cannot compute them). */
export function unknownFeatures(names: readonly string[]): string[] {
  return names.filter((name) => !KNOWN_FEATURES.includes(name));
}

function coveredWords(words: readonly { start: number; end: number }[], span: { start: number; end: number }): number[] {
  const covered: number[] = [];
  words.forEach((w, i) => {
    if (w.start < span.end && w.end > span.start) covered.push(i);
  });
  return covered;
}

function shapeOf(word: string): string[] {
  const shapes: string[] = [];
  const letters = word.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) shapes.push('shape:no_letter');
  if (/^\p{Lu}/u.test(word)) shapes.push('shape:upper_initial');
  if (letters.length >= 2 && !/\p{Ll}/u.test(word)) shapes.push('shape:all_upper');
  if (/\p{N}/u.test(word)) shapes.push('shape:digit');
  return shapes;
}
