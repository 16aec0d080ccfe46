import type * as vscode from 'vscode';
import type { Assertion, Span } from '../engine/entity';
import type { Overlay } from './decorationStyles';

/** A span drawn over the reviewer's own: another annotator's, or a version being adjudicated. */
export interface OverlaySpan extends Span {
  overlay: Overlay;
  /** Whose span it is, as the hover names it (`dr.bianchi`, `A: dr.rossi`). */
  owner: string;
  assertion?: Assertion;
}

/** What draws overlay spans: the decorations and the hover ask it for a document's, and redraw when it fires. */
export interface SpanOverlayProvider {
  readonly onDidChange: vscode.Event<void>;
  overlaysFor(document: vscode.TextDocument): OverlaySpan[];
}
