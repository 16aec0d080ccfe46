import type { Candidate, TextRange } from '../entity';
import { foldCase, stemItalian } from '../lexicon/italianStemmer';
import { LEXICON_SCORE } from '../lexicon/lexicon';
import type { SentenceAnalysis } from '../pipeline/sentenceAnalysis';
import type { CrfSequence } from './crfChain';

/** Size of the hashed space of sparse word features (2^18: few collisions among ~50,000 strings). */
export const SPARSE_DIMENSION = 1 << 18;

/**
 * Turns a sentence's analysis into the words a fitted tagger reads: per word, sparse features
 * (the word, its stem, prefix and suffixes, shape and neighbours; what the merged pipeline and each
 * layer said there, with label and position; whether the term memory rejects it) hashed into
 * SPARSE_DIMENSION, and dense ones (the model's tag probabilities at the word). The same encoding
 * serves every label's tagger.
 */
export function encodeSentence(analysis: SentenceAnalysis, extra: { learned?: readonly Candidate[]; rejected?: readonly TextRange[] } = {}): CrfSequence {
  const { text, words } = analysis;
  const forms = words.map((w) => foldCase(text.slice(w.start, w.end)));
  const stems = forms.map((f) => stemItalian(f));
  const sparse = words.map((word, i) => {
    const names: string[] = [];
    const form = forms[i];
    const raw = text.slice(word.start, word.end);
    names.push(`w:${form}`, `s:${stems[i]}`, `p3:${form.slice(0, 3)}`, `x3:${form.slice(-3)}`, `x4:${form.slice(-4)}`, `sh:${shapeOf(raw)}`);
    names.push(`w-1:${forms[i - 1] ?? '<s>'}`, `w+1:${forms[i + 1] ?? '</s>'}`, `s-2:${stems[i - 2] ?? '<s>'}`, `s+2:${stems[i + 2] ?? '</s>'}`);
    names.push(`w-1|w:${forms[i - 1] ?? '<s>'}|${form}`, `w|w+1:${form}|${forms[i + 1] ?? '</s>'}`);
    for (const e of analysis.entities) {
      const position = positionIn(words, i, e);
      if (position) names.push(`m:${e.label}:${position}`, `m:${e.label}:${position}:${e.source.join('+')}`, `m:${e.label}|s:${stems[i]}`);
    }
    for (const c of [...analysis.candidates, ...(extra.learned ?? [])]) {
      const position = positionIn(words, i, c);
      if (!position) continue;
      names.push(`c:${c.source}:${c.label}:${position}`);
      if (c.source === 'lexicon' && c.score < LEXICON_SCORE) names.push('c:lexicon:ambiguous');
    }
    if (extra.rejected?.some((r) => r.start < word.end && word.start < r.end)) names.push('rejected');
    return Int32Array.from(new Set(names.map(hashFeature)));
  });
  const dense = words.map((_, i) => denseRow(analysis, i));
  return { sparse, dense };
}

/** The dense row of word `i`: the model's tag probabilities. */
function denseRow(analysis: SentenceAnalysis, i: number): Float32Array {
  const read = analysis.wordValues;
  if (!read) return new Float32Array(0);
  return read.values.slice(i * read.width, (i + 1) * read.width).map(Math.exp);
}

/** B, I, E or S when word `i` lies in `span` (by overlap), else undefined. */
function positionIn(words: readonly TextRange[], i: number, span: TextRange): string | undefined {
  const inside = (w: TextRange | undefined) => w !== undefined && w.start < span.end && span.start < w.end;
  if (!inside(words[i])) return undefined;
  const first = !inside(words[i - 1]);
  const last = !inside(words[i + 1]);
  return first && last ? 'S' : first ? 'B' : last ? 'E' : 'I';
}

function shapeOf(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1$1');
}

/** FNV-1a over the UTF-16 units of a feature name, folded into SPARSE_DIMENSION. */
export function hashFeature(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % SPARSE_DIMENSION;
}
