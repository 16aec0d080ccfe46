import * as vscode from 'vscode';
import type { Assertion, Label, TextRange } from '../engine/entity';
import type { Decision } from '../gold/decision';
import { needsReview, sameItem, type ItemRef, type ReviewItem } from '../gold/review/reviewItem';
import { acceptDecision, addDecision, rejectDecision, relabelDecision, statusDecision, type DecisionContext } from '../gold/review/reviewDecisions';
import { firstToReview, itemAt, navigate, type Direction } from '../gold/review/reviewNavigation';
import { UndoStack, type ReviewAction } from '../gold/review/undoStack';
import type { ConfigService } from './config';
import type { DocumentTracker } from './documentTracker';
import type { ReviewSession } from './reviewSession';
import type { GoldService } from './goldService';
import { toRange, toSpan } from './rangeConversion';

/**
 * Review actions on documents: each turns into gold decisions (via the pure helpers in
 * gold/review), is recorded in the gold store, written soon after, and pushed on the undo stack.
 */
export class ReviewService implements vscode.Disposable {
  private readonly undoStack = new UndoStack();

  constructor(
    private readonly config: ConfigService,
    private readonly tracker: DocumentTracker,
    private readonly gold: GoldService,
  ) {}

  get undoSize(): number {
    return this.undoStack.size;
  }

  /** The item a command acts on: the one named by `ref`, else the one under the editor's cursor. */
  target(editor: vscode.TextEditor, ref?: ItemRef): ReviewItem | undefined {
    const items = this.tracker.visibleItems(editor.document);
    if (ref) return items.find((i) => sameItem(i, ref));
    const selection = toSpan(editor.document, editor.selection);
    return itemAt(items, selection.start) ?? (selection.end > selection.start ? itemAt(items, selection.end) : undefined);
  }

  /** Accepts an item; nothing is recorded when it is already in gold as it is. */
  async accept(editor: vscode.TextEditor, item: ReviewItem): Promise<void> {
    if (item.state === 'accepted') return;
    await this.apply(editor.document, `accept "${item.text}"`, (ctx) => [acceptDecision(item, ctx)]);
  }

  async reject(editor: vscode.TextEditor, item: ReviewItem): Promise<void> {
    await this.apply(editor.document, `reject "${item.text}"`, (ctx) => [rejectDecision(item, ctx)]);
  }

  /** Gives an item another label; false, and nothing recorded (no decision, no undo entry), when it has that label already. */
  async relabel(editor: vscode.TextEditor, item: ReviewItem, label: Label): Promise<boolean> {
    if (label === item.label) return false;
    await this.apply(editor.document, `relabel "${item.text}" as ${label}`, (ctx) => [relabelDecision(item, label, ctx)]);
    return true;
  }

  /** Gives an item another status (it goes into gold with it); false, and nothing recorded, when it is in gold with that status already. */
  async setAssertion(editor: vscode.TextEditor, item: ReviewItem, assertion: Assertion): Promise<boolean> {
    if (item.state === 'accepted' && (item.assertion ?? 'present') === assertion) return false;
    await this.apply(editor.document, `mark "${item.text}" ${assertion}`, (ctx) => [statusDecision(item, assertion, ctx)]);
    return true;
  }

  async add(editor: vscode.TextEditor, span: TextRange, label: Label): Promise<void> {
    await this.apply(editor.document, `add ${label}`, (ctx) => [addDecision({ ...span, label }, ctx)]);
  }

  /** Accepts or rejects many items as one undoable action. */
  async bulk(editor: vscode.TextEditor, items: readonly ReviewItem[], kind: 'accept' | 'reject', description: string): Promise<number> {
    await this.apply(editor.document, description, (ctx) => items.map((i) => (kind === 'accept' ? acceptDecision(i, ctx) : rejectDecision(i, ctx))));
    return items.length;
  }

  /** Withdraws the decisions of the last review action; returns its description. */
  async undo(): Promise<string | undefined> {
    const action: ReviewAction | undefined = this.undoStack.pop();
    if (!action) return undefined;
    await this.gold.ready();
    this.gold.withdraw(action.docId, action.decisions);
    this.tracker.refresh(action.docId);
    return action.description;
  }

  /** Moves the selection to the next / previous item that needs review; returns it. */
  reveal(editor: vscode.TextEditor, direction: Direction, from?: TextRange): ReviewItem | undefined {
    const items = this.tracker.visibleItems(editor.document);
    const next = navigate(items, from ?? toSpan(editor.document, editor.selection), direction);
    if (next) this.select(editor, next);
    return next;
  }

  /** Where review mode starts: the entity at the cursor if it needs review, else the first one in the note that does. */
  startReview(editor: vscode.TextEditor): ReviewItem | undefined {
    const atCursor = this.target(editor);
    const start = atCursor && needsReview(atCursor) ? atCursor : firstToReview(this.tracker.visibleItems(editor.document));
    if (start) this.select(editor, start);
    return start;
  }

  select(editor: vscode.TextEditor, span: TextRange): void {
    const range = toRange(editor.document, span);
    editor.selection = new vscode.Selection(range.start, range.end);
    // revealing from the start of the line keeps it in view: the editor scrolls sideways only
    // when the entity could not be seen otherwise (never in a wrapped note)
    editor.revealRange(range.with(range.start.with({ character: 0 })), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** After an action on `done`: to the next item needing review after it, if any is left. */
  advance(editor: vscode.TextEditor, done: TextRange): ReviewItem | undefined {
    const left = this.tracker.visibleItems(editor.document).filter(needsReview);
    if (left.length === 0) return undefined;
    return this.reveal(editor, 'next', done);
  }

  private async apply(document: vscode.TextDocument, description: string, decide: (ctx: DecisionContext) => Decision[]): Promise<void> {
    const session: ReviewSession | undefined = this.tracker.consider(document, true);
    if (!session) return;
    if (!(await this.gold.ready())) throw new Error('the gold file could not be opened');
    const ctx: DecisionContext = { text: document.getText(), annotator: this.config.current.annotator, time: new Date().toISOString() };
    const decisions = decide(ctx);
    if (decisions.length === 0) return;
    this.gold.record(session.docId, ctx.text, decisions);
    this.undoStack.push({ docId: session.docId, description, decisions });
    this.tracker.refresh(session.docId);
  }

  dispose(): void {}
}
