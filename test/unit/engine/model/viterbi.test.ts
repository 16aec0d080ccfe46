import { strict as assert } from 'node:assert';
import { viterbi } from '../../../../src/engine/model/viterbi';

describe('viterbi', () => {
  const scores = (transitions: number[], start = [0, 0], end = [0, 0]) => ({
    states: 2,
    transitions: Float64Array.from(transitions),
    start: Float64Array.from(start),
    end: Float64Array.from(end),
  });

  it('follows the emissions when transitions are neutral', () => {
    assert.deepEqual(viterbi([1, 0, 0, 1, 1, 0], 3, scores([0, 0, 0, 0])), [0, 1, 0]);
  });

  it('lets a transition outweigh a weak emission', () => {
    // staying in state 0 earns 2 per step; state 1 at step 1 wins its emission by only 1
    assert.deepEqual(viterbi([1, 0, 0, 1, 1, 0], 3, scores([2, 0, 0, 0])), [0, 0, 0]);
  });

  it('never takes a forbidden move', () => {
    assert.deepEqual(viterbi([0, 5, 0, 5], 2, scores([0, 0, 0, 0], [0, -Infinity])), [0, 1]);
    assert.deepEqual(viterbi([0, 5, 0, 5], 2, scores([0, 0, 0, 0], [0, 0], [0, -Infinity])), [1, 0]);
  });

  it('returns nothing for no steps', () => {
    assert.deepEqual(viterbi([], 0, scores([0, 0, 0, 0])), []);
  });
});
