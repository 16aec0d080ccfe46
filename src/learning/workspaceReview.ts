import type { GoldDocument } from '../gold/goldDocument';
import { decisionsSince, reviewedDocumentOf, type ReviewedDocument } from './reviewedDocument';
import type { LearningStateJson } from './workspaceLearnedFiles';

/** What a workspace's gold teaches: its reviewed notes and its decisions, since learning was last cleared. */
export interface WorkspaceReview {
  documents: ReviewedDocument[];
  decisions: number;
}

/** The workspace's gold as the learners see it, leaving out every decision taken before `clearedAt`. */
export function workspaceReview(gold: readonly Pick<GoldDocument, 'id' | 'text' | 'decisions' | 'done'>[], clearedAt?: string): WorkspaceReview {
  const documents: ReviewedDocument[] = [];
  let decisions = 0;
  for (const doc of gold) {
    decisions += decisionsSince(doc.decisions, clearedAt).length;
    const reviewed = reviewedDocumentOf(doc, undefined, clearedAt);
    if (reviewed) documents.push(reviewed);
  }
  return { documents, decisions };
}

/**
 * Whether the layer should be fitted again: `refitEvery` decisions (0: only on command) since the
 * last fit. Undone decisions count down, so undoing and redoing one does not bring a fit closer.
 */
export function refitDue(decisions: number, state: LearningStateJson, refitEvery: number): boolean {
  return refitEvery > 0 && decisions - (state.decisionsAtLastFit ?? 0) >= refitEvery;
}
