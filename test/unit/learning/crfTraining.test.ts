import { strict as assert } from 'node:assert';
import { decodeCrf, type CrfSequence } from '../../../src/engine/learned/crfChain';
import { crfObjective, crfWeightCount, trainCrf, type CrfShape } from '../../../src/learning/crfTraining';

// States of one label in BIO: 0 = O, 1 = B, 2 = I (I only after B or I).
const shape: CrfShape = {
  states: 3,
  sparseDimension: 8,
  denseDimension: 1,
  allowed: [
    [true, true, false],
    [true, true, true],
    [true, true, true],
  ],
  allowedStart: [true, true, false],
  allowedEnd: [true, true, true],
};

/** Words as sparse feature ids: 1 = "dolore", 2 = "toracico", 3 = anything else; dense = a hint. */
function sequence(words: number[], states?: number[], hints?: number[]): CrfSequence {
  return {
    sparse: words.map((w) => Int32Array.of(w)),
    dense: words.map((_, i) => Float32Array.of(hints?.[i] ?? 0)),
    ...(states ? { states: Int32Array.from(states) } : {}),
  };
}

describe('linear-chain CRF', () => {
  const training = [
    sequence([3, 1, 2, 3], [0, 1, 2, 0]),
    sequence([1, 2], [1, 2]),
    sequence([3, 3, 1], [0, 0, 1]),
    sequence([2, 3], [0, 0]),
  ];

  it('learns words and transitions: "toracico" is inside an entity only after "dolore"', () => {
    const weights = trainCrf(training, shape, { l2: 0.1 });
    assert.deepEqual(decodeCrf(sequence([3, 1, 2]), weights).states, [0, 1, 2]);
    assert.deepEqual(decodeCrf(sequence([2, 3]), weights).states, [0, 0]);
  });

  it('never decodes a move the scheme forbids, and gives marginals that sum to one', () => {
    const weights = trainCrf(training, shape, { l2: 0.1 });
    const { states, marginals } = decodeCrf(sequence([2, 2, 2]), weights);
    assert.notEqual(states[0], 2);
    for (let t = 1; t < states.length; t++) assert.ok(!(states[t] === 2 && states[t - 1] === 0));
    for (const m of marginals) assert.ok(Math.abs(m.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  });

  it('uses dense features: a hint of 1 marks a one-word entity it has not seen', () => {
    const hinted = [sequence([3, 4, 3], [0, 1, 0], [0, 1, 0]), sequence([5, 3], [1, 0], [1, 0]), sequence([3, 6], [0, 0], [0, 0])];
    const weights = trainCrf(hinted, shape, { l2: 0.1 });
    assert.deepEqual(decodeCrf(sequence([3, 7, 3], undefined, [0, 1, 0]), weights).states, [0, 1, 0]);
  });

  it('has the gradient of its objective (central differences)', () => {
    const objective = crfObjective([sequence([3, 1, 2, 3], [0, 1, 2, 0], [0.5, 1, -1, 0]), sequence([2, 1], [0, 1], [1, 0])], shape, 0.3);
    const n = crfWeightCount(shape);
    const w = Float64Array.from({ length: n }, (_, i) => Math.sin(i * 1.7) * 0.5);
    const gradient = new Float64Array(n);
    objective(w, gradient);
    const scratch = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const h = 1e-5;
      const plus = Float64Array.from(w);
      const minus = Float64Array.from(w);
      plus[i] += h;
      minus[i] -= h;
      const numeric = (objective(plus, scratch) - objective(minus, scratch)) / (2 * h);
      assert.ok(Math.abs(numeric - gradient[i]) < 1e-5, `weight ${i}: analytic ${gradient[i]}, numeric ${numeric}`);
    }
  });

  it('refuses to train on nothing', () => {
    assert.throws(() => trainCrf([sequence([1])], shape), /no labelled sequences/);
  });
});
