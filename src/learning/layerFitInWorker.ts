import type { FittedLayerJson } from '../engine/learned/fittedLayer';
import { rebuildError } from '../engine/worker/serializedError';
import { startWorker } from '../engine/worker/workerScript';
import type { LayerFitJob, LayerFitMessage } from './layerFitProtocol';
import { NothingToLearnError } from './learnFromReview';

export interface LayerFitRun {
  signal?: AbortSignal;
  onProgress?: (message: string, fraction: number) => void;
  /** The worker script (default: dist/layerFitWorker.js beside the bundle, or the .ts source under tsx). */
  workerFile?: string;
}

/**
 * Fits a layer over the base model to the reviewed notes in a worker thread of its own, so that
 * neither the caller nor the engine's annotations wait for it. Aborting terminates the thread at
 * once (the fit is synchronous arithmetic that a message could not interrupt) and rejects with an
 * AbortError; gold with nothing to learn rejects with NothingToLearnError.
 */
export function fitLayerInWorker(job: LayerFitJob, run: LayerFitRun = {}): Promise<FittedLayerJson> {
  run.signal?.throwIfAborted();
  const worker = startWorker(__dirname, 'layerFitWorker', { file: run.workerFile, workerData: job });
  return new Promise<FittedLayerJson>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      run.signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    const onAbort = () => settle(() => reject(run.signal?.reason instanceof Error ? run.signal.reason : new DOMException('the fit was cancelled', 'AbortError')));
    run.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: LayerFitMessage) => {
      if (message.type === 'progress') run.onProgress?.(message.message, message.fraction);
      else if (message.type === 'fitted') settle(() => resolve(message.layer));
      else settle(() => reject(message.error.name === 'NothingToLearnError' ? new NothingToLearnError(message.error.message) : rebuildError(message.error)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the fit stopped before it ended (exit code ${code})`))));
  });
}
