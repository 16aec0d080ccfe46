import type { TextRange } from '../engine/entity';

/** A replacement of `rangeLength` UTF-16 code units at `rangeOffset` by `text` (VS Code's TextDocumentContentChangeEvent, offsets only). */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

export type TrackedSpan<T extends TextRange> = T & { stale?: true };

/**
 * Moves spans through edits applied one after another: each change's offsets refer to the text
 * as left by the changes before it.
 * - a span entirely before the edited range stays; one entirely after it shifts;
 * - an insertion exactly at a span's start or end does not extend the span, which keeps its text
 *   (VS Code's `DecorationRangeBehavior.ClosedClosed`): it shifts or stays;
 * - an edit that overlaps a span, or inserts strictly inside it, marks it `stale`; its bounds
 *   then cover what is left of it plus the inserted text (a span deleted whole collapses to an
 *   empty range at the edit, still reported as stale rather than dropped).
 * Other fields of the spans are kept; a stale span stays stale.
 */
export function trackSpans<T extends TextRange>(spans: readonly T[], changes: readonly TextChange[]): TrackedSpan<T>[] {
  let current = spans.map((s) => ({ ...s }) as TrackedSpan<T>);
  for (const change of changes) current = current.map((span) => applyChange(span, change));
  return current;
}

/**
 * Moves spans through one VS Code `onDidChangeTextDocument` event. Within one event every change's
 * offsets refer to the document BEFORE the event (VS Code computes them all against the same
 * version) and the ranges do not overlap; applying them from the highest offset down makes each
 * one's offsets still valid when it is applied, so this is `trackSpans` on the sorted batch.
 */
export function trackSpansThroughBatch<T extends TextRange>(spans: readonly T[], batch: readonly TextChange[]): TrackedSpan<T>[] {
  const descending = [...batch].sort((a, b) => b.rangeOffset - a.rangeOffset);
  return trackSpans(spans, descending);
}

/** Applies changes, in the same sequential sense as `trackSpans`, to a string. */
export function applyTextChanges(text: string, changes: readonly TextChange[]): string {
  let result = text;
  for (const c of changes) result = result.slice(0, c.rangeOffset) + c.text + result.slice(c.rangeOffset + c.rangeLength);
  return result;
}

function applyChange<T extends TextRange>(span: TrackedSpan<T>, change: TextChange): TrackedSpan<T> {
  const editStart = change.rangeOffset;
  const editEnd = change.rangeOffset + change.rangeLength;
  const delta = change.text.length - change.rangeLength;
  const { start, end } = span;

  if (change.rangeLength === 0) {
    if (editStart <= start) return { ...span, start: start + delta, end: end + delta };
    if (editStart >= end) return span;
    return { ...span, end: end + delta, stale: true };
  }
  if (editEnd <= start) return { ...span, start: start + delta, end: end + delta };
  if (editStart >= end) return span;
  const newStart = start < editStart ? start : editStart;
  const newEnd = end > editEnd ? end + delta : editStart + change.text.length;
  return { ...span, start: newStart, end: newEnd, stale: true };
}
