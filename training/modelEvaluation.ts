// Scores a model folder on one split of the project's annotated notes, layer by layer (the
// ablation of the model card). Shared by the card writer and by the test that checks the card.
import { NerPipeline, type LayerSource } from '../src/engine/pipeline/nerPipeline';
import { evaluate, type Evaluation } from '../src/gold/metrics/evaluate';
import type { ScoredDocument } from '../src/gold/metrics/scoredDocument';
import { compileNotes, type CompiledNote } from './compileNotes';
import { oosPart } from './outOfStyleHalves';

export const ABLATION: readonly { name: string; sources: readonly LayerSource[] }[] = [
  { name: 'model only', sources: ['model'] },
  { name: 'lexicon only', sources: ['lexicon'] },
  { name: 'patterns only', sources: ['pattern'] },
  { name: 'lexicon + patterns', sources: ['lexicon', 'pattern'] },
  { name: 'merged (default)', sources: ['model', 'lexicon', 'pattern'] },
];

/** The splits the model card reports and its test recomputes: test, the out-of-style set, and its held-out half. */
export const CARD_SPLITS = ['test', 'oos', 'oos:held-out'] as const;

/**
 * The notes of one split, compiled from their markup sources: `train`, `dev`, `test`, `oos` (the
 * out-of-style set), `oos:held-out` (its half that nothing is fitted on) or `oos:fit`.
 */
export function readNotes(split: string): CompiledNote[] {
  const { notes, errors } = compileNotes();
  if (errors.length > 0) throw new Error(`the notes do not compile: ${errors[0]}`);
  const [name, part] = split.split(':');
  return notes.filter((n) => n.split === name && (part === undefined || oosPart(n.id) === part));
}

/** Annotates every note with the given layers and scores the result against the notes' spans. */
export async function evaluateLayers(modelDir: string, sources: readonly LayerSource[], notes: readonly CompiledNote[]): Promise<Evaluation> {
  const pipeline = await NerPipeline.load(modelDir, { sources });
  try {
    const predictions: ScoredDocument[] = [];
    for (const note of notes) predictions.push({ id: note.id, text: note.text, entities: (await pipeline.annotate(note.text)).entities });
    const gold: ScoredDocument[] = notes.map((n) => ({ id: n.id, text: n.text, entities: n.entities }));
    return evaluate(gold, predictions);
  } finally {
    await pipeline.dispose();
  }
}

/** The figures a model card states and a test reproduces: F1 per label and micro, 4 decimals. */
export type CardScores = Record<string, { strict: Record<string, number>; overlap: Record<string, number> }>;

export function cardScoresOf(evaluation: Evaluation): CardScores[string] {
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const pick = (rule: 'strict' | 'overlap') => ({
    ...Object.fromEntries(evaluation.labels.map((l) => [l, round(evaluation[rule].perLabel[l].f1)])),
    micro: round(evaluation[rule].micro.f1),
  });
  return { strict: pick('strict'), overlap: pick('overlap') };
}
