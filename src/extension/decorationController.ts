import * as vscode from 'vscode';
import type { ReviewItem } from '../gold/review/reviewItem';
import type { ConfigService } from './config';
import { BADGES, createDecorationTypes, lookOf, styleKey } from './decorationStyles';
import type { DocumentTracker } from './documentTracker';
import { toRange } from './rangeConversion';

/** When a document's decorations were last drawn, and for which version (test state, benchmark). */
export interface RenderRecord {
  version: number;
  at: number;
  ranges: number;
}

/**
 * Draws review items in the visible editors with the fixed decoration types. Redraws are coalesced
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
  ) {
    this.subscriptions.push(
      tracker.onDidChangeItems((uri) => this.schedule(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule(undefined)),
      config.onDidChange(() => {
        for (const t of this.types.values()) t.dispose();
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
    const items = this.tracker.session(document) ? this.tracker.visibleItems(document) : [];
    const byType = new Map<string, vscode.DecorationOptions[]>();
    for (const item of items) {
      if (item.state === 'rejected') continue;
      const key = styleKey(item.label, item.state, lookOf(item.assertion));
      const list = byType.get(key) ?? [];
      list.push(this.options(document, item));
      byType.set(key, list);
    }
    for (const [key, type] of this.types) editor.setDecorations(type, byType.get(key) ?? []);
    this.lastRender.set(document.uri.toString(), { version: document.version, at: Date.now(), ranges: items.length });
  }

  private options(document: vscode.TextDocument, item: ReviewItem): vscode.DecorationOptions {
    const badge = item.assertion && item.assertion !== 'present' ? BADGES[item.assertion] : undefined;
    const options: vscode.DecorationOptions = { range: toRange(document, item) };
    if (badge) options.renderOptions = { after: { contentText: badge, color: new vscode.ThemeColor('clinicalNer.badgeForeground'), fontStyle: 'normal' } };
    return options;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.types.values()) t.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
