/**
 * A float matrix (rows = the inner dimension K, columns = the outputs N, as MatMul's second input)
 * in int8 with one scale per column: value ≈ q · scale[column]. Symmetric (zero point 0), so that
 * ONNX Runtime's integer kernels need no zero-point correction on the weights' side; -128 is left
 * out so that the range is symmetric too.
 */
export interface QuantizedMatrix {
  rows: number;
  columns: number;
  values: Int8Array;
  scales: Float32Array;
}

const INT8_MAX = 127;

/**
 * One scale per output column rather than one for the whole matrix: a column of small weights
 * keeps its resolution next to a column of large ones, and the error is never larger (ONNX
 * Runtime's integer MatMul takes a scale per column at no extra cost).
 */
export function quantizePerColumn(weights: Float32Array, rows: number, columns: number): QuantizedMatrix {
  if (weights.length !== rows * columns) throw new Error(`a ${rows} × ${columns} matrix has ${rows * columns} values, not ${weights.length}`);
  const scales = new Float32Array(columns);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) scales[c] = Math.max(scales[c], Math.abs(weights[r * columns + c]));
  }
  // an all-zero column gets scale 1: any scale reproduces it, and 0 would divide by zero
  for (let c = 0; c < columns; c++) scales[c] = scales[c] > 0 ? scales[c] / INT8_MAX : 1;
  const values = new Int8Array(weights.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c;
      values[i] = Math.max(-INT8_MAX, Math.min(INT8_MAX, Math.round(weights[i] / scales[c])));
    }
  }
  return { rows, columns, values, scales };
}

/** The float matrix the quantized one stands for. */
export function dequantize(matrix: QuantizedMatrix): Float32Array {
  const out = new Float32Array(matrix.values.length);
  for (let i = 0; i < out.length; i++) out[i] = matrix.values[i] * matrix.scales[i % matrix.columns];
  return out;
}

/** A rows × columns matrix transposed (Gemm's transB = 1 stores the weights as N × K). */
export function transpose(values: Float32Array, rows: number, columns: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) out[c * rows + r] = values[r * columns + c];
  }
  return out;
}
