import type { Label } from '../entity';
import type { CrfScores, Decoding } from './modelConfig';
import { isValidTransition, type Tag, type TagScheme } from './tagScheme';
import { probabilityAt } from './tokenProbabilities';
import { viterbi, type ChainScores } from './viterbi';

/** Words [startWord, endWord) of one sentence that form an entity. */
export interface WordSpan {
  startWord: number;
  endWord: number;
  label: Label;
}

export interface ScoredWordSpan extends WordSpan {
  /** Mean probability of the tags chosen for the span's words. */
  score: number;
}

export interface TagDecoderOptions {
  tags: readonly Tag[];
  scheme: TagScheme;
  decoding: Decoding;
  crf?: CrfScores;
}

/**
 * Reads entities from a tag sequence, repairing what a model may emit in violation of BIO/BIOES:
 * - I-X or E-X with no open X entity (nothing open, or another label open) starts a new X entity
 *   (E-X then makes it a one-word entity); the open one ends before it.
 * - B-X or S-X while an entity is open ends that entity and starts a new one.
 * - An entity still open at O or at the end of the sentence (B or I never closed by E) ends at
 *   its last word: it is kept, not dropped.
 */
export function tagsToSpans(sequence: readonly Tag[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let open: { startWord: number; label: Label } | undefined;
  const close = (endWord: number) => {
    if (open) spans.push({ startWord: open.startWord, endWord, label: open.label });
    open = undefined;
  };
  sequence.forEach((tag, word) => {
    if (tag.prefix === 'O') return close(word);
    const continues = open !== undefined && open.label === tag.label && (tag.prefix === 'I' || tag.prefix === 'E');
    if (!continues) {
      close(word);
      open = { startWord: word, label: tag.label };
    }
    if (tag.prefix === 'E' || tag.prefix === 'S') close(word + 1);
  });
  close(sequence.length);
  return spans;
}

/**
 * Chooses one tag per word from word-level scores ([word][tag]: log-probabilities, or anything
 * that differs from them by a constant per word, like a CRF's emissions) and reads the entities.
 * 'greedy' takes each word's best tag and relies on the repair rules of tagsToSpans; 'viterbi'
 * takes the best sequence that is valid for the scheme, adding the CRF's transition scores (if
 * any). An entity's score is the mean softmax probability of its words' chosen tags.
 */
export function decodeWordTags(
  scores: ArrayLike<number>,
  wordCount: number,
  options: TagDecoderOptions,
): ScoredWordSpan[] {
  const tagCount = options.tags.length;
  const chosen =
    options.decoding === 'viterbi'
      ? viterbi(scores, wordCount, chainScoresOf(options))
      : argmaxTags(scores, wordCount, tagCount);
  return tagsToSpans(chosen.map((id) => options.tags[id])).map((span) => {
    let sum = 0;
    for (let w = span.startWord; w < span.endWord; w++) sum += probabilityAt(scores, w * tagCount, tagCount, w * tagCount + chosen[w]);
    return { ...span, score: sum / (span.endWord - span.startWord) };
  });
}

function argmaxTags(scores: ArrayLike<number>, wordCount: number, tagCount: number): number[] {
  const chosen: number[] = [];
  for (let w = 0; w < wordCount; w++) {
    let best = 0;
    for (let t = 1; t < tagCount; t++) if (scores[w * tagCount + t] > scores[w * tagCount + best]) best = t;
    chosen.push(best);
  }
  return chosen;
}

const chainScoresCache = new WeakMap<TagDecoderOptions, ChainScores>();

function chainScoresOf(options: TagDecoderOptions): ChainScores {
  let scores = chainScoresCache.get(options);
  if (!scores) {
    scores = constrainedChainScores(options.tags, options.scheme, options.crf);
    chainScoresCache.set(options, scores);
  }
  return scores;
}

/** The CRF's scores (zero where there is no CRF) with every move the scheme forbids set to -Infinity. */
export function constrainedChainScores(tags: readonly Tag[], scheme: TagScheme, crf?: CrfScores): ChainScores {
  const n = tags.length;
  const transitions = new Float64Array(n * n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let from = 0; from < n; from++) {
    start[from] = isValidTransition(undefined, tags[from], scheme) ? (crf?.start?.[from] ?? 0) : -Infinity;
    end[from] = isValidTransition(tags[from], undefined, scheme) ? (crf?.end?.[from] ?? 0) : -Infinity;
    for (let to = 0; to < n; to++) {
      transitions[from * n + to] = isValidTransition(tags[from], tags[to], scheme)
        ? (crf?.transitions[from][to] ?? 0)
        : -Infinity;
    }
  }
  return { states: n, transitions, start, end };
}
