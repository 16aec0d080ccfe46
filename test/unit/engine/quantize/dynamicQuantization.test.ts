import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as protobuf from 'protobufjs';
import * as ort from 'onnxruntime-node';
import { QuantizationError, quantizeDynamic } from '../../../../src/engine/quantize/dynamicQuantization';
import { DataType, decodeModel, encodeModel, type ModelProto, type TensorProto } from '../../../../src/engine/quantize/onnxModelProto';
import schema from '../../../../src/engine/quantize/onnx/onnxSchema.json';

const floats = (name: string, dims: number[], seed: number): TensorProto => {
  // a fixed pseudo-random sequence (a linear congruential generator): weights look like a trained layer's, not a pattern
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  const values = Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, next);
  return { name, data_type: DataType.FLOAT, dims, raw_data: new Uint8Array(values.buffer) };
};
const tensorValue = (name: string, dims: (number | string)[]) => ({
  name,
  type: { tensor_type: { elem_type: DataType.FLOAT, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d })) } } },
});

/**
 * hidden = x · W (MatMul); logits = Gemm(hidden, Wᵀ stored N × K, bias) ; scores = hidden · hiddenᵀ
 * (a product of two activations, as attention's, which must stay float); W is read by two MatMuls.
 */
function smallModel(opset = 14): ModelProto {
  return {
    ir_version: 8,
    opset_import: [{ domain: '', version: opset }],
    producer_name: 'clinical-ner test',
    graph: {
      name: 'small',
      node: [
        { op_type: 'MatMul', name: 'encoder', input: ['x', 'W'], output: ['hidden'] },
        { op_type: 'MatMul', name: 'encoder_again', input: ['x', 'W'], output: ['hidden_again'] },
        { op_type: 'Gemm', name: 'classifier', input: ['hidden', 'C', 'bias'], output: ['logits'], attribute: [{ name: 'transB', type: 2, i: 1 }] },
        { op_type: 'Transpose', name: 'flip', input: ['hidden_again'], output: ['hidden_t'] },
        { op_type: 'MatMul', name: 'attention', input: ['hidden_again', 'hidden_t'], output: ['scores'] },
      ],
      initializer: [floats('W', [32, 48], 1), floats('C', [13, 48], 2), floats('bias', [13], 3)],
      input: [tensorValue('x', ['batch', 32])],
      output: [tensorValue('logits', ['batch', 13]), tensorValue('scores', ['batch', 'batch'])],
    } as ModelProto['graph'],
  };
}

async function run(model: ModelProto, x: Float32Array): Promise<Record<string, Float32Array>> {
  const session = await ort.InferenceSession.create(encodeModel(model));
  try {
    const out = await session.run({ x: new ort.Tensor('float32', x, [x.length / 32, 32]) });
    return Object.fromEntries(Object.entries(out).map(([name, t]) => [name, t.data as Float32Array]));
  } finally {
    await session.release();
  }
}

const relativeError = (a: Float32Array, b: Float32Array) => {
  let diff = 0;
  let norm = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i] - b[i]) ** 2;
    norm += b[i] ** 2;
  }
  return Math.sqrt(diff / norm);
};

describe('dynamic int8 quantization of an ONNX graph', () => {
  const x = Float32Array.from({ length: 4 * 32 }, (_, i) => Math.cos(i * 0.11));

  it('computes what the float model computes, within int8 rounding, with int8 weights', async () => {
    const original = await run(smallModel(), x);
    const model = decodeModel(encodeModel(smallModel()));
    const summary = quantizeDynamic(model);
    const quantized = await run(model, x);
    for (const name of ['logits', 'scores']) {
      const error = relativeError(quantized[name], original[name]);
      assert.ok(error < 0.02, `${name}: relative error ${error}`);
      assert.ok(error > 0, `${name} went through int8`);
    }
    assert.deepEqual({ nodes: summary.quantizedNodes, matrices: summary.matrices }, { nodes: 3, matrices: 2 });
    assert.deepEqual(summary.keptFloat.map((k) => k.node), ['attention']);
  });

  it('keeps the graph\'s inputs and outputs, shares one activation quantizer, and drops the float weights', () => {
    const model = smallModel();
    quantizeDynamic(model);
    const graph = model.graph!;
    assert.deepEqual(graph.input!.map((i) => i.name), ['x']);
    assert.deepEqual(graph.output!.map((o) => o.name), ['logits', 'scores']);
    const names = graph.initializer!.map((t) => t.name);
    assert.ok(!names.includes('W') && !names.includes('C'), `float weights left: ${names.join(', ')}`);
    assert.ok(names.includes('bias'), 'Gemm\'s bias stays, added after the product');
    const weights = graph.initializer!.find((t) => t.name === 'C_transposed_quantized')!;
    assert.equal(weights.data_type, DataType.INT8);
    assert.deepEqual(weights.dims, [48, 13], 'transB weights are stored K × N for MatMulInteger');
    const quantizers = graph.node!.filter((n) => n.op_type === 'DynamicQuantizeLinear').map((n) => n.input![0]);
    assert.deepEqual(quantizers, ['x', 'hidden'], 'x is quantized once for its two MatMuls');
  });

  it('refuses, in one sentence, a model older than opset 11 or with its weights in external files', () => {
    assert.throws(() => quantizeDynamic(smallModel(10)), (e: Error) => e instanceof QuantizationError && /uses ONNX opset 10; dynamic int8 quantization needs opset 11 or later/.test(e.message));
    const external = smallModel();
    external.graph!.initializer![0].data_location = 1;
    assert.throws(() => quantizeDynamic(external), /keeps its weights in separate files \(external data, e\.g\. W\)/);
  });

  it('reads ONNX with the vendored schema, whose JSON form is protobufjs\' reading of onnx.proto', () => {
    const proto = readFileSync(path.join(__dirname, '../../../../src/engine/quantize/onnx/onnx.proto'), 'utf8');
    assert.deepEqual(JSON.parse(JSON.stringify(protobuf.parse(proto, { keepCase: true }).root.toJSON())), schema);
  });
});
