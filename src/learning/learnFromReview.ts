import type { Label } from '../engine/entity';
import type { FittedLayer } from '../engine/learned/fittedLayer';
import { LearnedKnowledge } from '../engine/learned/learnedKnowledge';
import { TermMemory, type TermDecision } from '../engine/learned/termMemory';
import type { NerPipeline } from '../engine/pipeline/nerPipeline';
import { fitLayer, type SentenceAnalyzer } from './fitLayer';
import type { ReviewedDocument } from './reviewedDocument';

export interface LearnOptions {
  /** The labels to learn (default: every label the gold is complete for). */
  labels?: readonly Label[];
  folds?: number;
  signal?: AbortSignal;
  onProgress?: (message: string, fraction: number) => void;
}

/** Thrown when the gold cannot teach anything; the message says why in one sentence. */
export class NothingToLearnError extends Error {
  override name = 'NothingToLearnError';
}

/** The term memory of reviewed documents: every gold entity teaches its term, every rejection its context. */
export function termMemoryOf(documents: readonly ReviewedDocument[]): TermMemory {
  const decisions: TermDecision[] = documents.flatMap((d) => [
    ...d.entities.map((e) => ({ ...e, documentText: d.text, kind: 'positive' as const })),
    ...d.rejected.map((r) => ({ ...r, documentText: d.text, kind: 'rejected' as const })),
  ]);
  return TermMemory.fromDecisions(decisions);
}

/**
 * Learns from reviewed documents on top of a pipeline: the term memory at once, and a layer
 * fitted label by label, each kept only where its cross-validated check beats the base.
 */
export async function learnFromReview(documents: readonly ReviewedDocument[], pipeline: NerPipeline, options: LearnOptions = {}): Promise<LearnedKnowledge> {
  const layer = await fitLayerToReview(documents, (sentences, signal) => pipeline.analyzeSentences(sentences, signal), pipeline.info.modelName, options);
  return new LearnedKnowledge(termMemoryOf(documents), layer);
}

/**
 * The layer of learnFromReview, over a base model read through `analyze` (the pipeline itself, or
 * the extension's engine worker, which has the model loaded already); throws NothingToLearnError
 * when the documents hold nothing to learn.
 */
export async function fitLayerToReview(documents: readonly ReviewedDocument[], analyze: SentenceAnalyzer, modelName: string, options: LearnOptions = {}): Promise<FittedLayer> {
  if (documents.length === 0) throw new NothingToLearnError('the gold has no reviewed notes with text');
  const labels = options.labels ?? [...new Set(documents.flatMap((d) => d.labels))];
  const withEntities = labels.filter((label) => documents.some((d) => d.entities.some((e) => e.label === label)));
  if (withEntities.length === 0) throw new NothingToLearnError(`the gold has no ${labels.join(', ')} entities to learn from`);
  return fitLayer(documents, analyze, {
    labels: withEntities,
    modelName,
    ...(options.folds !== undefined ? { folds: options.folds } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}
