import type { GoldDocument } from '../goldDocument';
import { deriveGoldSpans } from '../goldDocument';
import type { ScoredDocument } from './scoredDocument';

/**
 * A gold-file document as the metrics see it: its gold spans with their statuses, less the stale ones (their text was
 * edited since the decision; counted in `staleSpans`), and the ranges the reviewer took a decision
 * on (rejections and the original bounds of corrections included), which tell a partly reviewed
 * note's undecided predictions from its false positives.
 */
export function goldScoredDocument(doc: Pick<GoldDocument, 'id' | 'text' | 'decisions'>): { document: ScoredDocument; staleSpans: number } {
  const spans = deriveGoldSpans(doc);
  const decided = doc.decisions.flatMap((d) => [{ start: d.start, end: d.end }, ...(d.original ? [{ start: d.original.start, end: d.original.end }] : [])]);
  return {
    document: {
      id: doc.id,
      text: doc.text,
      entities: spans.filter((s) => !s.stale).map(({ start, end, label, assertion }) => ({ start, end, label, ...(assertion ? { assertion } : {}) })),
      decided,
    },
    staleSpans: spans.filter((s) => s.stale).length,
  };
}
