import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as ort from 'onnxruntime-node';

/** The encoder dimensions of a BERT config.json. */
export interface BertShape {
  layers: number;
  hidden: number;
  intermediate: number;
}

/** The BERT dimensions of a model folder's config.json, or undefined for another architecture. */
export function bertShape(modelDir: string): BertShape | undefined {
  const config = JSON.parse(readFileSync(path.join(modelDir, 'config.json'), 'utf8')) as Record<string, unknown>;
  if (config.model_type !== 'bert' || typeof config.hidden_size !== 'number' || typeof config.num_hidden_layers !== 'number') return undefined;
  const hidden = config.hidden_size;
  const intermediate = typeof config.intermediate_size === 'number' ? config.intermediate_size : 4 * hidden;
  return { layers: config.num_hidden_layers, hidden, intermediate };
}

/**
 * Floating-point operations of the encoder on `rows` sequences of `sequence` positions (padding
 * included: the model computes it): per layer, the Q/K/V/output projections and the feed-forward
 * (2·(4h² + 2h·i) per position) and the attention scores and mix (4·sequence·h per position).
 * Embeddings, softmax, layer norms and the classifier are left out, so this is a lower bound.
 */
export function bertFlops(shape: BertShape, rows: number, sequence: number): number {
  const { layers, hidden, intermediate } = shape;
  const perPosition = 2 * (4 * hidden * hidden + 2 * hidden * intermediate) + 4 * sequence * hidden;
  return rows * sequence * layers * perPosition;
}

/**
 * GFLOP/s that ONNX Runtime reaches on a lone MatMul of bert-base's feed-forward shape, (m × 768)
 * × (768 × 3072), the best over batch-like m from 64 to 1024: a reference for the arithmetic rate
 * of a whole bert-base model, which is mostly such products.
 */
export async function loneMatMulGflops(file: string, threads: number): Promise<number> {
  const session = await ort.InferenceSession.create(file, { graphOptimizationLevel: 'all', intraOpNumThreads: threads });
  try {
    let best = 0;
    for (const rows of [64, 128, 256, 512, 1024]) {
      const x = new ort.Tensor('float32', new Float32Array(rows * 768).fill(0.5), [rows, 768]);
      for (let i = 0; i < 5; i++) await session.run({ x });
      const runs = Math.round(40_000 / rows);
      const started = performance.now();
      for (let i = 0; i < runs; i++) await session.run({ x });
      const seconds = (performance.now() - started) / 1000 / runs;
      best = Math.max(best, (2 * rows * 768 * 3072) / seconds / 1e9);
    }
    return best;
  } finally {
    await session.release();
  }
}
