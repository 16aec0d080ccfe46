import type { Candidate, Source } from '../entity';

/** Which sources take part in a merge: all of them, or one alone, for evaluating each layer by itself. */
export const MERGE_MODES = ['merged', 'model-only', 'lexicon-only', 'pattern-only'] as const;
export type MergeMode = (typeof MERGE_MODES)[number];

const ONLY: Record<Exclude<MergeMode, 'merged'>, Source> = {
  'model-only': 'model',
  'lexicon-only': 'lexicon',
  'pattern-only': 'pattern',
};

export function candidatesForMode(candidates: readonly Candidate[], mode: MergeMode): Candidate[] {
  return mode === 'merged' ? [...candidates] : candidates.filter((c) => c.source === ONLY[mode]);
}
