import { parentPort } from 'node:worker_threads';
import { FittedLayer } from '../learned/fittedLayer';
import { LearnedKnowledge, type LearnedKnowledgeUpdate } from '../learned/learnedKnowledge';
import { TermMemory } from '../learned/termMemory';
import { NerPipeline } from '../pipeline/nerPipeline';
import { warmUp } from '../pipeline/pipelineWarmUp';
import type { EngineRequest, EngineResponse } from './protocol';
import { serializeError } from './serializedError';

// The worker thread side of EngineClient: owns one pipeline and answers requests in order of
// arrival; a cancel aborts the named request between pipeline stages.
const port = parentPort;
if (!port) throw new Error('engineWorker must run in a worker thread');

let pipeline: NerPipeline | undefined;
// What the workspace learned, as the client last sent it: it outlives a model reload. The layer is
// built once when it arrives, not for every change of the term memory.
let memory: TermMemory | undefined;
let layer: FittedLayer | undefined;
const running = new Map<number, AbortController>();
// A warm-up is for a model loaded ahead of need: once a note was annotated it would only take CPU from it.
let annotatedSinceLoad = false;

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
      if (request.learned) learn(request.learned);
      const next = await NerPipeline.load(request.modelDir, request.options);
      next.setLearned(knowledgeFor(next));
      await pipeline?.dispose();
      pipeline = next;
      annotatedSinceLoad = false;
      reply({ id: request.id, type: 'loaded', info: next.info });
      return;
    }
    case 'warm-up':
      if (pipeline && !annotatedSinceLoad) await warmUp(pipeline);
      reply({ id: request.id, type: 'warmed-up' });
      return;
    case 'learn':
      learn(request.learned);
      pipeline?.setLearned(knowledgeFor(pipeline));
      reply({ id: request.id, type: 'learned' });
      return;
    case 'annotate':
    case 'analyze': {
      if (!pipeline) {
        reply({ id: request.id, type: 'failed', error: { name: 'Error', message: 'no model loaded', kind: 'not-loaded' } });
        return;
      }
      const controller = new AbortController();
      running.set(request.id, controller);
      if (request.type === 'annotate') annotatedSinceLoad = true;
      try {
        if (request.type === 'annotate') reply({ id: request.id, type: 'annotated', result: await pipeline.annotate(request.text, controller.signal, request.within) });
        else reply({ id: request.id, type: 'analyzed', analyses: await pipeline.analyzeSentences(request.sentences, controller.signal) });
      } finally {
        running.delete(request.id);
      }
      return;
    }
  }
}

function learn(update: LearnedKnowledgeUpdate): void {
  if (update.terms !== undefined) memory = update.terms ? TermMemory.fromJson(update.terms) : undefined;
  if (update.layer !== undefined) layer = update.layer ? FittedLayer.fromJson(update.layer) : undefined;
}

function knowledgeFor(target: NerPipeline): LearnedKnowledge | undefined {
  return LearnedKnowledge.forModel(memory, layer, target.info.modelName);
}

port.on('message', (request: EngineRequest) => {
  handle(request).catch((error: unknown) => reply({ id: request.id, type: 'failed', error: serializeError(error) }));
});
