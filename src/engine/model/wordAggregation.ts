import type { Aggregation } from './modelConfig';
import { softmaxRows } from './tokenProbabilities';

/**
 * Turns per-piece tag probabilities ([piece][tag]) into per-word ones ([word][tag]):
 * - 'first': the word's first piece (how BERT token classifiers are usually trained);
 * - 'max': the piece with the most confident prediction, whole distribution;
 * - 'average': the mean of the pieces' distributions.
 */
export function aggregateWords(
  pieceProbabilities: Float32Array,
  tagCount: number,
  wordIds: readonly number[],
  wordCount: number,
  aggregation: Aggregation,
): Float32Array {
  const words = new Float32Array(wordCount * tagCount);
  const pieces = new Int32Array(wordCount);
  const bestConfidence = new Float32Array(wordCount).fill(-1);
  const seen = new Uint8Array(wordCount);
  wordIds.forEach((word, piece) => {
    const row = piece * tagCount;
    const target = word * tagCount;
    if (aggregation === 'average') {
      for (let t = 0; t < tagCount; t++) words[target + t] += pieceProbabilities[row + t];
      pieces[word]++;
      return;
    }
    let confidence = 0;
    if (aggregation === 'max') {
      for (let t = 0; t < tagCount; t++) confidence = Math.max(confidence, pieceProbabilities[row + t]);
    }
    const take = aggregation === 'first' ? !seen[word] : confidence > bestConfidence[word];
    if (take) {
      words.set(pieceProbabilities.subarray(row, row + tagCount), target);
      bestConfidence[word] = confidence;
    }
    seen[word] = 1;
  });
  if (aggregation === 'average') {
    for (let w = 0; w < wordCount; w++) {
      for (let t = 0; t < tagCount; t++) words[w * tagCount + t] /= pieces[w];
    }
  }
  return words;
}

/**
 * Word-level tag scores ([word][tag]) from per-piece logits ([piece][tag], overwritten): the
 * log-probabilities up to a constant per word, which is all decodeWordTags needs. With 'first'
 * they are the logits of each word's first piece, unnormalised; 'max' and 'average' aggregate
 * probabilities and take their log.
 */
export function wordTagScores(
  pieceLogits: Float32Array,
  tagCount: number,
  wordIds: readonly number[],
  wordCount: number,
  aggregation: Aggregation,
): Float32Array | Float64Array {
  if (aggregation !== 'first') {
    const words = aggregateWords(softmaxRows(pieceLogits, tagCount), tagCount, wordIds, wordCount, aggregation);
    return Float64Array.from(words, (p) => Math.log(Math.max(p, MIN_PROBABILITY)));
  }
  const firstRows = new Float32Array(wordCount * tagCount);
  const seen = new Uint8Array(wordCount);
  for (let piece = 0; piece < wordIds.length; piece++) {
    const word = wordIds[piece];
    if (seen[word]) continue;
    seen[word] = 1;
    for (let t = 0; t < tagCount; t++) firstRows[word * tagCount + t] = pieceLogits[piece * tagCount + t];
  }
  return firstRows;
}

const MIN_PROBABILITY = 1e-30;
