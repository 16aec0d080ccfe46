import type { Assertion, Label, Source } from '../../engine/entity';

/**
 * Where a span stands in the review:
 * - `suggested`: engine output nobody has decided on yet;
 * - `accepted`: in gold (accepted, corrected or added by the reviewer);
 * - `stale`: an edit touched the span since it was suggested or decided, so it needs review again;
 * - `rejected`: a suggestion the reviewer turned down (kept so that it is not shown again).
 */
export type ReviewState = 'suggested' | 'accepted' | 'stale' | 'rejected';

/** A span as the reviewer sees it: a suggestion and/or a gold decision on it. Offsets are UTF-16 code units. */
export interface ReviewItem {
  start: number;
  end: number;
  label: Label;
  /** The document text at the span's offsets now. */
  text: string;
  state: ReviewState;
  /** `gold`: a decision put the span into gold; `suggestion`: only the engine proposes it. */
  origin: 'gold' | 'suggestion';
  /** The engine's score, when the engine proposes this span (gold spans the engine also finds keep it). */
  score?: number;
  source: Source[];
  assertion?: Assertion;
  /** A code with its coding system (`ICD10:J18`), from the lexicon entry the engine matched or the decision. */
  code?: string;
}

/** Identifies an item in a document: its bounds and label (what commands, hovers and tree items pass around). */
export interface ItemRef {
  start: number;
  end: number;
  label: Label;
}

export function needsReview(item: ReviewItem): boolean {
  return item.state === 'suggested' || item.state === 'stale';
}

export function sameItem(a: ItemRef, b: ItemRef): boolean {
  return a.start === b.start && a.end === b.end && a.label === b.label;
}

export function compareItems(a: ItemRef, b: ItemRef): number {
  return a.start - b.start || a.end - b.end || a.label.localeCompare(b.label);
}
