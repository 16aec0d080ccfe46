import type { Entity } from '../../engine/entity';
import type { Decision } from '../decision';
import { deriveGoldSpans } from '../goldDocument';
import type { TrackedSpan } from '../spanTracker';
import { compareItems, type ReviewItem } from './reviewItem';

export interface ReviewInput {
  /** The document text now. */
  text: string;
  /** The engine's latest suggestions, moved through the edits made since (stale when an edit touched them). */
  suggestions: readonly TrackedSpan<Entity>[];
  /** Every decision on the document, offsets already moved through the edits. */
  decisions: readonly Decision[];
}

const boundsKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
const itemKey = (s: { start: number; end: number; label: string }) => `${s.start}:${s.end}:${s.label}`;

/**
 * Combines suggestions and decisions into what the reviewer sees, sorted by position:
 * - every gold span (see `deriveGoldSpans`) is an item, `accepted`, or `stale` when its text changed;
 * - a suggestion on the bounds of a gold span, or replaced by a correction, is not shown again;
 * - a suggestion whose latest decision (same bounds and label) is a rejection is `rejected`;
 * - any other suggestion is `suggested`, or `stale` when an edit touched it since the engine ran.
 */
export function buildReviewItems(input: ReviewInput): ReviewItem[] {
  const { text, suggestions, decisions } = input;
  const ordered = decisions
    .map((decision, index) => ({ decision, index, time: Date.parse(decision.time) }))
    .sort((a, b) => orderOfTime(a.time) - orderOfTime(b.time) || a.index - b.index)
    .map((x) => x.decision);
  const latestByItem = new Map<string, Decision>();
  const latestByBounds = new Map<string, Decision>();
  const corrected = new Set<string>();
  for (const d of ordered) {
    latestByItem.set(itemKey(d), d);
    latestByBounds.set(boundsKey(d), d);
    if (d.kind === 'corrected' && d.original) corrected.add(itemKey(d.original));
  }
  const suggestionAt = new Map(suggestions.map((s) => [boundsKey(s), s]));

  const items: ReviewItem[] = [];
  const goldBounds = new Set<string>();
  for (const gold of deriveGoldSpans({ text, decisions: ordered })) {
    goldBounds.add(boundsKey(gold));
    const decision = latestByBounds.get(boundsKey(gold));
    const suggestion = suggestionAt.get(boundsKey(gold));
    const item: ReviewItem = {
      start: gold.start,
      end: gold.end,
      label: gold.label,
      text: text.slice(gold.start, gold.end),
      state: gold.stale ? 'stale' : 'accepted',
      origin: 'gold',
      source: [...(decision?.source ?? (decision?.kind === 'added' ? ['manual' as const] : suggestion?.source ?? []))],
    };
    if (suggestion && suggestion.label === gold.label) item.score = suggestion.score;
    const assertion = gold.assertion ?? suggestion?.assertion;
    if (assertion) item.assertion = assertion;
    const code = gold.code ?? (suggestion?.label === gold.label ? suggestion.code : undefined);
    if (code) item.code = code;
    items.push(item);
  }
  for (const s of suggestions) {
    if (goldBounds.has(boundsKey(s)) || corrected.has(itemKey(s))) continue;
    const rejected = latestByItem.get(itemKey(s))?.kind === 'rejected';
    const item: ReviewItem = {
      start: s.start,
      end: s.end,
      label: s.label,
      text: text.slice(s.start, s.end),
      state: rejected ? 'rejected' : s.stale ? 'stale' : 'suggested',
      origin: 'suggestion',
      score: s.score,
      source: [...s.source],
    };
    if (s.assertion) item.assertion = s.assertion;
    if (s.code) item.code = s.code;
    items.push(item);
  }
  return items.sort(compareItems);
}

/** What is shown: rejected suggestions and suggestions scored below `minScore` are hidden; gold always shows. */
export function visibleItems(items: readonly ReviewItem[], minScore: number): ReviewItem[] {
  return items.filter((i) => i.state !== 'rejected' && (i.origin === 'gold' || (i.score ?? 1) >= minScore));
}

// Same order as deriveGoldSpans: unparseable times first, then by time; ties keep file order.
function orderOfTime(time: number): number {
  return Number.isNaN(time) ? -Number.MAX_VALUE : time;
}
