import { strict as assert } from 'node:assert';
import type { CurvePoint, CurveRun, CurveScores } from '../../../bench/learningCurve';
import { curveMarkdown, curveRows, gainAt, scoresBelowBase } from '../../../bench/learningCurveTable';

function scores(problem: [number, number], test: [number, number], treatment: [number, number], micro: [number, number]): CurveScores {
  const pair = ([strict, overlap]: [number, number]) => ({ strict, overlap });
  return { PROBLEM: pair(problem), TEST: pair(test), TREATMENT: pair(treatment), micro: pair(micro) };
}

function point(seed: number, k: number, s: CurveScores, used: Partial<Record<'PROBLEM' | 'TEST' | 'TREATMENT', boolean>> = {}): CurvePoint {
  const checks = Object.fromEntries(Object.entries(used).map(([label, u]) => [label, { notes: k, folds: 5, base: { strict: 0, overlap: 0 }, used: u }]));
  return { seed, k, scores: s, checks, fitMs: 1000, fitCpuMs: 900, load: 1 };
}

// Scores as the benchmark measured them on out-of-style notes (ward diaries, nursing notes…): the
// base, then two draws after 5 and after 20 reviewed notes.
const run: CurveRun = {
  base: scores([0.704, 0.908], [0.878, 0.919], [0.827, 0.907], [0.791, 0.911]),
  points: [
    point(1, 5, scores([0.706, 0.908], [0.884, 0.923], [0.83, 0.91], [0.794, 0.913]), { PROBLEM: false, TEST: true }),
    point(2, 5, scores([0.738, 0.912], [0.888, 0.924], [0.832, 0.906], [0.81, 0.915]), { PROBLEM: true, TEST: false }),
    point(1, 20, scores([0.79, 0.936], [0.896, 0.936], [0.844, 0.919], [0.835, 0.93]), { PROBLEM: true, TEST: true, TREATMENT: true }),
    point(2, 20, scores([0.779, 0.933], [0.894, 0.934], [0.816, 0.893], [0.827, 0.926]), { PROBLEM: true, TEST: true, TREATMENT: false }),
  ],
};

describe('learning-curve table', () => {
  it('puts the base first, then each k with the mean, lowest and highest score over the draws', () => {
    const rows = curveRows(run);
    assert.deepEqual(rows.map((r) => r.k), [0, 5, 20]);
    assert.equal(rows[0].draws, 1);
    assert.deepEqual(rows[0].scores.PROBLEM.strict, { mean: 0.704, min: 0.704, max: 0.704 });
    const problem = rows[1].scores.PROBLEM.strict;
    assert.ok(Math.abs(problem.mean - 0.722) < 1e-12);
    assert.equal(problem.min, 0.706);
    assert.equal(problem.max, 0.738);
  });

  it('counts in how many draws each label kept its fitted layer', () => {
    const rows = curveRows(run);
    assert.deepEqual(rows[1].layerUsed, { PROBLEM: 1, TEST: 1 });
    assert.deepEqual(rows[2].layerUsed, { PROBLEM: 2, TEST: 2, TREATMENT: 1 });
  });

  it('gives the mean gain over the base in F1 points, and nothing for a k the curve lacks', () => {
    const rows = curveRows(run);
    assert.ok(Math.abs((gainAt(rows, 20, 'micro', 'overlap') as number) - 1.7) < 1e-9);
    assert.equal(gainAt(rows, 10, 'micro', 'overlap'), undefined);
  });

  it('lists every score of a draw lower than the base, worst first, and ignores equal ones', () => {
    const below = scoresBelowBase(run, ['PROBLEM', 'TREATMENT', 'micro']);
    assert.deepEqual(
      below.map((b) => [b.seed, b.k, b.key, b.rule]),
      [
        [2, 20, 'TREATMENT', 'overlap'],
        [2, 20, 'TREATMENT', 'strict'],
        [2, 5, 'TREATMENT', 'overlap'],
      ],
    );
    assert.ok(Math.abs(below[0].points - -1.4) < 1e-9);
    assert.deepEqual(scoresBelowBase(run, ['TEST']), []);
  });

  it('renders a Markdown row per k, the spread where the draws differ, and the layers kept', () => {
    const lines = curveMarkdown(curveRows(run), ['PROBLEM', 'micro']).split('\n');
    assert.equal(lines[0], '| reviewed notes | PROBLEM strict | PROBLEM overlap | micro strict | micro overlap | fitted layer used (draws) |');
    assert.equal(lines[1], '|---|---:|---:|---:|---:|---|');
    assert.equal(lines[2], '| 0 (base) | 70.4 | 90.8 | 79.1 | 91.1 | – |');
    assert.equal(lines[3], '| 5 | 72.2 [70.6–73.8] | 91.0 [90.8–91.2] | 80.2 [79.4–81.0] | 91.4 [91.3–91.5] | PROBLEM 1/2, TEST 1/2 |');
    assert.equal(lines.length, 5);
  });
});
