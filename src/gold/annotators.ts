import type { GoldDocument } from './goldDocument';

/**
 * Several annotators share one gold file and never overwrite each other: every decision and done
 * mark carries its annotator, and each annotator's gold is derived from their own decisions only.
 */

/** Everyone who decided something on the document or marked it done, sorted. */
export function annotatorsOf(doc: Pick<GoldDocument, 'decisions' | 'done'>): string[] {
  return [...new Set([...doc.decisions.map((d) => d.annotator), ...(doc.done ?? []).map((m) => m.annotator)])].sort();
}

/** The document as one annotator left it: their decisions and their done mark only. */
export function annotatorView(doc: GoldDocument, annotator: string): GoldDocument {
  const view: GoldDocument = { ...doc, decisions: doc.decisions.filter((d) => d.annotator === annotator) };
  const done = (doc.done ?? []).filter((m) => m.annotator === annotator);
  if (done.length > 0) view.done = done;
  else delete view.done;
  return view;
}

/** Whether someone (in an annotator's view: that annotator) marked the document done. */
export function isDone(doc: Pick<GoldDocument, 'done'>): boolean {
  return (doc.done ?? []).length > 0;
}

/** Documents in which several annotators decided, when one gold per document is wanted and no annotator was named. */
export interface AnnotatorChoiceNeeded {
  shared: { id: string; annotators: string[] }[];
}

/**
 * One gold per document, for export, evaluation and learning: with `annotator`, that annotator's
 * view of every document they worked on; without, each document as it is, which is one
 * annotator's gold unless several decided in it (then the choice is returned, not guessed).
 */
export function goldOfOneAnnotator(docs: readonly GoldDocument[], annotator?: string): { documents: GoldDocument[] } | AnnotatorChoiceNeeded {
  if (annotator !== undefined) {
    return { documents: docs.filter((d) => annotatorsOf(d).includes(annotator)).map((d) => annotatorView(d, annotator)) };
  }
  const shared = docs.map((d) => ({ id: d.id, annotators: annotatorsOf(d) })).filter((d) => d.annotators.length > 1);
  return shared.length > 0 ? { shared } : { documents: [...docs] };
}
