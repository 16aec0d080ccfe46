import * as ort from 'onnxruntime-node';
import { ModelFolderError } from './modelFolderError';
import { disableOnnxRuntimeTelemetry } from './onnxRuntimeTelemetry';
import { FEATURES_INPUT } from './pieceFeatures';

export const REQUIRED_INPUTS = ['input_ids', 'attention_mask'] as const;
export const OPTIONAL_INPUTS = ['token_type_ids', FEATURES_INPUT] as const;
export const LOGITS_OUTPUT = 'logits';

export interface SessionOptions {
  /** Threads for one operator; ORT's default (all cores) when absent. */
  intraOpNumThreads?: number;
}

/**
 * Opens `modelFile` and checks that it is a token classifier the engine can feed: the inputs
 * it declares, a `logits` output, and — with a three-piece probe run — logits of shape
 * [batch, sequence, tagCount].
 */
export async function openOnnxSession(
  modelFile: string,
  tagCount: number,
  probeIds: readonly number[],
  featureCount: number,
  options: SessionOptions = {},
): Promise<ort.InferenceSession> {
  disableOnnxRuntimeTelemetry();
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelFile, {
      graphOptimizationLevel: 'all',
      ...(options.intraOpNumThreads !== undefined ? { intraOpNumThreads: options.intraOpNumThreads } : {}),
    });
  } catch (error) {
    throw new ModelFolderError(modelFile, `ONNX Runtime cannot load it (${(error as Error).message})`);
  }
  try {
    checkSignature(session, modelFile, featureCount);
    await probe(session, modelFile, tagCount, probeIds, featureCount);
  } catch (error) {
    await session.release();
    throw error;
  }
  return session;
}

function checkSignature(session: ort.InferenceSession, modelFile: string, featureCount: number): void {
  const inputs = session.inputNames;
  const missing = REQUIRED_INPUTS.filter((name) => !inputs.includes(name));
  const known: readonly string[] = [...REQUIRED_INPUTS, ...OPTIONAL_INPUTS];
  const unsupported = inputs.filter((name) => !known.includes(name));
  if (missing.length > 0 || unsupported.length > 0) {
    const problems = [
      missing.length > 0 ? `missing ${missing.join(', ')}` : '',
      unsupported.length > 0 ? `unsupported ${unsupported.join(', ')}` : '',
    ].filter(Boolean);
    throw new ModelFolderError(
      modelFile,
      `has inputs [${inputs.join(', ')}] (${problems.join('; ')}); a token classifier must take input_ids and attention_mask, and may take token_type_ids and ${FEATURES_INPUT}`,
    );
  }
  if (inputs.includes(FEATURES_INPUT) !== featureCount > 0) {
    throw new ModelFolderError(
      modelFile,
      inputs.includes(FEATURES_INPUT)
        ? `takes the input "${FEATURES_INPUT}", but config.json names no clinical_ner.input_features`
        : `does not take the input "${FEATURES_INPUT}", but config.json names clinical_ner.input_features`,
    );
  }
  for (const metadata of session.inputMetadata) {
    const expected = metadata.name === FEATURES_INPUT ? 'float32' : 'int64';
    if (metadata.isTensor && metadata.type !== expected) {
      throw new ModelFolderError(modelFile, `input ${metadata.name} is ${metadata.type}; it must be ${expected}`);
    }
  }
  if (!session.outputNames.includes(LOGITS_OUTPUT)) {
    throw new ModelFolderError(modelFile, `has no output "logits" (outputs: ${session.outputNames.join(', ')})`);
  }
}

async function probe(session: ort.InferenceSession, modelFile: string, tagCount: number, ids: readonly number[], featureCount: number): Promise<void> {
  const shape = [1, ids.length];
  const feeds: Record<string, ort.Tensor> = {
    input_ids: new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), shape),
    attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), shape),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), shape),
    [FEATURES_INPUT]: new ort.Tensor('float32', new Float32Array(ids.length * featureCount), [1, ids.length, featureCount]),
  };
  let dims: readonly number[];
  try {
    const output = await session.run(
      Object.fromEntries(session.inputNames.map((name) => [name, feeds[name]])),
      [LOGITS_OUTPUT],
    );
    const logits = output[LOGITS_OUTPUT];
    if (logits.type !== 'float32') {
      throw new ModelFolderError(modelFile, `output logits is ${logits.type}; it must be float32`);
    }
    dims = logits.dims;
  } catch (error) {
    if (error instanceof ModelFolderError) throw error;
    throw new ModelFolderError(modelFile, `fails on a probe input of ${ids.length} tokens (${(error as Error).message})`);
  }
  if (dims.length !== 3 || dims[0] !== 1 || dims[1] !== ids.length) {
    throw new ModelFolderError(modelFile, `gives logits of shape [${dims.join(', ')}] for input [1, ${ids.length}]; expected [1, ${ids.length}, labels]`);
  }
  if (dims[2] !== tagCount) {
    throw new ModelFolderError(modelFile, `gives ${dims[2]} logits per token, but config.json's id2label has ${tagCount} labels`);
  }
}
