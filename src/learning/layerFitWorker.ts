import { parentPort, workerData } from 'node:worker_threads';
import { NerPipeline } from '../engine/pipeline/nerPipeline';
import { serializeError } from '../engine/worker/serializedError';
import type { LayerFitJob, LayerFitMessage } from './layerFitProtocol';
import { learnFromReview } from './learnFromReview';

// The worker thread side of fitLayerInWorker: loads its own copy of the base model, fits the layer
// to the reviewed notes, posts it and ends. Fitting is long synchronous arithmetic, so it runs here
// rather than in the engine's worker, whose annotations would wait for it; cancelling terminates
// this thread.
const port = parentPort;
if (!port) throw new Error('layerFitWorker must run in a worker thread');
const post = (message: LayerFitMessage) => port.postMessage(message);

async function fit(job: LayerFitJob): Promise<void> {
  const pipeline = await NerPipeline.load(job.modelDir, job.options);
  try {
    const knowledge = await learnFromReview(job.documents, pipeline, {
      ...(job.folds === undefined ? {} : { folds: job.folds }),
      onProgress: (message, fraction) => post({ type: 'progress', message, fraction }),
    });
    if (knowledge.layer) post({ type: 'fitted', layer: knowledge.layer.json });
  } finally {
    await pipeline.dispose();
  }
}

fit(workerData as LayerFitJob).catch((error: unknown) => post({ type: 'failed', error: serializeError(error) }));
