import { emissionScores, exponentiated, forwardBackward, type ChainFactors, type CrfSequence, type CrfWeights } from '../engine/learned/crfChain';
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
  return (w, gradient) => {
    gradient.fill(0);
    const model = masked(view(w, shape), shape);
    const factors = exponentiated(model);
    const grad = view(gradient, shape);
    let loss = 0;
    for (const sequence of sequences) loss += sequenceLoss(sequence, model, factors, grad, shape);
    for (let i = 0; i < w.length; i++) {
      loss += 0.5 * l2 * w[i] * w[i];
      gradient[i] += l2 * w[i];
    }
    return loss;
  };
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
function sequenceLoss(sequence: CrfSequence, model: ModelView, factors: ChainFactors, grad: ModelView, shape: CrfShape): number {
  const k = shape.states;
  const n = sequence.sparse.length;
  const gold = sequence.states as Int32Array;
  const { transition, start, end } = model;
  const emissions = emissionScores(sequence, model.emission, shape);
  const chain = forwardBackward(emissions, n, factors, k);
  let goldScore = start[gold[0]] + end[gold[n - 1]];
  for (let t = 0; t < n; t++) {
    goldScore += emissions[t * k + gold[t]];
    if (t > 0) goldScore += transition[gold[t - 1] * k + gold[t]];
  }
  // emission gradient: expected minus observed counts
  const biasRow = (shape.sparseDimension + shape.denseDimension) * k;
  const expected = new Float64Array(k);
  for (let t = 0; t < n; t++) {
    for (let s = 0; s < k; s++) expected[s] = (chain.alpha[t * k + s] * chain.beta[t * k + s]) / chain.endSum;
    expected[gold[t]] -= 1;
    for (let s = 0; s < k; s++) grad.emission[biasRow + s] += expected[s];
    for (const feature of sequence.sparse[t]) {
      const row = feature * k;
      for (let s = 0; s < k; s++) grad.emission[row + s] += expected[s];
    }
    const dense = sequence.dense[t];
    for (let d = 0; d < dense.length; d++) {
      const x = dense[d];
      if (x === 0) continue;
      const row = (shape.sparseDimension + d) * k;
      for (let s = 0; s < k; s++) grad.emission[row + s] += x * expected[s];
    }
  }
  for (let s = 0; s < k; s++) {
    grad.start[s] += (factors.start[s] * chain.emission[s] * chain.beta[s]) / (chain.scale[0] * chain.endSum);
    grad.end[s] += (chain.alpha[(n - 1) * k + s] * factors.end[s]) / chain.endSum;
  }
  grad.start[gold[0]] -= 1;
  grad.end[gold[n - 1]] -= 1;
  for (let t = 1; t < n; t++) {
    const norm = chain.scale[t] * chain.endSum;
    for (let p = 0; p < k; p++) {
      const a = chain.alpha[(t - 1) * k + p];
      if (a === 0) continue;
      for (let s = 0; s < k; s++) {
        const move = factors.transition[p * k + s];
        if (move === 0) continue;
        grad.transition[p * k + s] += (a * move * chain.emission[t * k + s] * chain.beta[t * k + s]) / norm;
      }
    }
    grad.transition[gold[t - 1] * k + gold[t]] -= 1;
  }
  return chain.logZ - goldScore;
}

