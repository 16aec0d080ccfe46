import { compareItems, needsReview, type ReviewItem } from './reviewItem';

export type Direction = 'next' | 'previous';

/**
 * The item to visit from `from` (the cursor, or the selected item's bounds), among the items that
 * pass `filter` (default: those that need review), wrapping around the document. "After" compares
 * (start, end), so from an item's own bounds the next one is the one after it, and from an empty
 * cursor inside an item that item comes next.
 */
export function navigate(
  items: readonly ReviewItem[],
  from: { start: number; end: number },
  direction: Direction,
  filter: (item: ReviewItem) => boolean = needsReview,
): ReviewItem | undefined {
  const candidates = items.filter(filter).sort(compareItems);
  if (candidates.length === 0) return undefined;
  const position = (i: ReviewItem) => i.start - from.start || i.end - from.end;
  if (direction === 'next') return candidates.find((i) => position(i) > 0) ?? candidates[0];
  return [...candidates].reverse().find((i) => position(i) < 0) ?? candidates[candidates.length - 1];
}

/**
 * The item under the cursor: among the items whose span contains `offset` (ends included), one
 * that needs review first, then the shortest.
 */
export function itemAt(items: readonly ReviewItem[], offset: number): ReviewItem | undefined {
  const under = items.filter((i) => i.start <= offset && offset <= i.end);
  return under.sort((a, b) => Number(needsReview(b)) - Number(needsReview(a)) || a.end - a.start - (b.end - b.start))[0];
}

/** The first item in the document that needs review. */
export function firstToReview(items: readonly ReviewItem[]): ReviewItem | undefined {
  return items.filter(needsReview).sort(compareItems)[0];
}
