import * as vscode from 'vscode';
import type { TextRange } from '../engine/entity';
import type { ReviewItem } from '../gold/review/reviewItem';
import { trackSpansThroughBatch, type TextChange } from '../gold/spanTracker';
import type { ConfigService } from './config';
import { documentId, isEligible } from './documentEligibility';
import type { EngineService } from './engineService';
import type { GoldService } from './goldService';
import type { LearningService } from './learningService';
import { ReviewSession } from './reviewSession';
import type { StoredSuggestionService } from './storedSuggestionService';
import { visiblePart } from './visiblePart';

/**
 * Follows the open documents the extension annotates. Each change batch moves the stored spans
 * (suggestions here, decisions in the gold store) synchronously and in order, so no edit is ever
 * skipped; only re-annotation waits for `debounceMs` without typing, and its result is dropped if
 * the document changed while the engine ran.
 */
export class DocumentTracker implements vscode.Disposable {
  private readonly sessions = new Map<string, ReviewSession>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires when the review items of a document (or of all, with undefined) may have changed. */
  readonly onDidChangeItems = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly config: ConfigService,
    private readonly engine: EngineService,
    private readonly gold: GoldService,
    private readonly stored: StoredSuggestionService,
    private readonly learning: LearningService,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.consider(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.consider(e.document))),
      config.onDidChange((e) => this.onConfigChange(e)),
      engine.onDidChangeState((s) => {
        if (s.kind !== 'ready') return;
        // notes never annotated (the model was failing, or a crash), unless their run is on its way
        for (const session of this.sessions.values()) if (session.annotatedVersion === undefined && !session.running && !session.timer) this.schedule(session, 0);
      }),
      gold.onDidChangeExternally((ids) => this.onGoldChanged(ids)),
      // what was learned changed: every open note is annotated again (only the engine applies it)
      learning.onDidChangeKnowledge(() => {
        for (const session of this.sessions.values()) {
          session.storedChecked = true;
          this.schedule(session, 0);
        }
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.consider(document);
  }

  session(document: vscode.TextDocument | vscode.Uri): ReviewSession | undefined {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    return this.sessions.get(uri.toString());
  }

  allSessions(): ReviewSession[] {
    return [...this.sessions.values()];
  }

  /** The items shown for a document (rejected and low-scored suggestions left out). */
  visibleItems(document: vscode.TextDocument): ReviewItem[] {
    const session = this.session(document);
    return session ? session.items(this.gold, this.config.current.minScore).visible : [];
  }

  allItems(document: vscode.TextDocument): ReviewItem[] {
    const session = this.session(document);
    return session ? session.items(this.gold, this.config.current.minScore).all : [];
  }

  /** Starts tracking a document if it is eligible (an explicit request tracks it regardless of the globs). */
  consider(document: vscode.TextDocument, force = false): ReviewSession | undefined {
    const existing = this.session(document);
    if (existing) return existing;
    if (!force && !isEligible(document, this.config.current)) return undefined;
    const session = new ReviewSession(document, documentId(document));
    this.sessions.set(document.uri.toString(), session);
    // the model loads while the gold file and the suggestions files are read
    void this.engine.ensureLoaded();
    void this.gold.ready().then(() => {
      if (this.sessions.get(document.uri.toString()) !== session) return;
      this.gold.realign(session.docId, document.getText());
      this.changed(session);
    });
    this.schedule(session, 0);
    return session;
  }

  /** Runs the engine on the document now (the "annotate now" command); resolves when the result is applied. */
  async annotateNow(document: vscode.TextDocument): Promise<void> {
    const session = this.consider(document, true);
    if (!session) return;
    if (session.timer) clearTimeout(session.timer);
    session.timer = undefined;
    session.storedChecked = true;
    await this.refreshSuggestions(session);
  }

  /** Re-renders a document after its decisions changed. */
  refresh(docId: string): void {
    for (const s of this.sessions.values()) if (s.docId === docId) this.changed(s);
  }

  private onChange(event: vscode.TextDocumentChangeEvent): void {
    const session = this.session(event.document);
    if (!session || event.contentChanges.length === 0) return;
    const changes: TextChange[] = event.contentChanges.map((c) => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
    session.suggestions = trackSpansThroughBatch(session.suggestions, changes);
    this.gold.applyTextChanges(session.docId, event.document.getText(), changes);
    session.lastEditAt = Date.now();
    this.changed(session);
    this.schedule(session, this.config.current.debounceMs);
  }

  private schedule(session: ReviewSession, delayMs: number): void {
    if (session.timer) clearTimeout(session.timer);
    // a run for an older text is now useless: cancel it rather than wait for it
    if (delayMs > 0) session.running?.abort();
    session.timer = setTimeout(() => {
      session.timer = undefined;
      void this.refreshSuggestions(session);
    }, delayMs);
  }

  /**
   * Gives the session suggestions for the document's current text: stored ones if a batch run
   * left some for it, else the engine's; a note never annotated gets its visible part first.
   */
  private async refreshSuggestions(session: ReviewSession): Promise<void> {
    session.running?.abort();
    const controller = new AbortController();
    session.running = controller;
    try {
      if (!session.storedChecked) {
        session.storedChecked = true;
        if (await this.applyStored(session, controller)) return;
      }
      const firstPart = session.annotatedVersion === undefined ? visiblePart(session.document) : undefined;
      if (firstPart && !(await this.applyEngineRun(session, controller, firstPart))) return;
      await this.applyEngineRun(session, controller);
    } finally {
      if (session.running === controller) session.running = undefined;
    }
  }

  /** Runs the engine on the document (or on the sentences `within` a range); false when the result was not applied. */
  private async applyEngineRun(session: ReviewSession, controller: AbortController, within?: TextRange): Promise<boolean> {
    const document = session.document;
    const version = document.version;
    const startedAt = Date.now();
    const result = await this.engine.suggestionsFor(document.getText(), controller.signal, within);
    if (!result || controller.signal.aborted || this.sessions.get(document.uri.toString()) !== session) return false;
    if (document.version !== version) {
      session.discardedResults++;
      return false;
    }
    // the status bar and the tests see the run as over when its last result is shown
    if (!within && session.running === controller) session.running = undefined;
    session.suggestions = result.entities;
    session.annotatedVersion = version;
    session.lastRun = { version, startedAt, finishedAt: Date.now(), sentences: result.sentences, annotatedSentences: result.annotatedSentences, covered: result.covered };
    this.changed(session);
    return true;
  }

  /**
   * Shows the suggestions a batch run stored for this note, if they were computed for its current
   * text and nothing learned since must be applied to them; otherwise the engine annotates it as usual.
   */
  private async applyStored(session: ReviewSession, controller: AbortController): Promise<boolean> {
    if (this.learning.applies) return false;
    const document = session.document;
    const version = document.version;
    const startedAt = Date.now();
    const found = await this.stored.lookup(session.docId, document.getText());
    if (!found || controller.signal.aborted || document.version !== version || this.sessions.get(document.uri.toString()) !== session) return false;
    if (session.running === controller) session.running = undefined;
    session.suggestions = found.entities;
    session.annotatedVersion = version;
    session.lastRun = { version, startedAt, finishedAt: Date.now(), sentences: 0, annotatedSentences: 0, storedIn: found.file };
    this.changed(session);
    return true;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.sessions.get(key)?.dispose();
    this.sessions.delete(key);
  }

  private onConfigChange(e: vscode.ConfigurationChangeEvent): void {
    if (['languages', 'include', 'exclude'].some((k) => e.affectsConfiguration(`clinicalNer.${k}`))) {
      for (const s of [...this.sessions.values()]) if (!isEligible(s.document, this.config.current)) this.forget(s.document.uri);
      for (const d of vscode.workspace.textDocuments) this.consider(d);
    }
    if (e.affectsConfiguration('clinicalNer.modelPath') || e.affectsConfiguration('clinicalNer.sources')) {
      for (const s of this.sessions.values()) {
        s.suggestions = [];
        s.annotatedVersion = undefined;
        s.invalidate();
        this.schedule(s, 0);
      }
    }
    this.emitter.fire(undefined);
  }

  private onGoldChanged(ids: string[] | undefined): void {
    for (const s of this.sessions.values()) {
      if (ids && !ids.includes(s.docId)) continue;
      this.gold.realign(s.docId, s.document.getText());
      s.invalidate();
    }
    this.emitter.fire(undefined);
  }

  private changed(session: ReviewSession): void {
    session.invalidate();
    this.emitter.fire(session.document.uri);
  }

  dispose(): void {
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
