import { decisionKey } from './decision';
import type { DoneMark, GoldDocument } from './goldDocument';
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
 *   of `base` that one side removed (an undone review action) stays removed. Done marks merge the
 *   same way, identified by annotator and time (a note reopened on one side stays reopened);
 * - different texts: a conflict, since offsets of one side mean nothing in the other's text.
 */
export function mergeDocument(base: GoldDocument | undefined, ours: GoldDocument, theirs: GoldDocument): MergeResult {
  if (base && serializeGoldDocument(base) === serializeGoldDocument(theirs)) return { kind: 'merged', document: ours };
  if (ours.textHash !== theirs.textHash) return { kind: 'conflict', ours, theirs };
  const decisions = unionSince(base?.decisions, ours.decisions, theirs.decisions, decisionKey);
  const done = unionSince(base?.done, ours.done ?? [], theirs.done ?? [], doneKey);
  const updated = ours.updated >= theirs.updated ? ours.updated : theirs.updated;
  const document: GoldDocument = { ...ours, decisions, updated };
  if (done.length > 0) document.done = done;
  else delete document.done;
  return { kind: 'merged', document };
}

function doneKey(mark: DoneMark): string {
  return JSON.stringify([mark.annotator, mark.time]);
}

/** Ours, then what only theirs has, less what base had and one side removed. */
function unionSince<T>(base: readonly T[] | undefined, ours: readonly T[], theirs: readonly T[], key: (x: T) => string): T[] {
  const ourKeys = new Set(ours.map(key));
  const theirKeys = new Set(theirs.map(key));
  const removed = new Set((base ?? []).map(key).filter((k) => !ourKeys.has(k) || !theirKeys.has(k)));
  return [...ours, ...theirs.filter((x) => !ourKeys.has(key(x)))].filter((x) => !removed.has(key(x)));
}
