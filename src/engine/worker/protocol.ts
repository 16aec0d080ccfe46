import type { TextRange } from '../entity';
import type { LearnedKnowledgeUpdate } from '../learned/learnedKnowledge';
import type { AnnotationResult, PipelineInfo, PipelineOptions } from '../pipeline/nerPipeline';
import type { SentenceAnalysis } from '../pipeline/sentenceAnalysis';

/** The pipeline's options that can cross to the worker; what was learned goes as data (LearnedKnowledgeJson). */
export type WorkerPipelineOptions = Omit<PipelineOptions, 'learned'>;

/** Messages from the engine client to its worker thread. */
export type EngineRequest =
  | { id: number; type: 'load'; modelDir?: string; options: WorkerPipelineOptions; learned?: LearnedKnowledgeUpdate }
  | { id: number; type: 'annotate'; text: string; within?: TextRange }
  /** What the layers say about sentences given alone, before anything learned (what a layer is fitted over). */
  | { id: number; type: 'analyze'; sentences: string[] }
  /** What the workspace learned, applied from the next annotation on (with neither part: the model folder's own). */
  | { id: number; type: 'learn'; learned: LearnedKnowledgeUpdate }
  /** Annotates a short note and forgets it, so that the next annotation runs at full speed (see pipelineWarmUp.ts). */
  | { id: number; type: 'warm-up' }
  | { id: number; type: 'cancel'; target: number }
  | { id: number; type: 'crash' };

/** Messages from the worker back to the client; `id` answers the request with that id. */
export type EngineResponse =
  | { id: number; type: 'loaded'; info: PipelineInfo }
  | { id: number; type: 'annotated'; result: AnnotationResult }
  | { id: number; type: 'analyzed'; analyses: SentenceAnalysis[] }
  | { id: number; type: 'learned' }
  | { id: number; type: 'warmed-up' }
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
