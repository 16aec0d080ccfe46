import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FittedLayerJson } from '../engine/learned/fittedLayer';
import { TermMemory } from '../engine/learned/termMemory';
import { fitLayerInWorker } from '../learning/layerFitInWorker';
import { learningStatus, type LearningStatus } from '../learning/learningStatus';
import { NothingToLearnError, termMemoryOf } from '../learning/learnFromReview';
import { EMPTY_STATE, WORKSPACE_LEARNED_DIR, WorkspaceLearnedFiles, type LearningStateJson } from '../learning/workspaceLearnedFiles';
import { refitDue, WorkspaceReviewCache, type WorkspaceReview } from '../learning/workspaceReview';
import type { ConfigService } from './config';
import type { EngineService } from './engineService';
import type { DecisionChangeCause, GoldService } from './goldService';

// A fit starts after this pause in decisions, so that keyboard review does not start (and cancel)
// one fit per key.
const REFIT_PAUSE_MS = 3000;
// Typing moves decisions (and may make one stale): the memory is rebuilt once typing pauses.
const EDIT_PAUSE_MS = 300;

/** How an adaptation ended (for the command and the tests). */
export type AdaptOutcome =
  | { kind: 'adapted'; notes: number; labels: string[] }
  | { kind: 'nothing'; message: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'off' };

/**
 * Learning from the reviewer in the workspace. The term memory is rebuilt from the gold file's
 * decisions after every change, so undo takes back exactly what its decision taught, and goes to
 * the engine's worker at once; the layer over the base model is fitted in a worker thread of its
 * own after every `refitEvery` decisions (a new decision or closing the window cancels a running
 * fit, which starts again later) or on command. Everything lives in `.clinical-ner/learned/`;
 * "Clear What Was Learned" forgets every decision taken until then, without touching gold.
 */
export class LearningService implements vscode.Disposable {
  readonly files: WorkspaceLearnedFiles;
  private state: LearningStateJson = EMPTY_STATE;
  private layer: FittedLayerJson | undefined;
  private memory = TermMemory.empty();
  private review: WorkspaceReview = { documents: [], decisions: 0 };
  private readonly reviewCache = new WorkspaceReviewCache();
  private termsOnDisk: string | undefined;
  private sent: { terms?: string; layer?: FittedLayerJson | null } = {};
  private fitting: { controller: AbortController; message: string; fraction: number } | undefined;
  private refitTimer: NodeJS.Timeout | undefined;
  private editTimer: NodeJS.Timeout | undefined;
  private noticedMismatch: string | undefined;
  private readonly loaded: Promise<void>;
  private updating: Promise<void> = Promise.resolve();
  private writing: Promise<void> = Promise.resolve();
  private disposed = false;
  private readonly statusEmitter = new vscode.EventEmitter<void>();
  /** Fires when what the status bar shows may have changed. */
  readonly onDidChangeStatus = this.statusEmitter.event;
  private readonly knowledgeEmitter = new vscode.EventEmitter<void>();
  /** Fires once the engine applies other knowledge: open notes are annotated again. */
  readonly onDidChangeKnowledge = this.knowledgeEmitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The last one-line notice shown (a layer of another model, a file that cannot be used, a failed fit). */
  lastNotice: string | undefined;

  constructor(
    private readonly config: ConfigService,
    private readonly engine: EngineService,
    private readonly gold: GoldService,
    fallbackDir: vscode.Uri,
  ) {
    this.files = new WorkspaceLearnedFiles(config.resolvePath(WORKSPACE_LEARNED_DIR) ?? path.join(fallbackDir.fsPath, 'learned'));
    this.loaded = this.load();
    this.subscriptions.push(
      gold.onDidChangeDecisions((cause) => this.onDecisions(cause)),
      engine.onDidChangeState((s) => {
        if (s.kind === 'ready') this.checkLayerModel();
      }),
      config.onDidChange((e) => {
        if (e.affectsConfiguration('clinicalNer.learning.enabled')) {
          if (!this.config.current.learningEnabled) this.cancelFit();
          this.update();
        }
        if (e.affectsConfiguration('clinicalNer.learning')) this.considerRefit();
      }),
    );
    this.update();
    this.considerRefit();
  }

  get enabled(): boolean {
    return this.config.current.learningEnabled;
  }

  /** Whether the engine applies anything learned in this workspace (suggestions stored before it would lack it). */
  get applies(): boolean {
    return this.enabled && (this.memory.size > 0 || this.layer !== undefined);
  }

