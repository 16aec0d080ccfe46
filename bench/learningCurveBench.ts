import { LABELS, type Label } from '../src/engine/entity';
import { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import { oosPart } from '../training/outOfStyleHalves';
import { compiledNotes } from './benchNotes';
import { median, type BenchResult } from './benchTiming';
import { learningCurve, type AnnotatedNote, type CurveRun } from './learningCurve';
import { curveMarkdown, curveRows, gainAt, scoresBelowBase, type CurveRow, type ScoreKey } from './learningCurveTable';
import { splitTestPart, styleOf } from './reviewDraw';

/** 6 notes of each of the 4 styles are only ever scored: 24, all from the held-out half of the set. */
const TEST_PER_STYLE = 6;
const TEST_SEED = 13;
const DRAW_SEEDS = [1, 2, 3];
const KS = [5, 10, 20, 40];
/** Published case reports alone: 14 notes, 6 of them in the test part. */
const CASE_REPORT_STYLE = 'o1';
const CASE_REPORT_KS = [4, 8];
const FIT_TIME_TARGET_S = 30;
const ALL_KEYS: readonly ScoreKey[] = [...LABELS, 'micro'];

interface Curve {
  name: string;
  labels: readonly Label[];
  test: AnnotatedNote[];
  pool: AnnotatedNote[];
  run: CurveRun;
  rows: CurveRow[];
}

const f1 = (x: number) => (x * 100).toFixed(1);
const points = (x: number | undefined, digits = 1) => (x === undefined ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function words(notes: readonly AnnotatedNote[]): number {
  return notes.reduce((n, note) => n + note.text.split(/\s+/).filter(Boolean).length, 0);
}

function styles(notes: readonly AnnotatedNote[]): string {
  const counts = new Map<string, number>();
  for (const note of notes) counts.set(styleOf(note.id), (counts.get(styleOf(note.id)) ?? 0) + 1);
  return [...counts].sort().map(([style, n]) => `${style} ${n}`).join(', ');
}

function describe(curve: Curve): string {
  const { test, pool } = curve;
  return `${test.length} test notes (${styles(test)}; ${words(test).toLocaleString('en-US')} words, ${test.reduce((n, t) => n + t.entities.length, 0)} entities), never learned from; reviews drawn from the other ${pool.length} (${styles(pool)}), the styles in turn, ${DRAW_SEEDS.length} draws (seeds ${DRAW_SEEDS.join(', ')}); review simulated with the gold of ${curve.labels.join(', ')} as clinical-ner learn reads JSONL {id, text, entities}`;
}

/** A key's mean F1 under a rule, from the base through every k. */
function curveLine(rows: readonly CurveRow[], key: ScoreKey, rule: 'strict' | 'overlap'): string {
  return rows.map((r) => `${r.k === 0 ? 'base' : r.k} ${f1(r.scores[key][rule].mean)}`).join(' → ');
}

function belowBaseText(curve: Curve, keys: readonly ScoreKey[]): string {
  const below = scoresBelowBase(curve.run, keys);
  const scores = curve.run.points.length * keys.length * 2;
  if (below.length === 0) return `none of ${scores} scores (${keys.join(', ')}; strict and overlap; every draw and k)`;
  const worst = below[0];
  return `${below.length} of ${scores} scores (${keys.join(', ')}; strict and overlap; every draw and k); the lowest: ${worst.key} ${worst.rule} ${points(worst.points, 2)} after ${worst.k} notes (seed ${worst.seed})`;
}

async function runCurve(pipeline: NerPipeline, name: string, labels: readonly Label[], test: AnnotatedNote[], pool: AnnotatedNote[], ks: readonly number[]): Promise<Curve> {
  process.stdout.write(`  learning curve: ${name}…\n`);
  const run = await learningCurve(pipeline, { labels, ks: ks.filter((k) => k <= pool.length), seeds: DRAW_SEEDS, test, pool });
  return { name, labels, test, pool, run, rows: curveRows(run) };
}

function allLabelsResult(curve: Curve): BenchResult {
  const gain = gainAt(curve.rows, 20, 'micro', 'overlap');
  return {
    name: `(h) learning curve on out-of-style notes, ${curve.name}`,
    figures: {
      input: describe(curve),
      'micro overlap F1 (mean of draws)': curveLine(curve.rows, 'micro', 'overlap'),
      'micro strict F1 (mean of draws)': curveLine(curve.rows, 'micro', 'strict'),
      'gain after 20 notes': `overlap ${points(gain)}, strict ${points(gainAt(curve.rows, 20, 'micro', 'strict'))} micro F1 points`,
      'scores below the base': belowBaseText(curve, ALL_KEYS),
      'ratio is': 'gain in micro overlap F1 points after 20 reviewed notes (mean of the draws)',
    },
    ...(gain !== undefined ? { ratio: gain } : {}),
    target: '+8 overlap F1 points after 20 notes',
    met: gain !== undefined && gain >= 8,
    details: curveMarkdown(curve.rows, ALL_KEYS),
  };
}

/** The real check learns PROBLEM alone from 36 case reports: PROBLEM overlap ≥ 85, strict ≥ 72, TEST and TREATMENT not lower. */
function problemOnlyResult(curve: Curve): BenchResult {
  const last = curve.rows[curve.rows.length - 1];
  const problem = last.scores.PROBLEM;
  const others = scoresBelowBase(curve.run, ['TEST', 'TREATMENT']);
  const gain = gainAt(curve.rows, last.k, 'PROBLEM', 'overlap');
  return {
    name: `(h) learning curve on out-of-style notes, ${curve.name}`,
    figures: {
      input: describe(curve),
      'PROBLEM overlap F1 (mean of draws)': curveLine(curve.rows, 'PROBLEM', 'overlap'),
      'PROBLEM strict F1 (mean of draws)': curveLine(curve.rows, 'PROBLEM', 'strict'),
      [`after ${last.k} notes`]: `PROBLEM overlap ${f1(problem.overlap.mean)} (lowest draw ${f1(problem.overlap.min)}), strict ${f1(problem.strict.mean)} (lowest draw ${f1(problem.strict.min)})`,
      'TEST and TREATMENT below the base': belowBaseText(curve, ['TEST', 'TREATMENT']),
      'PROBLEM below the base': belowBaseText(curve, ['PROBLEM']),
      'ratio is': `gain in PROBLEM overlap F1 points after ${last.k} reviewed notes (mean of the draws)`,
    },
    ...(gain !== undefined ? { ratio: gain } : {}),
    target: `after ${last.k} notes PROBLEM overlap ≥ 85.0 and strict ≥ 72.0, TEST and TREATMENT not lower (the bar of the real check, there after 36 real case reports)`,
    met: problem.overlap.min >= 0.85 && problem.strict.min >= 0.72 && others.length === 0,
    details: curveMarkdown(curve.rows, ALL_KEYS),
  };
}

function fitTimeResult(curve: Curve): BenchResult {
  const k = Math.max(...curve.run.points.map((p) => p.k));
  const fits = curve.run.points.filter((p) => p.k === k);
  const wall = median(fits.map((p) => p.fitMs));
  return {
    name: `(h) learning: fit time for ${k} reviewed notes, all labels`,
    figures: {
      'what is timed': `learnFromReview on ${k} out-of-style notes${k === curve.pool.length ? ` (${words(curve.pool).toLocaleString('en-US')} words)` : ''}: reading them with the base pipeline, then per label a 5-fold cross-validated check (5 CRF fits) and, when it passes, the final fit; one thread`,
      'wall time, median of the draws': `${seconds(wall)} (draws: ${fits.map((p) => seconds(p.fitMs)).join(', ')})`,
      'CPU time of the process': `${seconds(median(fits.map((p) => p.fitCpuMs)))} (draws: ${fits.map((p) => seconds(p.fitCpuMs)).join(', ')})`,
      '1-minute load average at the end of each fit': fits.map((p) => p.load.toFixed(2)).join(', '),
      'ratio is': `median wall time / ${FIT_TIME_TARGET_S} s`,
    },
    ratio: wall / 1000 / FIT_TIME_TARGET_S,
    target: `fit ≤ ${FIT_TIME_TARGET_S} s for 40 notes on 2 cores`,
    met: wall <= FIT_TIME_TARGET_S * 1000,
  };
}

function neverBelowResult(curves: readonly Curve[]): BenchResult {
  const below = curves.flatMap((c) => scoresBelowBase(c.run, ALL_KEYS).map((b) => ({ ...b, curve: c.name })));
  const worst = below.length > 0 ? Math.min(...below.map((b) => b.points)) : 0;
  return {
    name: '(h) learning: never below the base model',
    figures: {
      ...Object.fromEntries(curves.map((c) => [c.name, belowBaseText(c, ALL_KEYS)])),
      'self-check': 'a label is adapted only when its 5-fold cross-validated check on the reviewed notes beats the base; the rows above score held-out notes the check never saw',
      'ratio is': 'the lowest score minus the base, in F1 points (0 when none is lower)',
    },
    ratio: worst,
    target: 'no score below the base',
    met: below.length === 0,
  };
}

/**
 * (h) Learning curves on the out-of-style notes (training/data/out-of-style: styles the model
 * was never trained on): all labels, PROBLEM only, PROBLEM only on published case reports; the fit
 * time for 40 notes; and whether learning ever scored below the base model.
 */
export async function learningCurveBench(modelDir: string, root: string): Promise<BenchResult[]> {
  const notes = compiledNotes(root).filter((n) => n.split === 'oos');
  if (notes.length === 0) throw new Error('training/data/notes.jsonl has no out-of-style notes');
  // The test part comes from the held-out half: the other half tuned the default model's merge.
  const { test, pool } = splitTestPart(notes, TEST_PER_STYLE, TEST_SEED, (id) => oosPart(id) === 'held-out');
  const ofCaseReports = (list: AnnotatedNote[]) => list.filter((n) => styleOf(n.id) === CASE_REPORT_STYLE);
  const pipeline = await NerPipeline.load(modelDir);
  try {
    const all = await runCurve(pipeline, 'all labels', LABELS, test, pool, KS);
    const problem = await runCurve(pipeline, 'PROBLEM only', ['PROBLEM'], test, pool, KS);
    const cases = await runCurve(pipeline, 'PROBLEM only, published case reports alone', ['PROBLEM'], ofCaseReports(test), ofCaseReports(pool), CASE_REPORT_KS);
    return [allLabelsResult(all), problemOnlyResult(problem), problemOnlyResult(cases), fitTimeResult(all), neverBelowResult([all, problem, cases])];
  } finally {
    await pipeline.dispose();
  }
}
