import * as vscode from 'vscode';
import type { ReviewItem } from '../gold/review/reviewItem';
import type { ConfigService } from './config';
import { createDecorationTypes, lookOf, overlayKey, styleKey } from './decorationStyles';
import type { DocumentTracker } from './documentTracker';
import { toRange } from './rangeConversion';
import type { SpanOverlayProvider } from './spanOverlay';

/** When a document's decorations were last drawn, and for which version (test state, benchmark). */
export interface RenderRecord {
  version: number;
  at: number;
  ranges: number;
}

/**
 * Draws review items, and the overlays (another annotator's spans, versions being adjudicated), in
 * the visible editors with the fixed decoration types (no per-span options). Redraws are coalesced
 * (a short timer per burst of changes) and only touch visible editors.
 */
export class DecorationController implements vscode.Disposable {
  private types = createDecorationTypes();
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly lastRender = new Map<string, RenderRecord>();

  constructor(
    config: ConfigService,
    private readonly tracker: DocumentTracker,
    private readonly overlays: readonly SpanOverlayProvider[],
  ) {
    this.subscriptions.push(
      tracker.onDidChangeItems((uri) => this.schedule(uri)),
      ...overlays.map((o) => o.onDidChange(() => this.schedule(undefined))),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule(undefined)),
      config.onDidChange(() => {
        for (const t of this.types.values()) t.type.dispose();
        this.types = createDecorationTypes();
        this.schedule(undefined);
      }),
    );
    this.schedule(undefined);
  }

  private schedule(uri: vscode.Uri | undefined): void {
    this.pending.add(uri ? uri.toString() : '*');
    this.timer ??= setTimeout(() => this.renderPending(), 15);
  }

  private renderPending(): void {
    this.timer = undefined;
    const all = this.pending.has('*');
    const wanted = this.pending;
    this.pending = new Set();
    for (const editor of vscode.window.visibleTextEditors) {
      if (all || wanted.has(editor.document.uri.toString())) this.render(editor);
    }
  }

  render(editor: vscode.TextEditor): void {
    const document = editor.document;
    const session = this.tracker.session(document);
    const items = session ? this.tracker.visibleItems(document) : [];
    const byType = new Map<string, vscode.Range[]>();
    for (const item of items) {
      const key = this.styleKeyOf(item);
      if (!key) continue;
      const list = byType.get(key) ?? [];
      list.push(toRange(document, item));
      byType.set(key, list);
    }
    for (const span of this.overlays.flatMap((o) => o.overlaysFor(document))) {
      const key = overlayKey(span.label, span.overlay);
      byType.set(key, [...(byType.get(key) ?? []), toRange(document, span)]);
    }
    for (const [key, { type }] of this.types) editor.setDecorations(type, byType.get(key) ?? []);
    const at = Date.now();
    this.lastRender.set(document.uri.toString(), { version: document.version, at, ranges: items.length });
    if (session?.lastRun) session.firstDrawnAt[session.lastRun.covered ? 'visiblePart' : 'document'] ??= at;
  }

  /** The decoration type an item is drawn with; undefined for a rejected item, which is not drawn. */
  styleKeyOf(item: ReviewItem): string | undefined {
    return item.state === 'rejected' ? undefined : styleKey(item.label, item.state, lookOf(item.assertion));
  }

  /** What a decoration type draws around and beside its spans (for the test state). */
  describeStyle(key: string): { border?: string; letter?: string; badge?: string } | undefined {
    const options = this.types.get(key)?.options;
    return options && { border: options.border, letter: options.after?.contentText, badge: options.before?.contentText };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.types.values()) t.type.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
