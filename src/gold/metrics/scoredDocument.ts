import type { Assertion, Span, TextRange } from '../../engine/entity';

/** A span as the metrics see it; `assertion` is scored only on gold spans that carry one. */
export interface ScoredSpan extends Span {
  assertion?: Assertion;
}

/** A document as the metrics see it; `text` is needed only for the token-level confusion matrix. */
export interface ScoredDocument {
  id: string;
  text?: string;
  entities: ScoredSpan[];
  /**
   * Gold from a reviewer's decisions: the ranges decided on. A prediction overlapping none of them
   * was not reviewed. Absent for gold that annotates the whole text, a note marked done included.
   */
  decided?: TextRange[];
  /** Gold from a reviewer's decisions: the reviewer marked the note done (reviewed to the end). */
  done?: true;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; 0/0 is taken as 1 (nothing to find, nothing wrongly found). */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
