import type { Assertion, Span } from '../engine/entity';
import type { Decision } from './decision';

/** An annotator's word that they reviewed the whole document: every span they did not put into gold is not one. */
export interface DoneMark {
  annotator: string;
  /** ISO 8601. */
  time: string;
}

/**
 * One line of the gold file: a document and every decision taken on it, by every annotator. Each
 * annotator's decisions are their own gold (see annotators.ts); `done` lists who finished it.
 */
export interface GoldDocument {
  /** Workspace-relative path. */
  id: string;
  text: string;
  /** sha256 of `text`, so readers can tell which text the offsets refer to. */
  textHash: string;
  decisions: Decision[];
  /** Absent (or empty) when nobody marked the document done. */
  done?: DoneMark[];
  /** ISO 8601 time of the last change. */
  updated: string;
}

export interface GoldSpan extends Span {
  text: string;
  assertion?: Assertion;
  code?: string;
  /** The text at the span's offsets no longer equals the text the reviewer decided on. */
  stale?: true;
}

/**
 * The gold spans of a document, derived from its decisions:
 * - decisions apply in time order (ties keep file order); a span is identified by its bounds,
 *   so a later decision on the same bounds replaces an earlier one;
 * - `accepted` and `added` put their span (bounds, label) into gold;
 * - `corrected` removes its `original` bounds and puts its own span into gold;
 * - `rejected` removes the span at its bounds only if that span still carries the rejected label
 *   (rejecting a TEST suggestion does not undo an accepted PROBLEM on the same words);
 * - a span whose decided `text` differs from the document text at its offsets is kept but marked
 *   `stale` (an edit touched it): callers decide whether to show, skip or report it.
 * Result is sorted by start, then end.
 */
export function deriveGoldSpans(doc: Pick<GoldDocument, 'text' | 'decisions'>): GoldSpan[] {
  const ordered = doc.decisions
    .map((decision, index) => ({ decision, index, time: Date.parse(decision.time) }))
    .sort((a, b) => compareTimes(a.time, b.time) || a.index - b.index)
    .map((x) => x.decision);

  const byBounds = new Map<string, Decision>();
  const boundsKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
  for (const decision of ordered) {
    const key = boundsKey(decision);
    switch (decision.kind) {
      case 'accepted':
      case 'added':
        byBounds.set(key, decision);
        break;
      case 'corrected':
        if (decision.original) byBounds.delete(boundsKey(decision.original));
        byBounds.set(key, decision);
        break;
      case 'rejected':
        if (byBounds.get(key)?.label === decision.label) byBounds.delete(key);
        break;
    }
  }

  return [...byBounds.values()]
    .map((d) => toGoldSpan(d, doc.text))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function toGoldSpan(d: Decision, text: string): GoldSpan {
  const span: GoldSpan = { start: d.start, end: d.end, label: d.label, text: d.text };
  if (d.assertion) span.assertion = d.assertion;
  if (d.code) span.code = d.code;
  if (text.slice(d.start, d.end) !== d.text) span.stale = true;
  return span;
}

// Unparseable times sort first, so they never override a decision with a real time.
function compareTimes(a: number, b: number): number {
  const x = Number.isNaN(a) ? -Infinity : a;
  const y = Number.isNaN(b) ? -Infinity : b;
  return x === y ? 0 : x < y ? -1 : 1;
}
