import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { LABELS, type Label, type Span } from '../src/engine/entity';
import type { F1Pair, LabelCheck } from '../src/engine/learned/fittedLayer';
import type { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import { evaluate } from '../src/gold/metrics/evaluate';
import type { ScoredDocument } from '../src/gold/metrics/scoredDocument';
import { learnFromReview } from '../src/learning/learnFromReview';
import { readReviewedDocuments } from '../src/learning/reviewedDocument';
import { reviewOrder } from './reviewDraw';

/** A note with its gold entities (offsets in UTF-16 code units, end exclusive). */
export interface AnnotatedNote {
  id: string;
  text: string;
  entities: Span[];
}

/** Strict and overlap F1 per label and micro-averaged over the labels. */
export type CurveScores = Record<Label | 'micro', F1Pair>;

export interface CurvePoint {
  seed: number;
  /** Reviewed notes learned from. */
  k: number;
  scores: CurveScores;
  /** The fitted layer's cross-validated self-check, per label it tried. */
  checks: Partial<Record<Label, LabelCheck>>;
  /** Wall time of learnFromReview: reading the notes with the base pipeline, the check, the fit. */
  fitMs: number;
  /** CPU time of the process meanwhile (every thread): what the fit costs whatever else runs. */
  fitCpuMs: number;
  /** The machine's 1-minute load average when the fit ended (other processes slow the fit down). */
  load: number;
}

export interface CurveSpec {
  /** The labels the simulated review annotates; the others are not learned (partial annotation). */
  labels: readonly Label[];
  /** Counts of reviewed notes to learn from, each above 0. */
  ks: readonly number[];
  /** One draw of reviewed notes per seed. */
  seeds: readonly number[];
  /** Notes only ever scored. */
  test: readonly AnnotatedNote[];
  /** Notes reviews are drawn from. */
  pool: readonly AnnotatedNote[];
}

export interface CurveRun {
  /** The base pipeline on the test notes: the curve at 0 reviewed notes. */
  base: CurveScores;
  points: CurvePoint[];
}

/**
 * A learning curve: for each seed, the pool in a review order drawn with it; for each k, what
 * learnFromReview learns from the first k notes (reviewed with their gold, as `clinical-ner learn`
 * reads JSONL `{id, text, entities}`), applied to the pipeline and scored on the test notes.
 */
export async function learningCurve(pipeline: NerPipeline, spec: CurveSpec): Promise<CurveRun> {
  const tooMany = spec.ks.find((k) => k < 1 || k > spec.pool.length);
  if (tooMany !== undefined) throw new RangeError(`cannot learn from ${tooMany} of the ${spec.pool.length} notes of the pool`);
  pipeline.setLearned(undefined);
  const base = await scoreOn(pipeline, spec.test);
  const points: CurvePoint[] = [];
  for (const seed of spec.seeds) {
    const order = reviewed(reviewOrder(spec.pool, seed), spec.labels);
    for (const k of spec.ks) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const knowledge = await learnFromReview(order.slice(0, k), pipeline, { labels: spec.labels });
      const fitMs = performance.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      const load = os.loadavg()[0];
      pipeline.setLearned(knowledge);
      points.push({ seed, k, scores: await scoreOn(pipeline, spec.test), checks: knowledge.layer?.json.checks ?? {}, fitMs, fitCpuMs: (user + system) / 1000, load });
      pipeline.setLearned(undefined);
    }
  }
  return { base, points };
}

/** The notes as a reviewer who annotated `labels` in every sentence would leave them. */
function reviewed(notes: readonly AnnotatedNote[], labels: readonly Label[]) {
  const jsonl = notes.map((n) => JSON.stringify({ id: n.id, text: n.text, entities: n.entities })).join('\n');
  return readReviewedDocuments(jsonl, labels).documents;
}

async function scoreOn(pipeline: NerPipeline, notes: readonly AnnotatedNote[]): Promise<CurveScores> {
  const predictions: ScoredDocument[] = [];
  for (const note of notes) predictions.push({ id: note.id, entities: (await pipeline.annotate(note.text)).entities });
  const evaluation = evaluate(notes, predictions);
  const pair = (label: Label | 'micro'): F1Pair =>
    label === 'micro'
      ? { strict: evaluation.strict.micro.f1, overlap: evaluation.overlap.micro.f1 }
      : { strict: evaluation.strict.perLabel[label].f1, overlap: evaluation.overlap.perLabel[label].f1 };
  return Object.fromEntries([...LABELS, 'micro' as const].map((label) => [label, pair(label)])) as CurveScores;
}
