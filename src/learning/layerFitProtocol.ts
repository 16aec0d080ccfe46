import type { FittedLayerJson } from '../engine/learned/fittedLayer';
import type { SerializedError, WorkerPipelineOptions } from '../engine/worker/protocol';
import type { ReviewedDocument } from './reviewedDocument';

/** What the layer-fit worker is started with: the base model as the engine loads it, and the reviewed notes. */
export interface LayerFitJob {
  /** The model folder (undefined: the bundled default). */
  modelDir?: string;
  options: WorkerPipelineOptions;
  documents: ReviewedDocument[];
  folds?: number;
}

/** Messages from the layer-fit worker: progress as it goes, then the layer or why there is none. */
export type LayerFitMessage =
  | { type: 'progress'; message: string; fraction: number }
  | { type: 'fitted'; layer: FittedLayerJson }
  | { type: 'failed'; error: SerializedError };
