import {
  AttributeType, DataType, EXTERNAL_DATA, toNumber,
  type AttributeProto, type ModelProto, type NodeProto, type TensorProto,
} from './onnxModelProto';
import { quantizePerColumn, transpose, type QuantizedMatrix } from './weightQuantization';

/** A model this quantizer cannot rewrite; the message says why, in one sentence. */
export class QuantizationError extends Error {
  override name = 'QuantizationError';
}

export interface QuantizationSummary {
  /** MatMul and Gemm nodes whose weights are now int8. */
  quantizedNodes: number;
  /** Weight matrices quantized (one matrix used by several nodes counts once). */
  matrices: number;
  /** Bytes of float weights replaced, and of the int8 weights and scales that replace them. */
  floatBytes: number;
  int8Bytes: number;
  /** MatMul/Gemm nodes left in float32, with the reason (e.g. both inputs are activations). */
  keptFloat: { node: string; reason: string }[];
}

/** DynamicQuantizeLinear exists from opset 11. */
const MIN_OPSET = 11;

/**
 * Dynamic int8 quantization, as ONNX Runtime's own `quantize_dynamic` does it, over the model's
 * protobuf: every MatMul (and plain Gemm) whose second input is a constant float matrix becomes
 *
 *   DynamicQuantizeLinear(A) → A_q, A_scale, A_zero   (once per activation, shared by its MatMuls)
 *   MatMulInteger(A_q, W_q, A_zero, W_zero) → Cast(float) → Mul(A_scale · W_scale)
 *
 * with W_q int8 and one scale per output column. These are standard ONNX operators; ONNX Runtime
 * fuses the chain into its DynamicQuantizeMatMul kernel when it loads the model. Everything else
 * (the embeddings' Gather, attention's activation × activation MatMuls, every input and output,
 * hidden_states included) is left as it is. Mutates `model`.
 */
export function quantizeDynamic(model: ModelProto): QuantizationSummary {
  const graph = model.graph;
  if (!graph) throw new QuantizationError('model.onnx has no graph');
  const opset = toNumber(model.opset_import?.find((o) => (o.domain ?? '') === '' || o.domain === 'ai.onnx')?.version);
  if (opset < MIN_OPSET) throw new QuantizationError(`model.onnx uses ONNX opset ${opset}; dynamic int8 quantization needs opset ${MIN_OPSET} or later (export the model again with a newer opset)`);
  const initializers = new Map((graph.initializer ?? []).map((t) => [t.name ?? '', t]));
  for (const tensor of initializers.values()) {
    if (tensor.data_location === EXTERNAL_DATA) throw new QuantizationError(`model.onnx keeps its weights in separate files (external data, e.g. ${tensor.name}); quantize reads single-file models only`);
  }
  // an initializer that is also a graph input may be replaced by the caller: not a constant
  const overridable = new Set((graph.input ?? []).map((i) => i.name));
  const names = new Set<string>([...initializers.keys(), ...(graph.node ?? []).flatMap((n) => [...(n.input ?? []), ...(n.output ?? [])])]);
  const unique = (base: string) => {
    let name = base;
    for (let i = 1; names.has(name); i++) name = `${base}_${i}`;
    names.add(name);
    return name;
  };

  const summary: QuantizationSummary = { quantizedNodes: 0, matrices: 0, floatBytes: 0, int8Bytes: 0, keptFloat: [] };
  const quantizedWeights = new Map<string, { values: string; scales: string; zeros: string }>();
  const quantizedActivations = new Map<string, { values: string; scale: string; zero: string }>();
  const replacedUses = new Map<string, number>();
  const nodes: NodeProto[] = [];

  const weightOf = (name: string, transposed: boolean) => {
    const key = `${name}${transposed ? '\u0000T' : ''}`;
    const known = quantizedWeights.get(key);
    if (known) return known;
    const tensor = initializers.get(name)!;
    const [d0, d1] = (tensor.dims ?? []).map(toNumber);
    const floats = floatValues(tensor);
    const matrix: QuantizedMatrix = transposed ? quantizePerColumn(transpose(floats, d0, d1), d1, d0) : quantizePerColumn(floats, d0, d1);
    const base = transposed ? `${name}_transposed` : name;
    const entry = { values: unique(`${base}_quantized`), scales: unique(`${base}_scale`), zeros: unique(`${base}_zero_point`) };
    graph.initializer!.push(
      { name: entry.values, data_type: DataType.INT8, dims: [matrix.rows, matrix.columns], raw_data: bytesOf(matrix.values) },
      { name: entry.scales, data_type: DataType.FLOAT, dims: [matrix.columns], raw_data: bytesOf(matrix.scales) },
      { name: entry.zeros, data_type: DataType.INT8, dims: [matrix.columns], raw_data: new Uint8Array(matrix.columns) },
    );
    quantizedWeights.set(key, entry);
    summary.matrices++;
    summary.floatBytes += floats.length * 4;
    summary.int8Bytes += matrix.values.length + matrix.columns * 5;
    return entry;
  };

  const activationOf = (name: string) => {
    const known = quantizedActivations.get(name);
    if (known) return known;
    const entry = { values: unique(`${name}_quantized`), scale: unique(`${name}_scale`), zero: unique(`${name}_zero_point`) };
    nodes.push({ op_type: 'DynamicQuantizeLinear', name: unique(`${name}_DynamicQuantizeLinear`), input: [name], output: [entry.values, entry.scale, entry.zero] });
    quantizedActivations.set(name, entry);
    return entry;
  };

  for (const node of graph.node ?? []) {
    const plan = planFor(node, initializers, overridable);
    if (typeof plan === 'string') {
      if (plan !== '') summary.keptFloat.push({ node: node.name || node.output?.[0] || node.op_type || '?', reason: plan });
      nodes.push(node);
      continue;
    }
    const [input, weightName] = node.input!;
    const output = node.output![0];
    const label = node.name || output;
    const weight = weightOf(weightName, plan.transposed);
    const activation = activationOf(input);
    const integer = unique(`${output}_int32`);
    const asFloat = unique(`${output}_float`);
    const scale = unique(`${output}_scale`);
    const scaled = plan.bias !== undefined ? unique(`${output}_without_bias`) : output;
    nodes.push(
      { op_type: 'MatMulInteger', name: unique(`${label}_MatMulInteger`), input: [activation.values, weight.values, activation.zero, weight.zeros], output: [integer] },
      { op_type: 'Cast', name: unique(`${label}_Cast`), input: [integer], output: [asFloat], attribute: [{ name: 'to', type: AttributeType.INT, i: DataType.FLOAT }] },
      { op_type: 'Mul', name: unique(`${label}_scales`), input: [activation.scale, weight.scales], output: [scale] },
      { op_type: 'Mul', name: unique(`${label}_rescale`), input: [asFloat, scale], output: [scaled] },
    );
    if (plan.bias !== undefined) nodes.push({ op_type: 'Add', name: unique(`${label}_bias`), input: [scaled, plan.bias], output: [output] });
    replacedUses.set(weightName, (replacedUses.get(weightName) ?? 0) + 1);
    summary.quantizedNodes++;
  }
  graph.node = nodes;
  // a float weight goes once no node reads it any more
  const stillRead = new Set(nodes.flatMap((n) => n.input ?? []));
  graph.initializer = graph.initializer!.filter((t) => !replacedUses.has(t.name ?? '') || stillRead.has(t.name ?? ''));
  return summary;
}

