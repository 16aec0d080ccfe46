import type { Candidate, Entity, TextRange } from '../entity';

/**
 * Everything the pipeline knows about one sentence before anything learned from a reviewer is
 * applied: what a layer fitted on the reviewer's gold reads (src/learning). Offsets are UTF-16
 * code units relative to the sentence, end exclusive.
 */
export interface SentenceAnalysis {
  text: string;
  /** Every layer's candidates, edges tidied. */
  candidates: Candidate[];
  /** The merged entities, without statuses. */
  entities: Entity[];
  /** The words: those the model read, or the word tokenizer's when there is no model. */
  words: TextRange[];
  /** What the model read in each word: [word][width], the log-probabilities of its tags. */
  wordValues?: { width: number; values: Float32Array };
}
