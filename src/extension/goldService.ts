import * as path from 'node:path';
import * as vscode from 'vscode';
import { annotatorsOf, annotatorView, isDone } from '../gold/annotators';
import type { Decision } from '../gold/decision';
import type { GoldDocument } from '../gold/goldDocument';
import { GoldStore, type ExternalChangeEvent } from '../gold/goldStore';
import type { GoldFileIssue } from '../gold/goldFile';
import type { ImportOptions } from '../gold/importing/importedDocuments';
import type { ImportInput } from '../gold/importing/importFormats';
import { importIntoGold } from '../gold/importing/importIntoGold';
import type { ImportReport } from '../gold/importing/importReport';
import { changeBetween } from '../gold/review/textRealignment';
import type { TextChange } from '../gold/spanTracker';
import type { ConfigService } from './config';

const FLUSH_DELAY_MS = 150;

/**
 * The workspace's gold file: decisions are recorded in memory at once and written atomically soon
 * after each review action (debounced, so a bulk action or fast keyboard review is one write). A
 * file watcher merges what other writers put in the file; malformed lines are reported by number
 * and kept as they are. Several annotators may share the file: the review sees the decisions of
 * `clinicalNer.annotator` only, and the others' on request.
 */
export class GoldService implements vscode.Disposable {
  private store: GoldStore | undefined;
  private opening: Promise<GoldStore | undefined>;
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private watcher: vscode.FileSystemWatcher | undefined;
  private storeSubscription: { dispose(): void } | undefined;
  private readonly emitter = new vscode.EventEmitter<string[] | undefined>();
  /** Fires with the document ids whose decisions changed from outside (undefined: all of them). */
  readonly onDidChangeExternally = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The last warning shown about the gold file (malformed line, conflict, write error). */
  lastWarning: string | undefined;
  private revisionValue = 0;

  constructor(
    private readonly config: ConfigService,
    private readonly fallbackDir: vscode.Uri,
  ) {
    this.opening = this.open();
    this.subscriptions.push(config.onDidChange((e) => {
      if (e.affectsConfiguration('clinicalNer.goldFile')) void this.reopen();
      else if (e.affectsConfiguration('clinicalNer.annotator')) {
        this.revisionValue++;
        this.emitter.fire(undefined);
      }
    }));
  }

  /** Bumped on every change of any decision: lets callers cache what they derive from decisions. */
  get revision(): number {
    return this.revisionValue;
  }

  get file(): string {
    const setting = this.config.current.goldFile;
    return this.config.resolvePath(setting) ?? path.resolve(this.fallbackDir.fsPath, setting);
  }

  ready(): Promise<GoldStore | undefined> {
    return this.opening;
  }

  get annotator(): string {
    return this.config.current.annotator;
  }

  /** The decisions of `annotator` (by default the reviewer, `clinicalNer.annotator`) on a document. */
  decisions(docId: string, annotator = this.annotator): Decision[] {
    return this.store?.getDocument(docId)?.decisions.filter((d) => d.annotator === annotator) ?? [];
  }

  /** Everyone but the reviewer who decided on a document or marked it done. */
  otherAnnotators(docId: string): string[] {
    const doc = this.store?.getDocument(docId);
    return doc ? annotatorsOf(doc).filter((a) => a !== this.annotator) : [];
  }

  /** Every annotator of the gold file. */
  allAnnotators(): string[] {
    return [...new Set(this.allDocuments().flatMap(annotatorsOf))].sort();
  }

  documentText(docId: string): string | undefined {
    return this.store?.getDocument(docId)?.text;
  }

  document(docId: string): GoldDocument | undefined {
    return this.store?.getDocument(docId);
  }

  allDocuments(): GoldDocument[] {
    return this.store?.allDocuments() ?? [];
  }

  /** The reviewer's own gold: their view of every document they worked on. */
  ownDocuments(): GoldDocument[] {
    return this.allDocuments().filter((d) => annotatorsOf(d).includes(this.annotator)).map((d) => annotatorView(d, this.annotator));
  }

  isDone(docId: string): boolean {
    const doc = this.document(docId);
    return !!doc && isDone(annotatorView(doc, this.annotator));
  }

  /** Marks a note done by the reviewer, or reopens it; false when it already was so. */
  markDone(docId: string, text: string, done: boolean): boolean {
    const changed = this.requireStore().markDone(docId, text, this.annotator, done);
    if (changed) {
      this.changed();
      this.emitter.fire([docId]);
    }
    return changed;
  }

  /** Adds what an import read and writes it at once; the report says what was left out. */
  async importAnnotations(format: string, input: ImportInput, options: Omit<ImportOptions, 'annotator'>): Promise<ImportReport> {
    const store = await this.ready();
    if (!store) throw new Error('the gold file could not be opened');
    const report = importIntoGold(store, format, input, { ...options, annotator: this.annotator });
    this.changed();
    await this.flushNow();
    this.emitter.fire(undefined);
    return report;
  }

