import type { Label } from '../../engine/entity';
import type { ReviewItem } from './reviewItem';

// Bulk actions apply only to suggestions that are up to date: a stale suggestion covers text the
// engine has not seen yet, so it waits for re-annotation or a one-by-one review.

export function suggestionsOfLabel(items: readonly ReviewItem[], label: Label): ReviewItem[] {
  return items.filter((i) => i.state === 'suggested' && i.label === label);
}

export function suggestionsScoredAtLeast(items: readonly ReviewItem[], minScore: number): ReviewItem[] {
  return items.filter((i) => i.state === 'suggested' && (i.score ?? 0) >= minScore);
}

/** Every suggestion not yet decided on, stale ones included (rejecting needs no up-to-date text). */
export function remainingSuggestions(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.origin === 'suggestion' && (i.state === 'suggested' || i.state === 'stale'));
}
