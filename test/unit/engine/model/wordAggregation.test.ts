import { strict as assert } from 'node:assert';
import { softmaxRows } from '../../../../src/engine/model/tokenProbabilities';
import { aggregateWords } from '../../../../src/engine/model/wordAggregation';

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
