import type { Source } from '../engine/entity';

/**
 * Why a suggestion with source `learned` is there, in the words of the hover: the term memory
 * says how many decisions taught its term; otherwise the fitted layer made it, adapted on
 * `adaptedOn` notes of this workspace (or learned into the model folder by `clinical-ner learn`).
 * Undefined for a suggestion nothing learned made.
 */
export function learnedReason(suggestion: { source: readonly Source[]; learnedFrom?: number }, adaptedOn?: number): string | undefined {
  if (suggestion.learnedFrom !== undefined) return `learned from ${suggestion.learnedFrom} decision${suggestion.learnedFrom === 1 ? '' : 's'}`;
  if (!suggestion.source.includes('learned')) return undefined;
  if (adaptedOn === undefined) return 'from what the model folder learned (clinical-ner learn)';
  return `from the layer adapted on ${adaptedOn} note${adaptedOn === 1 ? '' : 's'} of your review`;
}
