import { chainBuffers, exponentiated, forwardBackward, type ChainBuffers, type ChainFactors, type CrfSequence, type CrfWeights } from '../engine/learned/crfChain';
import { minimizeLbfgs, type Objective } from './lbfgs';

export interface CrfShape {
  states: number;
  sparseDimension: number;
  denseDimension: number;
  /** allowed[from][to], allowedStart[to], allowedEnd[from]: the moves the tag scheme permits. */
  allowed: boolean[][];
  allowedStart: boolean[];
  allowedEnd: boolean[];
}

export interface CrfTrainingOptions {
  /** Sparse features seen in fewer positions are left out (default 2). */
  minFeatureCount?: number;
  /** Penalty on half the squared weights, divided among the sequences (default 1). */
  l2?: number;
  maxIterations?: number;
  signal?: AbortSignal;
}

/**
 * Fits a linear-chain conditional random field by maximum likelihood with an L2 penalty (the
 * objective of CRFsuite's lbfgs trainer), over hashed sparse and dense features. Deterministic.
 */
export function trainCrf(sequences: readonly CrfSequence[], shape: CrfShape, options: CrfTrainingOptions = {}): CrfWeights {
  const usable = sequences.filter((s) => s.states && s.states.length > 0);
  if (usable.length === 0) throw new RangeError('no labelled sequences to train on');
  // Only the sparse features the sequences use get weights while fitting: a few tens of
  // thousands of rows instead of the whole hashed space, so each L-BFGS step is that much cheaper.
  const { compact, rows } = compactSparse(usable, options.minFeatureCount ?? 2);
  const compactShape = { ...shape, sparseDimension: rows.length };
  const { weights } = minimizeLbfgs(crfObjective(compact, compactShape, options.l2 ?? 1), new Float64Array(crfWeightCount(compactShape)), {
    maxIterations: options.maxIterations ?? 150,
    relativeTolerance: 1e-4,
    gradientTolerance: 1e-4,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const { states } = shape;
  const model = view(weights, compactShape);
  const emission = new Float64Array((shape.sparseDimension + shape.denseDimension + 1) * states);
  rows.forEach((row, i) => emission.set(model.emission.subarray(i * states, (i + 1) * states), row * states));
  emission.set(model.emission.subarray(rows.length * states), shape.sparseDimension * states);
  return {
    states,
    sparseDimension: shape.sparseDimension,
    denseDimension: shape.denseDimension,
    emission,
    transition: Float64Array.from(model.transition, (t, i) => (shape.allowed[Math.floor(i / states)][i % states] ? t : -Infinity)),
    start: Float64Array.from(model.start, (t, i) => (shape.allowedStart[i] ? t : -Infinity)),
    end: Float64Array.from(model.end, (t, i) => (shape.allowedEnd[i] ? t : -Infinity)),
  };
}

/**
 * The sequences with their sparse features renumbered 0..n-1, and the original index of each.
 * Features seen in fewer than `minCount` positions are dropped: they cannot generalise, and on a
 * few notes most of the word-pair features are such.
 */
function compactSparse(sequences: readonly CrfSequence[], minCount: number): { compact: CrfSequence[]; rows: number[] } {
  const counts = new Map<number, number>();
  for (const s of sequences) for (const features of s.sparse) for (const f of features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  const rows: number[] = [];
  for (const [feature, count] of counts) {
    if (count < minCount) continue;
    index.set(feature, rows.length);
    rows.push(feature);
  }
  const compact = sequences.map((s) => ({
    ...s,
    sparse: s.sparse.map((features) => Int32Array.from(Array.from(features).flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])))),
  }));
  return { compact, rows };
}

/** How many weights a CRF of this shape has (emissions, biases, transitions, start and end scores). */
export function crfWeightCount(shape: CrfShape): number {
  const k = shape.states;
  return (shape.sparseDimension + shape.denseDimension + 1) * k + k * k + 2 * k;
}

/** The training objective: negative log-likelihood of the labelled sequences plus the L2 penalty. */
export function crfObjective(sequences: readonly CrfSequence[], shape: CrfShape, l2: number): Objective {
  const packed = sequences.map((s) => packSequence(s, shape.denseDimension));
  const buffers = chainBuffers(Math.max(0, ...packed.map((p) => p.length)), shape.states);
  return (w, gradient) => {
    gradient.fill(0);
    const model = masked(view(w, shape), shape);
    const factors = exponentiated(model);
    const grad = view(gradient, shape);
    let loss = 0;
    for (const sequence of packed) loss += sequenceLoss(sequence, model, factors, grad, shape, buffers);
    for (let i = 0; i < w.length; i++) {
      loss += 0.5 * l2 * w[i] * w[i];
      gradient[i] += l2 * w[i];
    }
    return loss;
  };
}

/**
 * A labelled sequence laid out for the objective, which reads it some hundred times: the sparse
 * features of position t are features[offsets[t]] up to features[offsets[t + 1]], the dense ones
 * dense[t * width] onwards (as doubles: the values are those of the Float32Array rows).
 */
interface PackedSequence {
  length: number;
  offsets: Int32Array;
  features: Int32Array;
  dense: Float64Array;
  states: Int32Array;
}

