import { availableParallelism } from 'node:os';
import type { Entity } from '../entity';
import type { PipelineInfo, PipelineOptions } from '../pipeline/nerPipeline';
import { EngineClient } from '../worker/engineClient';
import type { SuggestionOutput } from './suggestionFile';

/** A document of a batch; `load` runs on the calling thread just before the document is sent. */
export interface BatchDocument {
  id: string;
  load: () => string;
}

export interface BatchProgress {
  /** Documents finished (written, failed or already in the output) out of `total`. */
  done: number;
  total: number;
  /** Written by this run. */
  annotated: number;
  /** Already in the output when the run started. */
  skipped: number;
  failed: number;
  elapsedMs: number;
  /** This run's documents per second, from the moment the workers had loaded their model. */
  notesPerSecond: number;
  /** Seconds left at the current rate; undefined before the first document. */
  etaSeconds: number | undefined;
}

export interface BatchFailure {
  id: string;
  message: string;
}

export interface BatchResult {
  total: number;
  annotated: number;
  skipped: number;
  failed: BatchFailure[];
  /** The signal fired: the output holds a prefix of the documents still to do, in order. */
  aborted: boolean;
  workers: number;
  elapsedMs: number;
  /** Of which: starting the workers and loading their pipelines (in parallel). */
  loadMs: number;
  pipeline: PipelineInfo | undefined;
}

export interface BatchOptions {
  /** Model folder (default: the bundled one). */
  modelDir?: string;
  pipelineOptions?: PipelineOptions;
  /** Worker threads, each with its own pipeline (default: all cores, at most one per document). */
  workers?: number;
  signal?: AbortSignal;
  /** Called after every document. */
  onProgress?: (progress: BatchProgress) => void;
  /**
   * The output line of a document (default: `{"id","entities"}` JSON). `text` is what was
   * annotated, so that a line can carry what identifies it (e.g. a hash and length of the text).
   */
  serialize?: (id: string, entities: Entity[], text: string) => string;
  /** Worker script, for tests and bundles elsewhere (default: EngineClient's). */
  workerFile?: string;
  /**
   * How far dispatch may run ahead of the oldest unwritten document. Results are written in input
   * order, so this bounds what waits in memory behind one slow document.
   */
  window?: number;
}

const defaultSerialize = (id: string, entities: Entity[]) => JSON.stringify({ id, entities });

/**
 * Annotates many documents with a pool of worker threads, each running its own NerPipeline.
 * The signal stops dispatch; the documents already in flight finish (one per worker).
 *
 * Output order is the input order with the documents already in `output` left out, whatever the
 * number of workers, so a run with N workers writes exactly what a single-worker run writes, and
 * an interrupted run followed by a resumed one writes exactly what an uninterrupted one writes.
 * A document that fails (unreadable, engine error) is reported and not written: a later run
 * retries it.
 */
export async function annotateBatch(
  documents: readonly BatchDocument[],
  output: SuggestionOutput,
  options: BatchOptions = {},
): Promise<BatchResult> {
  const started = Date.now();
  const signal = options.signal;
  const serialize = options.serialize ?? defaultSerialize;
  const todo = documents.filter((d) => !output.done.has(d.id));
  const skipped = documents.length - todo.length;
  const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), todo.length));
  const window = Math.max(workerCount, options.window ?? workerCount * 16);
  const pipelineOptions: PipelineOptions = {
    // one ORT thread per worker unless asked: the pool, not the operator, uses the cores
    intraOpNumThreads: Math.max(1, Math.floor(availableParallelism() / workerCount)),
    ...options.pipelineOptions,
  };
  const result: BatchResult = {
    total: documents.length, annotated: 0, skipped, failed: [], aborted: false, workers: workerCount, elapsedMs: 0, loadMs: 0, pipeline: undefined,
  };
  if (todo.length === 0 || signal?.aborted) {
    result.aborted = signal?.aborted ?? false;
    return result;
  }

  // The tokenizers library spreads each encodeBatch over rayon threads of its own; next to several
  // engine workers they only oversubscribe the cores (2 workers, default model: 115 → 130
  // notes/s; 1 worker: no change). The library reads the switch from the process environment,
  // which only the main thread can set, so it is set here, before the workers start.
  if (workerCount > 1) process.env.TOKENIZERS_PARALLELISM ??= 'false';
  const clients = Array.from({ length: workerCount }, () => new EngineClient({ workerFile: options.workerFile }));
  // EngineClient unrefs its workers (an idle engine must not keep the extension host alive); a
  // command-line run that only waits on them would exit at once, so the batch holds the loop open
  const keepAlive = setInterval(() => undefined, 60_000);
  try {
    const infos = await Promise.all(clients.map((c) => c.load(options.modelDir, pipelineOptions)));
    result.pipeline = infos[0];
    const annotating = Date.now();
    result.loadMs = annotating - started;

    const finished = new Map<number, string | undefined>();
    let nextToSend = 0;
    let nextToWrite = 0;
    let wake: (() => void)[] = [];
    const wakeAll = () => { const w = wake; wake = []; w.forEach((f) => f()); };
    signal?.addEventListener('abort', wakeAll, { once: true });

    const report = () => {
      if (!options.onProgress) return;
      const elapsedMs = Date.now() - started;
      // the rate leaves out the workers' model loading, which happens once
      const annotatingMs = Date.now() - annotating;
      const rate = annotatingMs > 0 ? (result.annotated + result.failed.length) / (annotatingMs / 1000) : 0;
      const left = todo.length - nextToWrite;
      options.onProgress({
        done: skipped + nextToWrite, total: documents.length, annotated: result.annotated, skipped, failed: result.failed.length,
        elapsedMs, notesPerSecond: rate, etaSeconds: rate > 0 ? left / rate : undefined,
      });
    };
    const flush = () => {
      let advanced = false;
      while (finished.has(nextToWrite)) {
        const line = finished.get(nextToWrite);
        finished.delete(nextToWrite);
        if (line !== undefined) {
          output.append(line);
          result.annotated++;
        }
        nextToWrite++;
        advanced = true;
        report();
      }
      if (advanced) wakeAll();
    };

    const runWorker = async (client: EngineClient) => {
      for (;;) {
        while (!signal?.aborted && nextToSend - nextToWrite >= window) await new Promise<void>((r) => wake.push(r));
        if (signal?.aborted || nextToSend >= todo.length) return;
        const index = nextToSend++;
        const doc = todo[index];
        try {
          // no signal here: documents in flight finish, because terminating a worker while ONNX
          // Runtime runs in it aborts the whole process (Napi::Error, "terminate called")
          const text = doc.load();
          const { entities } = await client.annotateInWorker(text);
          finished.set(index, serialize(doc.id, entities, text));
        } catch (error) {
          result.failed.push({ id: doc.id, message: (error as Error).message });
          finished.set(index, undefined);
        }
        flush();
      }
    };
    await Promise.all(clients.map(runWorker));
    signal?.removeEventListener('abort', wakeAll);
    result.aborted = nextToWrite < todo.length && (signal?.aborted ?? false);
  } finally {
    clearInterval(keepAlive);
    await Promise.all(clients.map((c) => c.dispose()));
    result.elapsedMs = Date.now() - started;
  }
  return result;
}
