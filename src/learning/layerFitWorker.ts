import { parentPort, workerData } from 'node:worker_threads';
import type { SentenceAnalysis } from '../engine/pipeline/sentenceAnalysis';
import { rebuildError, serializeError } from '../engine/worker/serializedError';
import type { LayerFitJob, LayerFitMessage, LayerFitReply } from './layerFitProtocol';
import { fitLayerToReview } from './learnFromReview';

// The worker thread side of fitLayerInWorker: fits the layer to the reviewed notes, asking the
// caller for what the base model reads in them, posts it and ends. Fitting is long synchronous
// arithmetic, so it runs here, away from the extension host and from the engine's worker, whose
// annotations would wait for it. This thread never loads the model (native code that must not be
// stopped mid-call), so cancelling may terminate it at any moment.
const port = parentPort;
if (!port) throw new Error('layerFitWorker must run in a worker thread');
const post = (message: LayerFitMessage) => port.postMessage(message);

let nextId = 1;
const waiting = new Map<number, { resolve: (analyses: SentenceAnalysis[]) => void; reject: (error: Error) => void }>();
port.on('message', (reply: LayerFitReply) => {
  const request = waiting.get(reply.id);
  waiting.delete(reply.id);
  if (reply.type === 'analyzed') request?.resolve(reply.analyses);
  else request?.reject(rebuildError(reply.error));
});

function analyze(sentences: readonly string[]): Promise<SentenceAnalysis[]> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    post({ type: 'analyze', id, sentences: [...sentences] });
  });
}

async function fit(job: LayerFitJob): Promise<void> {
  const layer = await fitLayerToReview(job.documents, analyze, job.modelName, {
    ...(job.folds === undefined ? {} : { folds: job.folds }),
    onProgress: (message, fraction) => post({ type: 'progress', message, fraction }),
  });
  post({ type: 'fitted', layer: layer.json });
}

fit(workerData as LayerFitJob).catch((error: unknown) => post({ type: 'failed', error: serializeError(error) }));