function packSequence(sequence: CrfSequence, width: number): PackedSequence {
  const length = sequence.sparse.length;
  const offsets = new Int32Array(length + 1);
  sequence.sparse.forEach((features, t) => (offsets[t + 1] = offsets[t] + features.length));
  const features = new Int32Array(offsets[length]);
  sequence.sparse.forEach((row, t) => features.set(row, offsets[t]));
  const dense = new Float64Array(length * width);
  sequence.dense.forEach((row, t) => dense.set(row.subarray(0, width), t * width));
  return { length, offsets, features, dense, states: sequence.states as Int32Array };
}

/** The weights with every move the scheme forbids set to -Infinity. */
function masked(model: ModelView, shape: CrfShape): ModelView {
  const k = shape.states;
  return {
    emission: model.emission,
    transition: Float64Array.from(model.transition, (t, i) => (shape.allowed[Math.floor(i / k)][i % k] ? t : -Infinity)),
    start: Float64Array.from(model.start, (t, i) => (shape.allowedStart[i] ? t : -Infinity)),
    end: Float64Array.from(model.end, (t, i) => (shape.allowedEnd[i] ? t : -Infinity)),
  };
}

interface ModelView {
  emission: Float64Array;
  transition: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

function view(w: Float64Array, shape: CrfShape): ModelView {
  const k = shape.states;
  const emissionSize = (shape.sparseDimension + shape.denseDimension + 1) * k;
  return {
    emission: w.subarray(0, emissionSize),
    transition: w.subarray(emissionSize, emissionSize + k * k),
    start: w.subarray(emissionSize + k * k, emissionSize + k * k + k),
    end: w.subarray(emissionSize + k * k + k, emissionSize + k * k + 2 * k),
  };
}

/** Negative log-likelihood of one labelled sequence (`model` masked); adds its gradient into `grad`. */
function sequenceLoss(sequence: PackedSequence, model: ModelView, factors: ChainFactors, grad: ModelView, shape: CrfShape, buffers: ChainBuffers): number {
  const k = shape.states;
  const width = shape.denseDimension;
  const { length: n, offsets, features, dense, states: gold } = sequence;
  const { emission: weights, transition, start, end } = model;
  const gradient = grad.emission;
  const denseRows = shape.sparseDimension * k;
  const biasRow = (shape.sparseDimension + width) * k;
  const emissions = buffers.scores;
  for (let t = 0; t < n; t++) {
    const out = t * k;
    for (let s = 0; s < k; s++) emissions[out + s] = weights[biasRow + s];
    for (let f = offsets[t]; f < offsets[t + 1]; f++) {
      const row = features[f] * k;
      for (let s = 0; s < k; s++) emissions[out + s] += weights[row + s];
    }
    for (let d = 0; d < width; d++) {
      const x = dense[t * width + d];
      if (x === 0) continue;
      const row = denseRows + d * k;
      for (let s = 0; s < k; s++) emissions[out + s] += x * weights[row + s];
    }
  }
  const chain = forwardBackward(emissions, n, factors, k, buffers);
  const { alpha, beta, scale, endSum } = chain;
  let goldScore = start[gold[0]] + end[gold[n - 1]];
  for (let t = 0; t < n; t++) {
    goldScore += emissions[t * k + gold[t]];
    if (t > 0) goldScore += transition[gold[t - 1] * k + gold[t]];
  }
  // emission gradient: expected minus observed counts
  const expected = buffers.expected;
  for (let t = 0; t < n; t++) {
    for (let s = 0; s < k; s++) expected[s] = (alpha[t * k + s] * beta[t * k + s]) / endSum;
    expected[gold[t]] -= 1;
    for (let s = 0; s < k; s++) gradient[biasRow + s] += expected[s];
    for (let f = offsets[t]; f < offsets[t + 1]; f++) {
      const row = features[f] * k;
      for (let s = 0; s < k; s++) gradient[row + s] += expected[s];
    }
    for (let d = 0; d < width; d++) {
      const x = dense[t * width + d];
      if (x === 0) continue;
      const row = denseRows + d * k;
      for (let s = 0; s < k; s++) gradient[row + s] += x * expected[s];
    }
  }
  for (let s = 0; s < k; s++) {
    grad.start[s] += (factors.start[s] * chain.emission[s] * beta[s]) / (scale[0] * endSum);
    grad.end[s] += (alpha[(n - 1) * k + s] * factors.end[s]) / endSum;
  }
  grad.start[gold[0]] -= 1;
  grad.end[gold[n - 1]] -= 1;
  const moves = factors.transition;
  const movesGradient = grad.transition;
  for (let t = 1; t < n; t++) {
    const norm = scale[t] * endSum;
    for (let p = 0; p < k; p++) {
      const a = alpha[(t - 1) * k + p];
      if (a === 0) continue;
      for (let s = 0; s < k; s++) {
        const move = moves[p * k + s];
        if (move === 0) continue;
        movesGradient[p * k + s] += (a * move * chain.emission[t * k + s] * beta[t * k + s]) / norm;
      }
    }
    movesGradient[gold[t - 1] * k + gold[t]] -= 1;
  }
  return chain.logZ - goldScore;
}
