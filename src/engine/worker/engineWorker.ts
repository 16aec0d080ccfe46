import { parentPort } from 'node:worker_threads';
import { ModelFolderError } from '../model/modelFolderError';
import { NerPipeline } from '../pipeline/nerPipeline';
import type { EngineRequest, EngineResponse, SerializedError } from './protocol';

// The worker thread side of EngineClient: owns one pipeline and answers requests in order of
// arrival; a cancel aborts the named request between pipeline stages.
const port = parentPort;
if (!port) throw new Error('engineWorker must run in a worker thread');

let pipeline: NerPipeline | undefined;
const running = new Map<number, AbortController>();

function serialize(error: unknown): SerializedError {
  const e = error instanceof Error ? error : new Error(String(error));
  if (e instanceof ModelFolderError) return { name: e.name, message: e.message, kind: 'model-folder', file: e.file, problem: e.problem };
  return { name: e.name, message: e.message, kind: e.name === 'AbortError' ? 'aborted' : 'other' };
}

function reply(message: EngineResponse): void {
  port!.postMessage(message);
}

async function handle(request: EngineRequest): Promise<void> {
  switch (request.type) {
    case 'cancel':
      running.get(request.target)?.abort();
      return;
    case 'crash':
      // lets tests prove that a dead worker is reported and replaced
      setImmediate(() => { throw new Error('engine worker crash requested'); });
      return;
    case 'load': {
      const next = await NerPipeline.load(request.modelDir, request.options);
      await pipeline?.dispose();
      pipeline = next;
      reply({ id: request.id, type: 'loaded', info: next.info });
      return;
    }
    case 'annotate': {
      if (!pipeline) {
        reply({ id: request.id, type: 'failed', error: { name: 'Error', message: 'no model loaded', kind: 'not-loaded' } });
        return;
      }
      const controller = new AbortController();
      running.set(request.id, controller);
      try {
        const result = await pipeline.annotate(request.text, controller.signal, request.within);
        reply({ id: request.id, type: 'annotated', result });
      } finally {
        running.delete(request.id);
      }
      return;
    }
  }
}

port.on('message', (request: EngineRequest) => {
  handle(request).catch((error: unknown) => reply({ id: request.id, type: 'failed', error: serialize(error) }));
});
