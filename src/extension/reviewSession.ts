import type * as vscode from 'vscode';
import type { Entity, TextRange } from '../engine/entity';
import type { ReviewItem } from '../gold/review/reviewItem';
import { buildReviewItems, visibleItems } from '../gold/review/reviewItems';
import type { TrackedSpan } from '../gold/spanTracker';
import type { GoldService } from './goldService';

/** Timings of the last annotation of a document (for the status bar, the test state and the benchmark). */
export interface AnnotationRun {
  version: number;
  /** Date.now() when the run started and when its result was applied. */
  startedAt: number;
  finishedAt: number;
  sentences: number;
  annotatedSentences: number;
  /** The suggestions file the result came from, when it was not computed by the engine. */
  storedIn?: string;
  /** The part of the document the suggestions are for, when the engine ran on the visible part first. */
  covered?: TextRange;
}

/** What the extension knows about one open document under review. */
export class ReviewSession {
  suggestions: TrackedSpan<Entity>[] = [];
  /** The document version the current suggestions were computed for (they have been moved through edits since). */
  annotatedVersion: number | undefined;
  lastRun: AnnotationRun | undefined;
  /** Date.now() of the last change batch applied. */
  lastEditAt: number | undefined;
  /** Results dropped because the document had changed while the engine ran. */
  discardedResults = 0;
  timer: NodeJS.Timeout | undefined;
  running: AbortController | undefined;
  /** The suggestions files were looked at for this document (only its first annotation may come from them). */
  storedChecked = false;
  /** Date.now() when suggestions were first drawn: for the visible part alone, and for the whole document. */
  readonly firstDrawnAt: { visiblePart?: number; document?: number } = {};
  private cache: { version: number; gold: number; minScore: number; all: ReviewItem[]; visible: ReviewItem[] } | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    readonly docId: string,
  ) {}

  items(gold: GoldService, minScore: number): { all: ReviewItem[]; visible: ReviewItem[] } {
    const c = this.cache;
    if (c && c.version === this.document.version && c.gold === gold.revision && c.minScore === minScore) return c;
    const all = buildReviewItems({ text: this.document.getText(), suggestions: this.suggestions, decisions: gold.decisions(this.docId) });
    this.cache = { version: this.document.version, gold: gold.revision, minScore, all, visible: visibleItems(all, minScore) };
    return this.cache;
  }

  invalidate(): void {
    this.cache = undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.running?.abort();
  }
}
