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
    const { reviewed, counted } = reviewOf(doc, clearedAt);
    decisions += counted;
    if (reviewed) documents.push(reviewed);
  }
  return { documents, decisions };
}

function reviewOf(doc: Pick<GoldDocument, 'id' | 'text' | 'decisions' | 'done'>, clearedAt: string | undefined): { reviewed?: ReviewedDocument; counted: number } {
  const reviewed = reviewedDocumentOf(doc, undefined, clearedAt);
  return { ...(reviewed ? { reviewed } : {}), counted: decisionsSince(doc.decisions, clearedAt).length };
}

/**
 * workspaceReview after every decision, reading again only the documents whose text or decisions
 * changed since the last call: a decision changes one note, and reading a few hundred reviewed
 * notes again each time took a quarter of a second (measured on the project's notes).
 */
export class WorkspaceReviewCache {
  private readonly byId = new Map<string, { key: string; reviewed?: ReviewedDocument; counted: number }>();

  review(gold: readonly Pick<GoldDocument, 'id' | 'text' | 'textHash' | 'decisions' | 'done'>[], clearedAt?: string): WorkspaceReview {
    const documents: ReviewedDocument[] = [];
    let decisions = 0;
    const seen = new Set<string>();
    for (const doc of gold) {
      seen.add(doc.id);
      const key = `${clearedAt ?? ''}|${doc.textHash}|${JSON.stringify(doc.decisions)}|${JSON.stringify(doc.done ?? [])}`;
      let entry = this.byId.get(doc.id);
      if (entry?.key !== key) {
        entry = { key, ...reviewOf(doc, clearedAt) };
        this.byId.set(doc.id, entry);
      }
      decisions += entry.counted;
      if (entry.reviewed) documents.push(entry.reviewed);
    }
    for (const id of this.byId.keys()) if (!seen.has(id)) this.byId.delete(id);
    return { documents, decisions };
  }
}

/**
 * Whether the layer should be fitted again: `refitEvery` decisions (0: only on command) since the
 * last fit. Undone decisions count down, so undoing and redoing one does not bring a fit closer.
 */
export function refitDue(decisions: number, state: LearningStateJson, refitEvery: number): boolean {
  return refitEvery > 0 && decisions - (state.decisionsAtLastFit ?? 0) >= refitEvery;
}
