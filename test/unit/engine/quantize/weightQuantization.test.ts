import { strict as assert } from 'node:assert';
import { dequantize, quantizePerColumn, transpose } from '../../../../src/engine/quantize/weightQuantization';

/** A 64 × 4 matrix whose columns differ in range by 100×, as a feed-forward layer's often do. */
function weights(): Float32Array {
  const out = new Float32Array(64 * 4);
  for (let r = 0; r < 64; r++) {
    for (let c = 0; c < 4; c++) out[r * 4 + c] = Math.sin(r * 1.7 + c) * [1, 0.1, 0.01, 0.5][c];
  }
  return out;
}

describe('int8 weights with one scale per output column', () => {
  it('rounds every weight to within half a step of its column\'s scale', () => {
    const w = weights();
    const q = quantizePerColumn(w, 64, 4);
    const back = dequantize(q);
    for (let i = 0; i < w.length; i++) assert.ok(Math.abs(back[i] - w[i]) <= q.scales[i % 4] / 2 + 1e-7, `weight ${i}`);
    assert.ok(q.values.every((v) => v >= -127 && v <= 127));
  });

  it('keeps the resolution of a column of small weights next to a column of large ones', () => {
    const w = weights();
    const back = dequantize(quantizePerColumn(w, 64, 4));
    // the third column is 100× smaller than the first: one scale for the matrix would leave it ~1 step
    const column = (values: Float32Array, c: number) => Array.from({ length: 64 }, (_, r) => values[r * 4 + c]);
    const error = column(back, 2).reduce((sum, v, r) => sum + Math.abs(v - column(w, 2)[r]), 0) / 64;
    assert.ok(error < 0.01 / 127, `mean error ${error} of weights up to 0.01`);
  });

  it('leaves an all-zero column at zero', () => {
    const q = quantizePerColumn(new Float32Array([0, 1, 0, -2]), 2, 2);
    const back = dequantize(q);
    assert.deepEqual([back[0], back[2]], [0, 0]);
    assert.equal(q.scales[0], 1);
    assert.equal(back[3], -2, 'the largest weight of a column is exact');
  });

  it('transposes an N × K matrix into K × N', () => {
    assert.deepEqual(Array.from(transpose(new Float32Array([1, 2, 3, 4, 5, 6]), 2, 3)), [1, 4, 2, 5, 3, 6]);
  });
});
