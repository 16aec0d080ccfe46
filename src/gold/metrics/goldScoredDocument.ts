import { isDone } from '../annotators';
import type { GoldDocument } from '../goldDocument';
import { deriveGoldSpans } from '../goldDocument';
import type { ScoredDocument } from './scoredDocument';

/**
 * A gold-file document (one annotator's: see annotators.ts) as the metrics see it: its gold spans
 * with their statuses, less the stale ones (their text was edited since the decision; counted in
 * `staleSpans`), and the ranges the reviewer took a decision on (rejections and the original
 * bounds of corrections included), which tell a partly reviewed note's undecided predictions from
 * its false positives. A note marked done was reviewed to the end: it has no `decided` ranges, so
 * every prediction in it counts.
 */
export function goldScoredDocument(doc: Pick<GoldDocument, 'id' | 'text' | 'decisions' | 'done'>): { document: ScoredDocument; staleSpans: number } {
  const spans = deriveGoldSpans(doc);
  const document: ScoredDocument = {
    id: doc.id,
    text: doc.text,
    entities: spans.filter((s) => !s.stale).map(({ start, end, label, assertion }) => ({ start, end, label, ...(assertion ? { assertion } : {}) })),
  };
  if (isDone(doc)) document.done = true;
  else document.decided = doc.decisions.flatMap((d) => [{ start: d.start, end: d.end }, ...(d.original ? [{ start: d.original.start, end: d.original.end }] : [])]);
  return { document, staleSpans: spans.filter((s) => s.stale).length };
}