  get status(): LearningStatus {
    const engine = this.engine.state;
    return learningStatus({
      enabled: this.enabled,
      terms: this.memory.size,
      decisions: this.review.decisions,
      ...(this.layer ? { layer: this.layer } : {}),
      ...(engine.kind === 'ready' ? { modelInUse: engine.info.modelName } : {}),
      ...(this.fitting ? { fitting: { message: this.fitting.message, fraction: this.fitting.fraction } } : {}),
      refitEvery: this.config.current.refitEvery,
      decisionsSinceFit: this.review.decisions - (this.state.decisionsAtLastFit ?? 0),
    });
  }

  /** For the test state: what was learned, as data. */
  describe() {
    return {
      enabled: this.enabled,
      terms: this.memory.terms.map((t) => ({ term: t.term, label: t.label, positive: t.positive, rejected: t.rejectedContexts.length })),
      decisions: this.review.decisions,
      layer: this.layer && { model: this.layer.base.model, notes: this.layer.notes, labels: Object.keys(this.layer.taggers), checks: this.layer.checks },
      fitting: !!this.fitting,
      state: this.state,
      folder: this.files.dir,
      lastNotice: this.lastNotice,
    };
  }

  /** Resolves once every change made so far has reached the engine and `.clinical-ner/learned/`. */
  async settled(): Promise<void> {
    await this.loaded;
    await this.updating;
    await this.writing;
  }

  /**
   * Fits the layer to the review now ("Adapt to My Review Now"), cancelling a fit under way;
   * resolves when it is over. Stored in layer.json, naming the base model.
   */
  async adaptNow(): Promise<AdaptOutcome> {
    if (this.refitTimer) clearTimeout(this.refitTimer);
    this.refitTimer = undefined;
    return this.fit();
  }

  /** Forgets what was learned from every decision taken until now; gold is not touched. */
  async clear(): Promise<void> {
    await this.loaded;
    if (this.refitTimer) clearTimeout(this.refitTimer);
    this.refitTimer = undefined;
    this.cancelFit();
    const empty = TermMemory.empty().toJson();
    this.state = await this.files.clear(empty, new Date().toISOString());
    this.termsOnDisk = JSON.stringify(empty);
    this.layer = undefined;
    this.update();
    await this.settled();
  }

  private async load(): Promise<void> {
    const stored = await this.files.read();
    this.state = stored.state;
    this.layer = stored.layer;
    // no file is the empty memory: nothing is written before something is learned
    this.termsOnDisk = stored.terms ?? JSON.stringify(TermMemory.empty().toJson());
    for (const problem of stored.problems) this.notice(`Clinical NER: ${problem}`);
    await this.gold.ready();
  }

  private onDecisions(cause: DecisionChangeCause): void {
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editTimer = undefined;
    if (cause === 'edit') {
      this.editTimer = setTimeout(() => this.update(), EDIT_PAUSE_MS);
      return;
    }
    this.update();
    // a fit under way is about to be out of date: it starts again once the reviewer pauses
    this.considerRefit(this.cancelFit());
  }

  /** Rebuilds the term memory from the gold file and brings the engine and the files up to date, in order. */
  private update(): void {
    this.updating = this.updating.then(() => this.rebuild()).catch((error: unknown) => this.notice(`Clinical NER: learning from your review failed: ${(error as Error).message}`));
  }

  private async rebuild(): Promise<void> {
    await this.loaded;
    if (this.disposed) return;
    this.review = this.reviewCache.review(this.gold.ownDocuments(), this.state.clearedAt);
    this.memory = termMemoryOf(this.review.documents);
    const terms = JSON.stringify(this.memory.toJson());
    if (this.enabled && terms !== this.termsOnDisk) {
      this.termsOnDisk = terms;
      this.write(() => this.files.writeTerms(this.memory.toJson()));
    }
    await this.sendToEngine(terms);
    this.statusEmitter.fire();
  }

  private async sendToEngine(terms: string): Promise<void> {
    const update: { terms?: ReturnType<TermMemory['toJson']> | null; layer?: FittedLayerJson | null } = {};
    const wantedTerms = this.enabled && this.memory.size > 0 ? terms : undefined;
    const wantedLayer = this.enabled && this.layer ? this.layer : null;
    if (wantedTerms !== this.sent.terms) update.terms = wantedTerms === undefined ? null : this.memory.toJson();
    if (wantedLayer !== (this.sent.layer ?? null)) update.layer = wantedLayer;
    if (Object.keys(update).length === 0) return;
    this.sent = { terms: wantedTerms, layer: wantedLayer };
    await this.engine.setLearned(update);
    this.checkLayerModel();
    this.knowledgeEmitter.fire();
  }

