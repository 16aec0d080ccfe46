import { strict as assert } from 'node:assert';
import { probabilityAt, softmaxRows } from '../../../../src/engine/model/tokenProbabilities';
import { aggregateWords, wordTagScores } from '../../../../src/engine/model/wordAggregation';

describe('aggregateWords', () => {
  // "amoxicillina" = am ##ox ##ici ##llin ##a (word 0), "oggi" (word 1); two tags: O, S-TREATMENT
  const wordIds = [0, 0, 0, 0, 0, 1];
  const pieces = Float32Array.from([0.4, 0.6, 0.1, 0.9, 0.7, 0.3, 0.8, 0.2, 0.5, 0.5, 1, 0]);
  const rounded = (values: Float32Array) => Array.from(values, (v) => Math.round(v * 100) / 100);

  it("'first' takes the word's first piece", () => {
    assert.deepEqual(rounded(aggregateWords(pieces, 2, wordIds, 2, 'first')), [0.4, 0.6, 1, 0]);
  });

  it("'max' takes the piece with the most confident prediction", () => {
    assert.deepEqual(rounded(aggregateWords(pieces, 2, wordIds, 2, 'max')), [0.1, 0.9, 1, 0]);
  });

  it("'average' takes the mean of the pieces", () => {
    assert.deepEqual(rounded(aggregateWords(pieces, 2, wordIds, 2, 'average')), [0.5, 0.5, 1, 0]);
  });
});

describe('softmaxRows', () => {
  it('turns each row of logits into probabilities, stable for large logits', () => {
    const rows = softmaxRows(Float32Array.from([0, 0, 1000, 0, 0, Math.log(3)]), 2);
    assert.deepEqual(Array.from(rows, (v) => Math.round(v * 1000) / 1000), [0.5, 0.5, 1, 0, 0.25, 0.75]);
  });
});

describe('probabilityAt', () => {
  it('gives one softmax probability of a row, stable for large scores', () => {
    const scores = [0, 0, 1000, 0, 0, Math.log(3)];
    assert.equal(probabilityAt(scores, 0, 2, 1), 0.5);
    assert.equal(probabilityAt(scores, 2, 2, 2), 1);
    assert.ok(Math.abs(probabilityAt(scores, 4, 2, 5) - 0.75) < 1e-12);
  });
});

describe('wordTagScores', () => {
  // logits of "amoxicillina" (5 pieces) and "oggi", three tags
  const wordIds = [0, 0, 0, 0, 0, 1];
  const logits = [2, 0.5, -1, 0, 3, 1, 4, -2, 0, 0.3, 0.3, 0.3, -1, 2, 5, 7, 0, 0];

  for (const aggregation of ['first', 'max', 'average'] as const) {
    it(`gives, up to a constant per word, the log of aggregateWords over the softmax, with '${aggregation}'`, () => {
      const expected = aggregateWords(softmaxRows(Float32Array.from(logits), 3), 3, wordIds, 2, aggregation);
      const scores = wordTagScores(Float32Array.from(logits), 3, wordIds, 2, aggregation);
      assert.equal(scores.length, expected.length);
      scores.forEach((_, i) => {
        const p = probabilityAt(scores, i - (i % 3), 3, i);
        assert.ok(Math.abs(p - expected[i]) < 1e-6, `${i}: ${p} vs ${expected[i]}`);
      });
    });
  }
});
