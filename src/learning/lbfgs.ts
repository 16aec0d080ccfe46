/**
 * The objective to minimise: writes the gradient at `weights` into `gradient` and returns the value.
 */
export type Objective = (weights: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Most iterations (default 200). */
  maxIterations?: number;
  /** Stop when the gradient's largest component is below this (default 1e-5). */
  gradientTolerance?: number;
  /** Stop when the value improves by less than this, relatively, over one iteration (default 1e-7). */
  relativeTolerance?: number;
  /** Correction pairs kept (default 7). */
  memory?: number;
  /** Checked between iterations; an abort stops the fit with an AbortError. */
  signal?: AbortSignal;
}

export interface LbfgsResult {
  weights: Float64Array;
  value: number;
  iterations: number;
}

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search: the usual optimiser of CRFs and
 * logistic regressions (CRFsuite, scikit-learn), for smooth convex objectives of up to some
 * million weights. No maintained npm package offers it for typed arrays without native code.
 */
export function minimizeLbfgs(objective: Objective, initial: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const n = initial.length;
  const maxIterations = options.maxIterations ?? 200;
  const gradientTolerance = options.gradientTolerance ?? 1e-5;
  const relativeTolerance = options.relativeTolerance ?? 1e-7;
  const memory = options.memory ?? 7;
  let weights = Float64Array.from(initial);
  let gradient = new Float64Array(n);
  let next = new Float64Array(n);
  let nextGradient = new Float64Array(n);
  let value = objective(weights, gradient);
  // the last `memory` steps and gradient changes, reused in a ring once full
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    options.signal?.throwIfAborted();
    if (maxAbs(gradient) < gradientTolerance) break;
    const direction = searchDirection(gradient, steps, changes, rhos);
    let slope = dot(direction, gradient);
    if (!(slope < 0)) {
      // not a descent direction (numerical trouble): restart from the gradient
      steps.length = changes.length = rhos.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -gradient[i];
      slope = dot(direction, gradient);
    }
    let step = iterations === 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) next[i] = weights[i] + step * direction[i];
      nextValue = objective(next, nextGradient);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextValue < value)) break;
    const s = steps.length === memory ? (steps.shift() as Float64Array) : new Float64Array(n);
    const y = changes.length === memory ? (changes.shift() as Float64Array) : new Float64Array(n);
    if (rhos.length === memory) rhos.shift();
    for (let i = 0; i < n; i++) {
      s[i] = next[i] - weights[i];
      y[i] = nextGradient[i] - gradient[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
    }
    const improvement = (value - nextValue) / Math.max(1, Math.abs(value));
    [weights, next] = [next, weights];
    [gradient, nextGradient] = [nextGradient, gradient];
    value = nextValue;
    if (improvement < relativeTolerance) {
      iterations++;
      break;
    }
  }
  return { weights, value, iterations };
}

/** The two-loop recursion: minus the inverse-Hessian approximation times the gradient. */
function searchDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[], rhos: number[]): Float64Array {
  const q = Float64Array.from(gradient);
  const alphas = new Array<number>(steps.length);
  for (let k = steps.length - 1; k >= 0; k--) {
    alphas[k] = rhos[k] * dot(steps[k], q);
    axpy(-alphas[k], changes[k], q);
  }
  if (steps.length > 0) {
    const last = steps.length - 1;
    const gamma = dot(steps[last], changes[last]) / dot(changes[last], changes[last]);
    for (let i = 0; i < q.length; i++) q[i] *= gamma;
  }
  for (let k = 0; k < steps.length; k++) {
    const beta = rhos[k] * dot(changes[k], q);
    axpy(alphas[k] - beta, steps[k], q);
  }
  for (let i = 0; i < q.length; i++) q[i] = -q[i];
  return q;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function axpy(alpha: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < y.length; i++) y[i] += alpha * x[i];
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (const value of a) max = Math.max(max, Math.abs(value));
  return max;
}
