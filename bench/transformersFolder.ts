import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { bertTokenizerJson } from '../src/engine/model/bertTokenizerJson';
import { onnxFileOf, repoRoot } from './benchEnv';

type Json = Record<string, unknown>;

const DEFAULT_TOKENIZER_CONFIG: Json = {
  tokenizer_class: 'BertTokenizer',
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  unk_token: '[UNK]',
  mask_token: '[MASK]',
  model_max_length: 512,
};

function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

/**
 * Writes `root/name/{config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx}`, the
 * layout transformers.js loads offline, from one of our model folders: the same ONNX file,
 * config.json with `model_type: "bert"` (transformers.js picks its model class from it) and the
 * folder's id2label, and tokenizer.json as is or built from vocab.txt + tokenizer_config.json the
 * way the engine builds it. Returns the folder written.
 */
export function buildTransformersFolder(modelDir: string, root: string, name: string): string {
  const onnx = onnxFileOf(modelDir);
  if (!onnx) throw new Error(`${modelDir}: no model.onnx (nor onnx/model.onnx)`);
  const out = path.join(root, name);
  mkdirSync(path.join(out, 'onnx'), { recursive: true });
  copyFileSync(onnx, path.join(out, 'onnx', 'model.onnx'));

  const config = readJson(path.join(modelDir, 'config.json'));
  if (typeof config.id2label !== 'object' || config.id2label === null) throw new Error(`${modelDir}/config.json has no id2label`);
  const id2label = config.id2label as Record<string, string>;
  const label2id = Object.fromEntries(Object.entries(id2label).map(([id, label]) => [label, Number(id)]));
  writeFileSync(
    path.join(out, 'config.json'),
    JSON.stringify({ ...config, model_type: 'bert', architectures: ['BertForTokenClassification'], id2label, label2id }, null, 2),
  );

  const tokenizerConfigFile = path.join(modelDir, 'tokenizer_config.json');
  const tokenizerConfig = existsSync(tokenizerConfigFile) ? readJson(tokenizerConfigFile) : DEFAULT_TOKENIZER_CONFIG;
  writeFileSync(path.join(out, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2));

  const tokenizerJson = path.join(modelDir, 'tokenizer.json');
  if (existsSync(tokenizerJson)) {
    copyFileSync(tokenizerJson, path.join(out, 'tokenizer.json'));
  } else {
    const vocab = path.join(modelDir, 'vocab.txt');
    const json = bertTokenizerJson(readFileSync(vocab, 'utf8'), tokenizerConfig, vocab, tokenizerConfigFile);
    writeFileSync(path.join(out, 'tokenizer.json'), JSON.stringify(json));
  }
  return out;
}

/** One piece as transformers.js' token-classification pipeline reports it (no offsets). */
export interface TransformersToken {
  entity: string;
  score: number;
  /** Position in the model input, [CLS] being 0. */
  index: number;
  word: string;
}

export type TokenClassifier = (texts: string | string[], options?: Json) => Promise<TransformersToken[] | TransformersToken[][]>;

interface TransformersModule {
  env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
  pipeline: (task: string, model: string, options: Json) => Promise<TokenClassifier & { dispose(): Promise<void> }>;
}

/** The peer install, bench/node_modules/@huggingface/transformers, by absolute path. */
export function transformersPath(root: string = repoRoot()): string {
  return path.join(root, 'bench', 'node_modules', '@huggingface', 'transformers');
}

export function loadTransformers(root: string = repoRoot()): TransformersModule {
  const dir = transformersPath(root);
  if (!existsSync(path.join(dir, 'package.json'))) throw new Error(`${dir} is missing: run (cd bench && npm ci)`);
  // A computed path, so that esbuild leaves it to Node at run time.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- transformers.js lives outside the bundle, in bench/node_modules
  return require(dir) as TransformersModule;
}

/** Opens transformers.js' token-classification pipeline on `root/name`, offline, fp32. */
export async function openTransformersPipeline(
  root: string,
  name: string,
  sessionOptions: Json = {},
): Promise<TokenClassifier & { dispose(): Promise<void> }> {
  const transformers = loadTransformers();
  transformers.env.allowRemoteModels = false;
  transformers.env.allowLocalModels = true;
  transformers.env.localModelPath = root.endsWith(path.sep) ? root : root + path.sep;
  return transformers.pipeline('token-classification', name, { dtype: 'fp32', session_options: sessionOptions });
}
