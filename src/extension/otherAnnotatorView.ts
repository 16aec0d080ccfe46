import * as vscode from 'vscode';
import { annotatorView } from '../gold/annotators';
import { deriveGoldSpans } from '../gold/goldDocument';
import type { DocumentTracker } from './documentTracker';
import type { GoldService } from './goldService';
import type { OverlaySpan, SpanOverlayProvider } from './spanOverlay';

/**
 * Another annotator's spans, shown beside the reviewer's own on request (the context key
 * `clinicalNer.otherAnnotatorShown`): their gold in the same gold file, moved through edits like
 * the reviewer's, never mixed into it.
 */
export class OtherAnnotatorView implements SpanOverlayProvider, vscode.Disposable {
  private shownValue: string | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly gold: GoldService,
    private readonly tracker: DocumentTracker,
  ) {
    void vscode.commands.executeCommand('setContext', 'clinicalNer.otherAnnotatorShown', false);
  }

  get shown(): string | undefined {
    return this.shownValue;
  }

  show(annotator: string | undefined): void {
    this.shownValue = annotator;
    void vscode.commands.executeCommand('setContext', 'clinicalNer.otherAnnotatorShown', annotator !== undefined);
    this.emitter.fire();
  }

  overlaysFor(document: vscode.TextDocument): OverlaySpan[] {
    const annotator = this.shownValue;
    const docId = this.tracker.session(document)?.docId;
    const doc = annotator && docId ? this.gold.document(docId) : undefined;
    if (!doc || !annotator) return [];
    return deriveGoldSpans(annotatorView(doc, annotator))
      .filter((s) => !s.stale)
      .map((s) => ({ start: s.start, end: s.end, label: s.label, overlay: 'other', owner: annotator, ...(s.assertion ? { assertion: s.assertion } : {}) }));
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
