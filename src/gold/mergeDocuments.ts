import { decisionKey } from './decision';
import type { GoldDocument } from './goldDocument';
import { serializeGoldDocument } from './goldDocumentSchema';

export type MergeResult =
  | { kind: 'merged'; document: GoldDocument }
  | { kind: 'conflict'; ours: GoldDocument; theirs: GoldDocument };

/**
 * Three-way merge of one document changed here (`ours`) and possibly on disk (`theirs`) since both
 * last agreed (`base`, undefined when the document was new to us):
 * - disk unchanged since base: ours;
 * - same text on both sides: the union of both decision lists, a decision being identified by
 *   (kind, start, end, label, time, annotator); ours first, then the ones only disk has; a decision
 *   of `base` that one side removed (an undone review action) stays removed;
 * - different texts: a conflict, since offsets of one side mean nothing in the other's text.
 */
export function mergeDocument(base: GoldDocument | undefined, ours: GoldDocument, theirs: GoldDocument): MergeResult {
  if (base && serializeGoldDocument(base) === serializeGoldDocument(theirs)) return { kind: 'merged', document: ours };
  if (ours.textHash !== theirs.textHash) return { kind: 'conflict', ours, theirs };
  const ourKeys = new Set(ours.decisions.map(decisionKey));
  const theirKeys = new Set(theirs.decisions.map(decisionKey));
  const removed = new Set((base?.decisions ?? []).map(decisionKey).filter((k) => !ourKeys.has(k) || !theirKeys.has(k)));
  const decisions = [...ours.decisions, ...theirs.decisions.filter((d) => !ourKeys.has(decisionKey(d)))].filter((d) => !removed.has(decisionKey(d)));
  const updated = ours.updated >= theirs.updated ? ours.updated : theirs.updated;
  return { kind: 'merged', document: { ...ours, decisions, updated } };
}
