import type { Label } from '../src/engine/entity';
import type { F1Pair } from '../src/engine/learned/fittedLayer';
import type { CurveRun, CurveScores } from './learningCurve';

export type ScoreKey = Label | 'micro';
export type Rule = keyof F1Pair;

/** A figure over the draws: its mean, lowest and highest value. */
export interface Spread {
  mean: number;
  min: number;
  max: number;
}

/** One row of a learning curve: the scores after learning from k notes, over every draw. */
export interface CurveRow {
  k: number;
  draws: number;
  scores: Record<ScoreKey, Record<Rule, Spread>>;
  /** In how many draws the fitted layer was used, per label it tried. */
  layerUsed: Partial<Record<Label, number>>;
}

/** A score of a draw lower than the base's. */
export interface BelowBase {
  seed: number;
  k: number;
  key: ScoreKey;
  rule: Rule;
  /** The draw's score minus the base's, in F1 points (negative). */
  points: number;
}

function spread(values: readonly number[]): Spread {
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, min: Math.min(...values), max: Math.max(...values) };
}

function rowOf(k: number, draws: readonly CurveScores[], layerUsed: CurveRow['layerUsed']): CurveRow {
  const keys = Object.keys(draws[0]) as ScoreKey[];
  const scores = Object.fromEntries(
    keys.map((key) => [key, { strict: spread(draws.map((d) => d[key].strict)), overlap: spread(draws.map((d) => d[key].overlap)) }]),
  ) as CurveRow['scores'];
  return { k, draws: draws.length, scores, layerUsed };
}

/** The curve's rows, k = 0 (the base) first, then each k in increasing order. */
export function curveRows(run: CurveRun): CurveRow[] {
  const ks = [...new Set(run.points.map((p) => p.k))].sort((a, b) => a - b);
  return [
    rowOf(0, [run.base], {}),
    ...ks.map((k) => {
      const points = run.points.filter((p) => p.k === k);
      const layerUsed: CurveRow['layerUsed'] = {};
      for (const p of points) {
        for (const [label, check] of Object.entries(p.checks) as [Label, { used: boolean }][]) layerUsed[label] = (layerUsed[label] ?? 0) + (check.used ? 1 : 0);
      }
      return rowOf(k, points.map((p) => p.scores), layerUsed);
    }),
  ];
}

/** The mean gain over the base after k notes, in F1 points; undefined when the curve has no such k. */
export function gainAt(rows: readonly CurveRow[], k: number, key: ScoreKey, rule: Rule): number | undefined {
  const row = rows.find((r) => r.k === k);
  return row && (row.scores[key][rule].mean - rows[0].scores[key][rule].mean) * 100;
}

/** Every score of every draw that is lower than the base's (`keys` and both rules), worst first. */
export function scoresBelowBase(run: CurveRun, keys: readonly ScoreKey[]): BelowBase[] {
  const below: BelowBase[] = [];
  for (const p of run.points) {
    for (const key of keys) {
      for (const rule of ['strict', 'overlap'] as const) {
        const points = (p.scores[key][rule] - run.base[key][rule]) * 100;
        // 1e-9: equal scores computed along different paths are not "below"
        if (points < -1e-9) below.push({ seed: p.seed, k: p.k, key, rule, points });
      }
    }
  }
  return below.sort((a, b) => a.points - b.points);
}

const f1 = (x: number) => (x * 100).toFixed(1);

function cell(s: Spread): string {
  return s.min === s.max ? f1(s.mean) : `${f1(s.mean)} [${f1(s.min)}–${f1(s.max)}]`;
}

/**
 * The curve as a Markdown table: one row per k, strict and overlap F1 for each of `keys` (mean
 * over the draws, [lowest–highest] when they differ), and in how many draws each label's fitted
 * layer passed its check.
 */
export function curveMarkdown(rows: readonly CurveRow[], keys: readonly ScoreKey[]): string {
  const header = ['reviewed notes', ...keys.flatMap((key) => [`${key} strict`, `${key} overlap`]), 'fitted layer used (draws)'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 || i === header.length - 1 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) {
    const used = Object.entries(row.layerUsed).map(([label, n]) => `${label} ${n}/${row.draws}`);
    const scores = keys.flatMap((key) => [cell(row.scores[key].strict), cell(row.scores[key].overlap)]);
    lines.push(`| ${row.k === 0 ? '0 (base)' : row.k} | ${scores.join(' | ')} | ${used.length > 0 ? used.join(', ') : '–'} |`);
  }
  return lines.join('\n');
}