  record(docId: string, text: string, decisions: readonly Decision[]): void {
    const store = this.requireStore();
    for (const d of decisions) store.recordDecision(docId, text, d);
    this.changed();
  }

  withdraw(docId: string, decisions: readonly Decision[]): number {
    const removed = this.requireStore().withdrawDecisions(docId, decisions);
    if (removed > 0) this.changed();
    return removed;
  }

  /** Moves decisions through one editor change batch (offsets all against the text before it). */
  applyTextChanges(docId: string, newText: string, changes: readonly TextChange[]): void {
    if (!this.store?.getDocument(docId)) return;
    this.store.applyTextChanges(docId, newText, changes, 'batch');
    this.changed();
  }

  /** A document opened with another text than its decisions refer to (edited elsewhere): move them across the difference. */
  realign(docId: string, text: string): boolean {
    const stored = this.documentText(docId);
    const change = stored === undefined ? undefined : changeBetween(stored, text);
    if (!change) return false;
    this.store!.applyTextChanges(docId, text, [change], 'sequential');
    this.changed();
    return true;
  }

  async flushNow(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.flushing = this.flushing.then(() => this.flush());
    await this.flushing;
  }

  private changed(): void {
    this.revisionValue++;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => void this.flushNow(), FLUSH_DELAY_MS);
  }

  private async flush(): Promise<void> {
    const store = this.store;
    if (!store?.hasUnsavedChanges()) return;
    try {
      const result = await store.flush();
      if (result.conflicts.length > 0) this.reportConflicts(result.conflicts.map((c) => c.id));
    } catch (error) {
      // the message names the file and what to do; the decisions stay unsaved in the store and go with the next write
      this.warn(`Clinical NER: decisions not saved yet (kept, and written with your next review action): ${(error as Error).message}`);
    }
  }

  private async open(): Promise<GoldStore | undefined> {
    const file = this.file;
    try {
      const store = await GoldStore.open(file);
      this.store = store;
      this.storeSubscription = store.onExternalChange((e) => this.onExternal(e));
      this.reportIssues(store.issues);
      this.watch(file);
      this.revisionValue++;
      this.emitter.fire(undefined);
      return store;
    } catch (error) {
      this.warn(`Clinical NER: cannot read the gold file: ${(error as Error).message}`);
      return undefined;
    }
  }

  private async reopen(): Promise<void> {
    await this.flushNow();
    this.storeSubscription?.dispose();
    this.watcher?.dispose();
    this.store = undefined;
    this.opening = this.open();
    await this.opening;
  }

  private watch(file: string): void {
    this.watcher?.dispose();
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)));
    const check = () => void this.store?.checkForExternalChange().catch((e: Error) => this.warn(`Clinical NER: cannot re-read the gold file: ${e.message}`));
    this.watcher.onDidChange(check);
    this.watcher.onDidCreate(check);
    this.watcher.onDidDelete(check);
  }

  private onExternal(event: ExternalChangeEvent): void {
    this.revisionValue++;
    this.reportIssues(event.issues);
    if (event.conflicts.length > 0) this.reportConflicts(event.conflicts.map((c) => c.id));
    this.emitter.fire([...event.changedIds, ...event.mergedIds]);
  }

  private reportIssues(issues: readonly GoldFileIssue[]): void {
    const malformed = issues.filter((i) => i.severity === 'malformed');
    if (malformed.length === 0) return;
    const lines = malformed.map((i) => `line ${i.line} (${i.reason})`).join('; ');
    this.warn(`Clinical NER: the gold file ${this.file} has lines that cannot be read, kept unchanged: ${lines}`);
  }

  private reportConflicts(ids: string[]): void {
    const store = this.store;
    const message = `Clinical NER: ${ids.join(', ')} changed both here and in the gold file on disk with different texts.`;
    this.lastWarning = message;
    void vscode.window.showWarningMessage(message, 'Keep mine', 'Take the file\'s').then((choice) => {
      if (!choice || !store) return;
      for (const id of ids) store.resolveConflict(id, choice === 'Keep mine' ? 'ours' : 'theirs');
      this.changed();
      this.emitter.fire(ids);
    });
  }

  private warn(message: string): void {
    this.lastWarning = message;
    void vscode.window.showWarningMessage(message);
  }

  private requireStore(): GoldStore {
    if (!this.store) throw new Error('the gold file is not open');
    return this.store;
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    // a last write of anything pending; the extension host gives deactivation a few seconds
    void this.flushing.then(() => this.flush());
    this.storeSubscription?.dispose();
    this.watcher?.dispose();
    this.emitter.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
