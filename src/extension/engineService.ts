import * as vscode from 'vscode';
import type { TextRange } from '../engine/entity';
import type { LearnedKnowledgeUpdate } from '../engine/learned/learnedKnowledge';
import { ALL_LAYERS, type AnnotationResult, type PipelineInfo } from '../engine/pipeline/nerPipeline';
import type { SentenceAnalysis } from '../engine/pipeline/sentenceAnalysis';
import { EngineClient, EngineCrashError } from '../engine/worker/engineClient';
import type { WorkerPipelineOptions } from '../engine/worker/protocol';
import type { ConfigService } from './config';

export type EngineState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; info: PipelineInfo }
  /** The model folder could not be loaded (e.g. a ModelFolderError); the editor keeps working without suggestions. */
  | { kind: 'failed'; message: string }
  /** The worker died; the next annotation starts a new one. */
  | { kind: 'crashed'; message: string };

/**
 * The NER engine for the extension: an EngineClient (the pipeline runs in a worker thread, so the
 * extension host never waits on inference) loaded with the configured model folder, reloaded when
 * `modelPath` or `sources` change.
 */
export class EngineService implements vscode.Disposable {
  private readonly client: EngineClient;
  private loading: Promise<PipelineInfo | undefined> | undefined;
  private generation = 0;
  private disposed = false;
  private stateValue: EngineState = { kind: 'idle' };
  private readonly emitter = new vscode.EventEmitter<EngineState>();
  readonly onDidChangeState = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  /** The last error shown to the user, for the status bar and the test state. */
  lastError: string | undefined;
  /** Date.now() when the last model load started and ended (the warm-up, for the test state and the benchmark). */
  lastLoad: { startedAt: number; finishedAt?: number } | undefined;

  constructor(private readonly config: ConfigService) {
    this.client = new EngineClient({ onCrash: (error) => this.setState({ kind: 'crashed', message: error.message }) });
    this.subscription = config.onDidChange((e) => {
      if (e.affectsConfiguration('clinicalNer.modelPath') || e.affectsConfiguration('clinicalNer.sources')) void this.reload();
    });
  }

  get state(): EngineState {
    return this.stateValue;
  }

  /** Loads the model once; resolves undefined (and reports) when it cannot be loaded. */
  ensureLoaded(): Promise<PipelineInfo | undefined> {
    this.loading ??= this.load();
    return this.loading;
  }

  /**
   * Loads the model ahead of need and runs it once on a short note, so that the first note opened
   * gets its suggestions at full speed. A failed load is reported as any load is; a warm-up that
   * fails (the worker crashed, the model was reloaded) is let go: the next annotation works as usual.
   */
  async warmUp(): Promise<void> {
    if (this.disposed || !(await this.ensureLoaded())) return;
    await this.client.warmUp().catch(() => undefined);
  }

  reload(): Promise<PipelineInfo | undefined> {
    this.loading = this.load();
    return this.loading;
  }

  /**
   * The engine's suggestions for `text` (with `within`, for the sentences in that range only);
   * undefined when the engine is unavailable or the request was cancelled. Failures are reported
   * to the user here.
   */
  async suggestionsFor(text: string, signal: AbortSignal, within?: TextRange): Promise<AnnotationResult | undefined> {
    const generation = this.generation;
    if (!(await this.ensureLoaded()) || signal.aborted) return undefined;
    try {
      const result = await this.client.annotateInWorker(text, signal, within);
      if (this.stateValue.kind === 'crashed' && generation === this.generation) await this.markReloaded();
      return result;
    } catch (error) {
      if (signal.aborted || (error as Error).name === 'AbortError') return undefined;
      const message = (error as Error).message;
      if (error instanceof EngineCrashError) this.setState({ kind: 'crashed', message });
      else this.report(`Clinical NER: annotation failed: ${message}`);
      return undefined;
    }
  }

  /**
   * What the model in use reads in sentences given alone, before anything learned (what a layer
   * is fitted over), with the model's name; run in the engine's worker between annotations.
   */
  async analyzeSentences(sentences: readonly string[], signal?: AbortSignal): Promise<SentenceAnalysis[]> {
    if (!(await this.ensureLoaded())) throw new Error(this.lastError ?? 'the model could not be loaded');
    return this.client.analyzeInWorker(sentences, signal);
  }

  /** The model folder and options the engine loads, from the settings. */
  private modelRequest(): { modelDir: string | undefined; options: WorkerPipelineOptions } {
    const { modelPath, sources } = this.config.current;
    // The full list means "whatever the folder provides": a folder without model.onnx still runs its lexicon.
    const wanted = ALL_LAYERS.every((s) => sources.includes(s)) ? undefined : sources;
    return { modelDir: this.config.resolvePath(modelPath), options: { sources: wanted } };
  }

  /** What the workspace learned, applied from the next annotation on; resolves once the engine has it. */
  async setLearned(update: LearnedKnowledgeUpdate): Promise<void> {
    try {
      await this.client.setLearned(update);
    } catch (error) {
      // a crashed worker gets it again when it restarts
      if (!(error instanceof EngineCrashError)) throw error;
    }
  }

  /** For the integration tests: kills the worker as a native crash would. */
  crashForTesting(): void {
    this.client.crashForTesting();
  }

  private async load(): Promise<PipelineInfo | undefined> {
    const generation = ++this.generation;
    const { modelDir, options } = this.modelRequest();
    this.setState({ kind: 'loading' });
    const timing: { startedAt: number; finishedAt?: number } = { startedAt: Date.now() };
    this.lastLoad = timing;
    try {
      const info = await this.client.load(modelDir, options);
      timing.finishedAt = Date.now();
      if (generation !== this.generation) return info;
      this.lastError = undefined;
      this.setState({ kind: 'ready', info });
      return info;
    } catch (error) {
      if (generation !== this.generation) return undefined;
      const where = modelDir ?? 'the bundled default model';
      const message = `Clinical NER: cannot load the model (${where}): ${(error as Error).message}`;
      this.setState({ kind: 'failed', message });
      this.report(message);
      return undefined;
    }
  }

  private async markReloaded(): Promise<void> {
    // the client reloaded the last model itself before answering
    const info = await this.loading;
    if (info) this.setState({ kind: 'ready', info });
  }

  private report(message: string): void {
    this.lastError = message;
    void vscode.window.showErrorMessage(message);
  }

  private setState(state: EngineState): void {
    this.stateValue = state;
    if (state.kind === 'crashed') {
      this.lastError = `Clinical NER: ${state.message}. It restarts on the next annotation.`;
      void vscode.window.showWarningMessage(this.lastError);
    }
    this.emitter.fire(state);
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
    this.emitter.dispose();
    void this.client.dispose();
  }
}
