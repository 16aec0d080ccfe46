import type { Entity } from '../../engine/entity';
import { annotatorView, isDone } from '../annotators';
import { deriveGoldSpans, type GoldDocument } from '../goldDocument';
import { buildReviewItems } from '../review/reviewItems';

export type NoteStatus = 'notStarted' | 'inProgress' | 'done';

/** Where one annotator stands with one note of the workspace. */
export interface NoteProgress {
  id: string;
  status: NoteStatus;
  /** Entities accepted, corrected, added or rejected. */
  reviewed: number;
  /** Every entity suggested or in gold; unknown for a note the engine has not annotated yet (neither open nor in a suggestions file). */
  total?: number;
}

export const NOTE_SORTS = ['name', 'status', 'progress'] as const;
export type NoteSort = (typeof NOTE_SORTS)[number];

/**
 * The annotator's progress on a note: done when they marked it so, in progress once they decided
 * anything, else not started; reviewed/total from the suggestions when they are known (the note
 * is open, or a batch run stored them), else reviewed from the decisions alone.
 */
export function noteProgress(id: string, doc: GoldDocument | undefined, annotator: string, suggestions?: readonly Entity[]): NoteProgress {
  const mine = doc ? annotatorView(doc, annotator) : undefined;
  const status: NoteStatus = mine && isDone(mine) ? 'done' : mine && mine.decisions.length > 0 ? 'inProgress' : 'notStarted';
  const decisions = mine?.decisions ?? [];
  if (suggestions && doc) {
    const items = buildReviewItems({ text: doc.text, suggestions, decisions });
    return { id, status, reviewed: items.filter((i) => i.state === 'accepted' || i.state === 'rejected').length, total: items.length };
  }
  if (suggestions) return { id, status, reviewed: 0, total: suggestions.length };
  const gold = mine ? deriveGoldSpans(mine).filter((s) => !s.stale) : [];
  const inGold = new Set(gold.map((s) => `${s.start}:${s.end}:${s.label}`));
  const rejected = new Set(decisions.filter((d) => d.kind === 'rejected').map((d) => `${d.start}:${d.end}:${d.label}`).filter((k) => !inGold.has(k)));
  return { id, status, reviewed: gold.length + rejected.size };
}

const STATUS_ORDER: Record<NoteStatus, number> = { inProgress: 0, notStarted: 1, done: 2 };

/** By name; by status (in progress, then not started, then done); or by progress (least reviewed share first, unknown totals last). */
export function sortNotes(notes: readonly NoteProgress[], by: NoteSort): NoteProgress[] {
  const byName = (a: NoteProgress, b: NoteProgress) => a.id.localeCompare(b.id);
  const share = (n: NoteProgress) => (n.total === undefined ? Infinity : n.total === 0 ? 1 : n.reviewed / n.total);
  const compare = {
    name: byName,
    status: (a: NoteProgress, b: NoteProgress) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
    progress: (a: NoteProgress, b: NoteProgress) => share(a) - share(b) || byName(a, b),
  }[by];
  return [...notes].sort(compare);
}
