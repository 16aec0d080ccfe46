import type { FittedLayerJson } from '../engine/learned/fittedLayer';
import type { SentenceAnalysis } from '../engine/pipeline/sentenceAnalysis';
import type { SerializedError } from '../engine/worker/protocol';
import type { ReviewedDocument } from './reviewedDocument';

/** What the layer-fit worker is started with: the reviewed notes, and the name of the model they are read with. */
export interface LayerFitJob {
  documents: ReviewedDocument[];
  modelName: string;
  folds?: number;
}

/** Messages from the layer-fit worker: sentences for the base model to read, progress, then the layer or why there is none. */
export type LayerFitMessage =
  | { type: 'analyze'; id: number; sentences: string[] }
  | { type: 'progress'; message: string; fraction: number }
  | { type: 'fitted'; layer: FittedLayerJson }
  | { type: 'failed'; error: SerializedError };

/** Answers to the worker's `analyze` messages. */
export type LayerFitReply =
  | { type: 'analyzed'; id: number; analyses: SentenceAnalysis[] }
  | { type: 'analyzeFailed'; id: number; error: SerializedError };