interface Plan {
  /** The weights are stored N × K (Gemm transB = 1). */
  transposed: boolean;
  /** Gemm's C, added after the product. */
  bias: string | undefined;
}

/** How a node is quantized, or why not ('' for a node that is no MatMul or Gemm at all). */
function planFor(node: NodeProto, initializers: Map<string, TensorProto>, overridable: Set<string | undefined>): Plan | string {
  const domain = node.domain ?? '';
  if ((node.op_type !== 'MatMul' && node.op_type !== 'Gemm') || (domain !== '' && domain !== 'ai.onnx')) return '';
  const weightName = node.input?.[1];
  const weight = weightName === undefined ? undefined : initializers.get(weightName);
  if (!weight || overridable.has(weightName)) return 'its second input is not a constant (e.g. attention scores × values)';
  if (weight.data_type !== DataType.FLOAT) return 'its weights are not float32';
  if ((weight.dims ?? []).length !== 2) return `its weights have ${(weight.dims ?? []).length} dimensions, not 2`;
  if (node.op_type === 'MatMul') return { transposed: false, bias: undefined };
  const attribute = (name: string, fallback: number) => {
    const a: AttributeProto | undefined = node.attribute?.find((x) => x.name === name);
    if (!a) return fallback;
    return a.type === AttributeType.FLOAT ? a.f ?? fallback : toNumber(a.i);
  };
  if (attribute('alpha', 1) !== 1 || attribute('transA', 0) !== 0) return 'a Gemm with alpha ≠ 1 or a transposed A';
  const bias = node.input?.[2] || undefined;
  if (bias !== undefined && attribute('beta', 1) !== 1) return 'a Gemm with beta ≠ 1';
  return { transposed: attribute('transB', 0) !== 0, bias };
}

function floatValues(tensor: TensorProto): Float32Array {
  const raw = tensor.raw_data;
  if (raw && raw.length > 0) {
    // copied: raw_data may start at an offset that is not a multiple of 4 in the file's buffer
    const copy = new Uint8Array(raw);
    return new Float32Array(copy.buffer, 0, copy.length / 4);
  }
  return Float32Array.from(tensor.float_data ?? []);
}

function bytesOf(values: Int8Array | Float32Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}
