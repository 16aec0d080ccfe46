import type { FittedLayerJson } from '../engine/learned/fittedLayer';
import { rebuildError, serializeError } from '../engine/worker/serializedError';
import { startWorker } from '../engine/worker/workerScript';
import type { SentenceAnalyzer } from './fitLayer';
import type { LayerFitJob, LayerFitMessage, LayerFitReply } from './layerFitProtocol';
import { NothingToLearnError } from './learnFromReview';

export interface LayerFitRun {
  /** Reads sentences with the base model (in the extension: the engine's worker, which has it loaded). */
  analyze: SentenceAnalyzer;
  signal?: AbortSignal;
  onProgress?: (message: string, fraction: number) => void;
  /** The worker script (default: dist/layerFitWorker.js beside the bundle, or the .ts source under tsx). */
  workerFile?: string;
}

/**
 * Fits a layer to the reviewed notes in a worker thread of its own, so that neither the caller
 * nor the engine's annotations wait for the arithmetic; the base model's reading of the notes
 * comes from `analyze`, in batches. Aborting terminates the thread at once (a message could not
 * interrupt the synchronous fit) and rejects with an AbortError; gold with nothing to learn
 * rejects with NothingToLearnError.
 */
export function fitLayerInWorker(job: LayerFitJob, run: LayerFitRun): Promise<FittedLayerJson> {
  run.signal?.throwIfAborted();
  const worker = startWorker(__dirname, 'layerFitWorker', { file: run.workerFile, workerData: job });
  const reading = new AbortController();
  return new Promise<FittedLayerJson>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      run.signal?.removeEventListener('abort', onAbort);
      reading.abort();
      outcome();
      void worker.terminate();
    };
    const onAbort = () => settle(() => reject(run.signal?.reason instanceof Error ? run.signal.reason : new DOMException('the fit was cancelled', 'AbortError')));
    run.signal?.addEventListener('abort', onAbort, { once: true });
    const answer = (reply: LayerFitReply) => {
      if (!settled) worker.postMessage(reply);
    };
    worker.on('message', (message: LayerFitMessage) => {
      if (message.type === 'analyze') {
        run.analyze(message.sentences, reading.signal).then(
          (analyses) => answer({ type: 'analyzed', id: message.id, analyses }),
          (error: unknown) => answer({ type: 'analyzeFailed', id: message.id, error: serializeError(error) }),
        );
      } else if (message.type === 'progress') run.onProgress?.(message.message, message.fraction);
      else if (message.type === 'fitted') settle(() => resolve(message.layer));
      else settle(() => reject(message.error.name === 'NothingToLearnError' ? new NothingToLearnError(message.error.message) : rebuildError(message.error)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the fit stopped before it ended (exit code ${code})`))));
  });
}
