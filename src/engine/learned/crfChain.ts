// The decoding half of a linear-chain CRF (the fitting half is src/learning/crfTraining.ts):
// what a layer fitted on a reviewer's gold needs to run inside the engine.

import { viterbi } from '../model/viterbi';

/**
 * One sentence as the CRF sees it: per position, sparse binary features (indices into the hashed
 * space) and dense real features (the same width for every sentence), and, for training, the gold
 * state of each position.
 */
export interface CrfSequence {
  sparse: Int32Array[];
  dense: Float32Array[];
  states?: Int32Array;
}

/** What a CRF learns: emission weights per state, transition scores, and its shape. */
export interface CrfWeights {
  states: number;
  sparseDimension: number;
  denseDimension: number;
  /** [feature][state], sparse features first, then dense ones, then one row of biases. */
  emission: Float64Array;
  /** [from][to]; -Infinity where a move is forbidden. */
  transition: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

/** The best state sequence and, per position, the marginal probability of each state. */
export function decodeCrf(sequence: CrfSequence, weights: CrfWeights): { states: number[]; marginals: Float64Array[] } {
  const n = sequence.sparse.length;
  if (n === 0) return { states: [], marginals: [] };
  const emissions = emissionScores(sequence, weights.emission, weights);
  const k = weights.states;
  const path = viterbi(emissions, n, { states: k, transitions: weights.transition, start: weights.start, end: weights.end });
  const chain = forwardBackward(emissions, n, exponentiated(weights), k);
  const marginals = Array.from({ length: n }, (_, t) => Float64Array.from({ length: k }, (_, s) => chain.alpha[t * k + s] * chain.beta[t * k + s] / chain.endSum));
  return { states: path, marginals };
}

export function emissionScores(sequence: CrfSequence, emission: Float64Array, shape: { states: number; sparseDimension: number; denseDimension: number }): Float64Array {
  const k = shape.states;
  const n = sequence.sparse.length;
  const scores = new Float64Array(n * k);
  const biasRow = (shape.sparseDimension + shape.denseDimension) * k;
  for (let t = 0; t < n; t++) {
    const out = t * k;
    for (let s = 0; s < k; s++) scores[out + s] = emission[biasRow + s];
    for (const feature of sequence.sparse[t]) {
      const row = feature * k;
      for (let s = 0; s < k; s++) scores[out + s] += emission[row + s];
    }
    const dense = sequence.dense[t];
    for (let d = 0; d < dense.length; d++) {
      const x = dense[d];
      if (x === 0) continue;
      const row = (shape.sparseDimension + d) * k;
      for (let s = 0; s < k; s++) scores[out + s] += x * emission[row + s];
    }
  }
  return scores;
}

/** The chain's scores as factors (0 where a move is forbidden). */
export interface ChainFactors {
  transition: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

export function exponentiated(scores: { transition: Float64Array; start: Float64Array; end: Float64Array }): ChainFactors {
  return { transition: scores.transition.map(Math.exp), start: scores.start.map(Math.exp), end: scores.end.map(Math.exp) };
}

/**
 * Room for forward-backward over sequences of up to `length` positions and `states` states, and for
 * the emission scores and expected counts of a training step: reused from one sequence to the
 * next, since training runs forward-backward on every sequence at every step.
 */
export interface ChainBuffers {
  scores: Float64Array;
  emission: Float64Array;
  alpha: Float64Array;
  beta: Float64Array;
  scale: Float64Array;
  expected: Float64Array;
}

export function chainBuffers(length: number, states: number): ChainBuffers {
  const matrix = () => new Float64Array(length * states);
  return { scores: matrix(), emission: matrix(), alpha: matrix(), beta: matrix(), scale: new Float64Array(length), expected: new Float64Array(states) };
}

/** Forward and backward vectors (over the first n positions of the arrays), their scales, and the log partition function. */
export interface ForwardBackward {
  alpha: Float64Array;
  beta: Float64Array;
  emission: Float64Array;
  scale: Float64Array;
  endSum: number;
  logZ: number;
}

/**
 * Forward-backward in scaled probabilities (Rabiner's scaling): each position's forward vector
 * is normalised by its sum `scale[t]`, the backward vectors by the same numbers, so nothing
 * overflows and no logarithm is taken per move. With endSum = Σ alpha[n-1]·end, the marginal of
 * state s at t is alpha·beta / endSum, and of the move p→s at t is
 * alpha[t-1][p]·transition·emission[t][s]·beta[t][s] / (scale[t]·endSum).
 */
export function forwardBackward(scores: Float64Array, n: number, factors: ChainFactors, k: number, buffers: ChainBuffers = chainBuffers(n, k)): ForwardBackward {
  const { emission, alpha, beta, scale } = buffers;
  let logZ = 0;
  for (let t = 0; t < n; t++) {
    let max = -Infinity;
    for (let s = 0; s < k; s++) max = Math.max(max, scores[t * k + s]);
    for (let s = 0; s < k; s++) emission[t * k + s] = Math.exp(scores[t * k + s] - max);
    logZ += max;
  }
  let sum = 0;
  for (let s = 0; s < k; s++) sum += alpha[s] = factors.start[s] * emission[s];
  scale[0] = sum;
  for (let s = 0; s < k; s++) alpha[s] /= sum;
  for (let t = 1; t < n; t++) {
    sum = 0;
    for (let s = 0; s < k; s++) {
      let total = 0;
      for (let p = 0; p < k; p++) total += alpha[(t - 1) * k + p] * factors.transition[p * k + s];
      sum += alpha[t * k + s] = total * emission[t * k + s];
    }
    scale[t] = sum;
    for (let s = 0; s < k; s++) alpha[t * k + s] /= sum;
  }
  for (let s = 0; s < k; s++) beta[(n - 1) * k + s] = factors.end[s];
  for (let t = n - 2; t >= 0; t--) {
    for (let s = 0; s < k; s++) {
      let total = 0;
      for (let q = 0; q < k; q++) total += factors.transition[s * k + q] * emission[(t + 1) * k + q] * beta[(t + 1) * k + q];
      beta[t * k + s] = total / scale[t + 1];
    }
  }
  let endSum = 0;
  for (let s = 0; s < k; s++) endSum += alpha[(n - 1) * k + s] * factors.end[s];
  for (let t = 0; t < n; t++) logZ += Math.log(scale[t]);
  return { alpha, beta, emission, scale, endSum, logZ: logZ + Math.log(endSum) };
}
