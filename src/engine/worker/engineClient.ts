import type { Worker } from 'node:worker_threads';
import type { TextRange } from '../entity';
import type { LearnedKnowledgeUpdate } from '../learned/learnedKnowledge';
import type { AnnotationResult, PipelineInfo } from '../pipeline/nerPipeline';
import type { SentenceAnalysis } from '../pipeline/sentenceAnalysis';
import type { EngineRequest, EngineResponse, WorkerPipelineOptions } from './protocol';
import { rebuildError } from './serializedError';
import { startWorker } from './workerScript';

/** The worker died (a native crash, an uncaught error); the next request starts a new one. */
export class EngineCrashError extends Error {
  override name = 'EngineCrashError';
}

export interface EngineClientOptions {
  /** The worker script: dist/engineWorker.js next to the bundle, or the .ts source under tsx. */
  workerFile?: string;
  /** Called when the worker dies unexpectedly; the client restarts it on the next request. */
  onCrash?: (error: Error) => void;
}

type Request =
  | Omit<Extract<EngineRequest, { type: 'load' }>, 'id'>
  | Omit<Extract<EngineRequest, { type: 'annotate' }>, 'id'>
  | Omit<Extract<EngineRequest, { type: 'analyze' }>, 'id'>
  | Omit<Extract<EngineRequest, { type: 'learn' }>, 'id'>
  | Omit<Extract<EngineRequest, { type: 'warm-up' }>, 'id'>;

interface Pending {
  resolve: (response: EngineResponse) => void;
  reject: (error: Error) => void;
}

/**
 * Runs the NER pipeline in a worker thread so that the caller (the extension host) never waits on
 * inference. Requests are typed messages; an AbortSignal cancels one; a crashed worker is reported
 * through `onCrash` and replaced, with the last model loaded again, on the next request.
 */
export class EngineClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private lastLoad: { modelDir?: string; options: WorkerPipelineOptions } | undefined;
  private readonly learned: LearnedKnowledgeUpdate = {};
  private loaded: Promise<PipelineInfo> | undefined;
  private disposed = false;

  constructor(private readonly options: EngineClientOptions = {}) {}

  /** Loads a model folder (default: the bundled one); a bad folder rejects with ModelFolderError. */
  load(modelDir: string | undefined, options: WorkerPipelineOptions = {}): Promise<PipelineInfo> {
    this.lastLoad = { modelDir, options };
    this.loaded = this.request({ type: 'load', modelDir, options, learned: this.learned }).then((r) => (r as { info: PipelineInfo }).info);
    return this.loaded;
  }

  /** The pipeline's `annotate`, run in the worker thread. */
  async annotateInWorker(text: string, signal?: AbortSignal, within?: TextRange): Promise<AnnotationResult> {
    await this.ensureLoaded('annotateInWorker');
    const response = await this.request({ type: 'annotate', text, ...(within ? { within } : {}) }, signal);
    return (response as { result: AnnotationResult }).result;
  }

  /** The pipeline's `analyzeSentences` (what a layer is fitted over), run in the worker thread. */
  async analyzeInWorker(sentences: readonly string[], signal?: AbortSignal): Promise<SentenceAnalysis[]> {
    await this.ensureLoaded('analyzeInWorker');
    const response = await this.request({ type: 'analyze', sentences: [...sentences] }, signal);
    return (response as { analyses: SentenceAnalysis[] }).analyses;
  }

  /** Waits for the model; a worker that crashed since is started again with it. */
  private async ensureLoaded(caller: string): Promise<void> {
    if (!this.lastLoad) throw new Error(`EngineClient.${caller} before load`);
    if (!this.worker) this.load(this.lastLoad.modelDir, this.lastLoad.options);
    await this.loaded;
  }

  /**
   * Applies what the workspace learned to every annotation asked for from now on: the term memory
   * and the layer, each replaced when given (null: none; neither: what the model folder learned
   * itself). Kept for the models loaded later and for a worker restarted after a crash. Resolves
   * once the worker has it.
   */
  async setLearned(update: LearnedKnowledgeUpdate): Promise<void> {
    Object.assign(this.learned, update);
    if (!this.worker) return;
    await this.request({ type: 'learn', learned: update });
  }

  /** Once the model is loaded, annotates a short note in the worker and forgets it (see pipelineWarmUp.ts). */
  async warmUp(): Promise<void> {
    await this.ensureLoaded('warmUp');
    await this.request({ type: 'warm-up' });
  }

  /** For tests: makes the worker throw an uncaught error. */
  crashForTesting(): void {
    this.ensureWorker().postMessage({ id: 0, type: 'crash' } satisfies EngineRequest);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('engine disposed'));
    await worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.disposed) throw new Error('engine disposed');
    if (this.worker) return this.worker;
    const worker = startWorker(__dirname, 'engineWorker', { file: this.options.workerFile });
    worker.on('message', (response: EngineResponse) => {
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      this.pending.delete(response.id);
      if (response.type === 'failed') waiting.reject(rebuildError(response.error));
      else waiting.resolve(response);
    });
    const died = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.loaded = undefined;
      const crash = new EngineCrashError(`the NER engine stopped: ${error.message}`);
      this.failAll(crash);
      if (!this.disposed) this.options.onCrash?.(crash);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private request(message: Request, signal?: AbortSignal): Promise<EngineResponse> {
    signal?.throwIfAborted();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<EngineResponse>((resolve, reject) => {
      const onAbort = () => {
        this.pending.delete(id);
        worker.postMessage({ id: this.nextId++, type: 'cancel', target: id } satisfies EngineRequest);
        reject(signal!.reason instanceof Error ? signal!.reason : new DOMException('annotation cancelled', 'AbortError'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (r) => { signal?.removeEventListener('abort', onAbort); resolve(r); },
        reject: (e) => { signal?.removeEventListener('abort', onAbort); reject(e); },
      });
      worker.postMessage({ ...message, id } as EngineRequest);
    });
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(error);
  }
}
