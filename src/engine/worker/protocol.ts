import type { TextRange } from '../entity';
import type { AnnotationResult, PipelineInfo, PipelineOptions } from '../pipeline/nerPipeline';

/** Messages from the engine client to its worker thread. */
export type EngineRequest =
  | { id: number; type: 'load'; modelDir?: string; options: PipelineOptions }
  | { id: number; type: 'annotate'; text: string; within?: TextRange }
  | { id: number; type: 'cancel'; target: number }
  | { id: number; type: 'crash' };

/** Messages from the worker back to the client; `id` answers the request with that id. */
export type EngineResponse =
  | { id: number; type: 'loaded'; info: PipelineInfo }
  | { id: number; type: 'annotated'; result: AnnotationResult }
  | { id: number; type: 'failed'; error: SerializedError };

export interface SerializedError {
  name: string;
  message: string;
  /** ModelFolderError, AbortError…: lets the client rebuild an error the caller can tell apart. */
  kind: 'model-folder' | 'aborted' | 'not-loaded' | 'other';
  /** For a ModelFolderError: the file at fault and what is wrong with it. */
  file?: string;
  problem?: string;
}
