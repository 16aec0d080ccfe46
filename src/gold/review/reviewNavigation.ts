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

/** The order review moves in: through the note, or lowest score first (review.order). */
export type ReviewOrder = 'position' | 'score';

/** Least certain first: by score (an item without one, a gold span, last), then position. */
function byScore(a: ReviewItem, b: ReviewItem): number {
  return (a.score ?? 1) - (b.score ?? 1) || compareItems(a, b);
}

/**
 * Like `navigate`, in order of score, lowest first, wrapping around: the suggestions the engine is
 * least sure of come first. `from` is the item just reviewed (with its score); from a cursor on no
 * item (no score), next is the lowest-scored and previous the highest-scored item.
 */
export function navigateByScore(items: readonly ReviewItem[], from: { start: number; end: number; score?: number }, direction: Direction): ReviewItem | undefined {
  const candidates = items.filter(needsReview).sort(byScore);
  if (candidates.length === 0) return undefined;
  const first = direction === 'next' ? candidates[0] : candidates[candidates.length - 1];
  const score = from.score;
  if (score === undefined) return first;
  const position = (i: ReviewItem) => (i.score ?? 1) - score || i.start - from.start || i.end - from.end;
  const found = direction === 'next' ? candidates.find((i) => position(i) > 0) : [...candidates].reverse().find((i) => position(i) < 0);
  return found ?? first;
}

/** The first item to review in that order. */
export function firstInOrder(items: readonly ReviewItem[], order: ReviewOrder): ReviewItem | undefined {
  return order === 'score' ? items.filter(needsReview).sort(byScore)[0] : firstToReview(items);
}
