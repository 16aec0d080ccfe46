import * as ort from 'onnxruntime-node';
import { LOGITS_OUTPUT } from './onnxSession';
import { FEATURES_INPUT } from './pieceFeatures';
import type { SpecialTokenIds } from './wordPieceTokenizer';

/** Pieces `ids[start..end)` of one sentence, to run as one window. */
export interface WindowJob {
  ids: readonly number[];
  start: number;
  end: number;
  /** The sentence's piece features ([piece][feature], `featureCount` wide), for models that take them. */
  features?: Float32Array;
}

/** One `session.run` call: its feeds and, per row, the job it holds. */
export interface InferenceBatch {
  feeds: Record<string, ort.Tensor>;
  jobs: number[];
  sequenceLength: number;
}

/** How much one `session.run` may take. */
export interface BatchLimits {
  /** Windows (rows). */
  windows: number;
  /** Positions: rows × padded length, [CLS]/[SEP] included. A longer window still runs, alone. */
  tokens: number;
}

/**
 * Groups windows into batches of similar length (sorted by length, each padded to its longest,
 * filled up to `limits`) and builds the feeds for exactly the inputs the session declares.
 */
export function planBatches(
  jobs: readonly WindowJob[],
  limits: BatchLimits,
  special: SpecialTokenIds,
  inputNames: readonly string[],
  featureCount = 0,
): InferenceBatch[] {
  const order = jobs.map((_, i) => i).sort((a, b) => length(jobs[a]) - length(jobs[b]));
  const batches: InferenceBatch[] = [];
  for (let first = 0; first < order.length; ) {
    let count = 1;
    // sorted by length, so the window being added is the longest of the batch
    while (
      first + count < order.length &&
      count < limits.windows &&
      (count + 1) * (length(jobs[order[first + count]]) + 2) <= limits.tokens
    ) {
      count++;
    }
    const rows = order.slice(first, first + count);
    first += count;
    const sequenceLength = length(jobs[rows[rows.length - 1]]) + 2;
    const size = rows.length * sequenceLength;
    const inputIds = new BigInt64Array(size).fill(BigInt(special.pad));
    const attentionMask = new BigInt64Array(size);
    rows.forEach((j, row) => {
      const job = jobs[j];
      const offset = row * sequenceLength;
      inputIds[offset] = BigInt(special.cls);
      for (let i = job.start; i < job.end; i++) inputIds[offset + 1 + i - job.start] = BigInt(job.ids[i]);
      inputIds[offset + 1 + length(job)] = BigInt(special.sep);
      attentionMask.fill(1n, offset, offset + length(job) + 2);
    });
    const shape = [rows.length, sequenceLength];
    const all: Record<string, () => ort.Tensor> = {
      input_ids: () => new ort.Tensor('int64', inputIds, shape),
      attention_mask: () => new ort.Tensor('int64', attentionMask, shape),
      token_type_ids: () => new ort.Tensor('int64', new BigInt64Array(size), shape),
      [FEATURES_INPUT]: () => new ort.Tensor('float32', featureRows(jobs, rows, sequenceLength, featureCount), [rows.length, sequenceLength, featureCount]),
    };
    batches.push({ feeds: Object.fromEntries(inputNames.map((name) => [name, all[name]()])), jobs: rows, sequenceLength });
  }
  return batches;
}

/** The features of the batch's rows; [CLS], [SEP] and padding have none. */
function featureRows(jobs: readonly WindowJob[], rows: readonly number[], sequenceLength: number, featureCount: number): Float32Array {
  const data = new Float32Array(rows.length * sequenceLength * featureCount);
  rows.forEach((j, row) => {
    const { features, start, end } = jobs[j];
    if (!features) throw new Error('the model takes piece features, but a window was planned without them');
    data.set(features.subarray(start * featureCount, end * featureCount), (row * sequenceLength + 1) * featureCount);
  });
  return data;
}

function length(job: WindowJob): number {
  return job.end - job.start;
}

/** Runs the batches one after another; returns, per job, the logits of its pieces ([piece][tag], no [CLS]/[SEP]). */
export async function runBatches(
  session: ort.InferenceSession,
  batches: readonly InferenceBatch[],
  jobs: readonly WindowJob[],
  tagCount: number,
): Promise<Float32Array[]> {
  const logitsPerJob = new Array<Float32Array>(jobs.length);
  for (const batch of batches) {
    const output = await session.run(batch.feeds, [LOGITS_OUTPUT]);
    const data = output[LOGITS_OUTPUT].data as Float32Array;
    batch.jobs.forEach((j, row) => {
      const first = (row * batch.sequenceLength + 1) * tagCount;
      logitsPerJob[j] = data.subarray(first, first + length(jobs[j]) * tagCount);
    });
  }
  return logitsPerJob;
}
