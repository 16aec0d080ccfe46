import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describeFileSystemError } from '../files/fileSystemError';
import { locateFiles } from '../model/modelFolder';
import { QuantizationError, quantizeDynamic, type QuantizationSummary } from './dynamicQuantization';
import { decodeModel, encodeModel } from './onnxModelProto';

export interface QuantizedFolder {
  dir: string;
  /** The ONNX file written, relative to the folder (model.onnx or onnx/model.onnx, as in the source). */
  model: string;
  bytesBefore: number;
  bytesAfter: number;
  summary: QuantizationSummary;
}

/**
 * Writes a copy of a model folder whose ONNX model has int8 weights (quantizeDynamic); every other
 * file (config, tokenizer, lexicon, patterns, model card) is copied as it is, and config.json
 * records how the copy was made. The copy is built beside `outDir` and renamed into place, so
 * `outDir` is either absent or complete.
 */
export function quantizeModelFolder(modelDir: string, outDir: string): QuantizedFolder {
  const files = locateFiles(modelDir);
  const target = path.resolve(outDir);
  if (target === files.dir) throw new QuantizationError(`--out ${outDir} is the model folder itself; give a new folder for the int8 copy`);
  if (existsSync(target) && readdirSync(target).length > 0) throw new QuantizationError(`${outDir}: already exists and is not empty; give a new folder (nothing was written)`);

  const bytes = readFileSync(files.model);
  const model = decodeModel(bytes);
  // Fields that ONNX added after the schema this quantizer knows would be dropped on writing: a
  // model that does not come back to its own size is refused rather than changed without notice.
  if (encodeModel(model).length !== bytes.length) {
    throw new QuantizationError(`${files.model}: uses ONNX fields newer than the schema this quantizer reads (IR version 8); nothing was written`);
  }
  const summary = quantizeDynamic(model);
  if (summary.quantizedNodes === 0) throw new QuantizationError(`${files.model}: has no MatMul or Gemm with constant float weights: there is nothing to quantize`);
  const quantized = encodeModel(model);

  const relativeModel = path.relative(files.dir, files.model);
  const partial = `${target}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    cpSync(files.dir, partial, { recursive: true, filter: (source) => path.resolve(source) !== files.model });
    mkdirSync(path.dirname(path.join(partial, relativeModel)), { recursive: true });
    writeFileSync(path.join(partial, relativeModel), quantized);
    recordQuantization(path.join(partial, 'config.json'), files.dir, summary);
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw describeFileSystemError(error, outDir, 'write');
  }
  return { dir: target, model: relativeModel, bytesBefore: bytes.length, bytesAfter: quantized.length, summary };
}

function recordQuantization(configFile: string, source: string, summary: QuantizationSummary): void {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
  const options = (typeof config.clinical_ner === 'object' && config.clinical_ner !== null ? config.clinical_ner : {}) as Record<string, unknown>;
  config.clinical_ner = {
    ...options,
    quantization: {
      method: 'dynamic int8 (clinical-ner quantize): MatMul/Gemm weights int8 with one scale per output column, activations uint8 per batch',
      from: path.basename(source),
      matrices: summary.matrices,
      nodes: summary.quantizedNodes,
    },
  };
  writeFileSync(configFile, JSON.stringify(config, null, 2) + '\n');
}
