import { minimizeLbfgs } from './lbfgs';

/** One example: dense features and a target in [0, 1] (a soft target is allowed). */
export interface LogisticExample {
  features: ArrayLike<number>;
  target: number;
  /** How much the example counts (default 1). */
  weight?: number;
}

export interface LogisticModel {
  weights: number[];
  bias: number;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function predictLogistic(model: LogisticModel, features: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * features[i];
  return sigmoid(z);
}

/**
 * Fits a logistic regression by L-BFGS on the mean cross-entropy plus `l2` times half the squared
 * weights (the bias is not penalised). Deterministic: it starts from zero.
 */
export function fitLogistic(examples: readonly LogisticExample[], dimension: number, l2 = 1e-3): LogisticModel {
  if (examples.length === 0) throw new RangeError('no examples to fit');
  const total = examples.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const { weights } = minimizeLbfgs((w, gradient) => {
    gradient.fill(0);
    let loss = 0;
    for (const example of examples) {
      const x = example.features;
      const weight = (example.weight ?? 1) / total;
      let z = w[dimension];
      for (let i = 0; i < dimension; i++) z += w[i] * x[i];
      // log(1 + e^z) - t z, computed without overflow
      loss += weight * (Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - example.target * z);
      const error = weight * (sigmoid(z) - example.target);
      for (let i = 0; i < dimension; i++) gradient[i] += error * x[i];
      gradient[dimension] += error;
    }
    for (let i = 0; i < dimension; i++) {
      loss += 0.5 * l2 * w[i] * w[i];
      gradient[i] += l2 * w[i];
    }
    return loss;
  }, new Float64Array(dimension + 1), { maxIterations: 500, gradientTolerance: 1e-7 });
  return { weights: Array.from(weights.subarray(0, dimension)), bias: weights[dimension] };
}