  /** A layer fitted over another model than the one in use is not used (the worker leaves it out): say so once. */
  private checkLayerModel(): void {
    const engine = this.engine.state;
    if (!this.enabled || !this.layer || engine.kind !== 'ready' || this.layer.base.model === engine.info.modelName) return;
    const key = `${this.layer.base.model}→${engine.info.modelName}`;
    if (this.noticedMismatch === key) return;
    this.noticedMismatch = key;
    this.notice(`Clinical NER: the layer adapted to your review was fitted over ${this.layer.base.model}, not over ${engine.info.modelName}, the model in use; it is not used until you adapt again.`, 'info');
    this.statusEmitter.fire();
  }

  /** Schedules a fit after a pause in decisions when one is due (or, with `again`, when a cancelled one must start over). */
  private considerRefit(again = false): void {
    if (this.refitTimer) clearTimeout(this.refitTimer);
    this.refitTimer = undefined;
    void this.loaded.then(async () => {
      await this.updating;
      const due = again || refitDue(this.review.decisions, this.state, this.config.current.refitEvery);
      if (this.disposed || this.fitting || !this.enabled || !due) return;
      if (this.refitTimer) clearTimeout(this.refitTimer);
      this.refitTimer = setTimeout(() => {
        this.refitTimer = undefined;
        void this.fit();
      }, REFIT_PAUSE_MS);
    });
  }

  private async fit(): Promise<AdaptOutcome> {
    await this.settled();
    if (!this.enabled) return { kind: 'off' };
    this.cancelFit();
    const controller = new AbortController();
    const fitting = { controller, message: 'reading the reviewed notes with the base model', fraction: 0 };
    this.fitting = fitting;
    this.statusEmitter.fire();
    const decisions = this.review.decisions;
    try {
      const info = await this.engine.ensureLoaded();
      if (!info) throw new Error(this.engine.lastError ?? 'the model could not be loaded');
      const layer = await fitLayerInWorker(
        { documents: this.review.documents, modelName: info.modelName },
        {
          analyze: (sentences, signal) => this.engine.analyzeSentences(sentences, signal),
          signal: controller.signal,
          onProgress: (message, fraction) => {
            fitting.message = message;
            fitting.fraction = fraction;
            this.statusEmitter.fire();
          },
        },
      );
      // the model changed while the notes were read: the layer may mix two models' readings
      const now = this.engine.state;
      if (now.kind === 'ready' && now.info.modelName !== info.modelName) return { kind: 'cancelled' };
      if (controller.signal.aborted) return { kind: 'cancelled' };
      this.layer = layer;
      this.state = { ...this.state, decisionsAtLastFit: decisions };
      this.write(async () => {
        await this.files.writeLayer(layer);
        await this.files.writeState(this.state);
      });
      this.update();
      await this.settled();
      return { kind: 'adapted', notes: layer.notes, labels: Object.keys(layer.taggers) };
    } catch (error) {
      if (controller.signal.aborted || (error as Error).name === 'AbortError') return { kind: 'cancelled' };
      const message = (error as Error).message;
      if (error instanceof NothingToLearnError) {
        // not worth trying again before the next `refitEvery` decisions
        this.state = { ...this.state, decisionsAtLastFit: decisions };
        this.write(() => this.files.writeState(this.state));
        return { kind: 'nothing', message: `nothing to adapt to yet: ${message}` };
      }
      this.notice(`Clinical NER: adapting to your review failed: ${message}`);
      return { kind: 'failed', message };
    } finally {
      if (this.fitting === fitting) this.fitting = undefined;
      this.statusEmitter.fire();
    }
  }

  /** Cancels a fit under way; true when there was one. */
  private cancelFit(): boolean {
    const running = this.fitting;
    if (!running) return false;
    this.fitting = undefined;
    running.controller.abort();
    this.statusEmitter.fire();
    return true;
  }

  /** Writes one after the other, so that an older write never lands after a newer one. */
  private write(action: () => Promise<void>): void {
    this.writing = this.writing.then(action).catch((error: unknown) => this.notice(`Clinical NER: what was learned could not be saved: ${(error as Error).message}`));
  }

  private notice(message: string, level: 'info' | 'warning' = 'warning'): void {
    this.lastNotice = message;
    if (level === 'info') void vscode.window.showInformationMessage(message);
    else void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    this.disposed = true;
    if (this.refitTimer) clearTimeout(this.refitTimer);
    if (this.editTimer) clearTimeout(this.editTimer);
    this.cancelFit();
    for (const s of this.subscriptions) s.dispose();
    this.statusEmitter.dispose();
    this.knowledgeEmitter.dispose();
  }
}
