import { strict as assert } from 'node:assert';
import { minimizeLbfgs } from '../../../src/learning/lbfgs';
import { fitLogistic, predictLogistic } from '../../../src/learning/logisticRegression';

describe('minimizeLbfgs', () => {
  it('finds the minimum of the Rosenbrock function', () => {
    const result = minimizeLbfgs((w, g) => {
      const [x, y] = w;
      g[0] = -2 * (1 - x) - 400 * x * (y - x * x);
      g[1] = 200 * (y - x * x);
      return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
    }, Float64Array.from([-1.2, 1]), { maxIterations: 500, gradientTolerance: 1e-8, relativeTolerance: 0 });
    assert.ok(Math.abs(result.weights[0] - 1) < 1e-4 && Math.abs(result.weights[1] - 1) < 1e-4, `ended at ${[...result.weights]}`);
  });

  it('solves a badly scaled quadratic in few iterations', () => {
    const scales = [1, 10, 100, 1000];
    const result = minimizeLbfgs((w, g) => {
      let value = 0;
      w.forEach((x, i) => {
        value += 0.5 * scales[i] * (x - i) ** 2;
        g[i] = scales[i] * (x - i);
      });
      return value;
    }, new Float64Array(4), { gradientTolerance: 1e-9 });
    result.weights.forEach((x, i) => assert.ok(Math.abs(x - i) < 1e-6));
    assert.ok(result.iterations < 30, `${result.iterations} iterations`);
  });

  it('stops with an AbortError when its signal is aborted', () => {
    const controller = new AbortController();
    controller.abort();
    assert.throws(() => minimizeLbfgs((w, g) => { g[0] = w[0]; return w[0] ** 2; }, Float64Array.from([3]), { signal: controller.signal }), { name: 'AbortError' });
  });
});

describe('fitLogistic', () => {
  it('recovers the log-odds of soft targets', () => {
    const model = fitLogistic([{ features: [0], target: 0.75 }, { features: [0], target: 0.75 }], 1, 0);
    assert.ok(Math.abs(model.bias - Math.log(3)) < 1e-4);
  });

  it('learns which feature predicts the target, weighted examples counting more', () => {
    const examples = [
      { features: [1, 0], target: 1 },
      { features: [1, 1], target: 1 },
      { features: [0, 1], target: 0 },
      { features: [0, 0], target: 0, weight: 3 },
    ];
    const model = fitLogistic(examples, 2, 1e-2);
    assert.ok(model.weights[0] > 2 && Math.abs(model.weights[1]) < model.weights[0]);
    assert.ok(predictLogistic(model, [1, 0]) > 0.8 && predictLogistic(model, [0, 0]) < 0.2);
  });
});
