import { existsSync, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import { bertTokenizerJson } from './bertTokenizerJson';
import { parseModelConfig, type ModelConfig } from './modelConfig';
import { ModelFolderError } from './modelFolderError';
import { openOnnxSession, type SessionOptions } from './onnxSession';
import { WordPieceTokenizer } from './wordPieceTokenizer';

/** Absolute paths of the files a model folder provides; optional ones only when present. */
export interface ModelFolderFiles {
  dir: string;
  model: string;
  config: string;
  /** tokenizer.json, or vocab.txt when the tokenizer is built from vocab.txt + tokenizer_config.json. */
  tokenizer: string;
  tokenizerConfig?: string;
  lexicon?: string;
  patterns?: string;
  modelCard?: string;
}

/** A model folder that has passed every check, with its session open. */
export interface ModelFolder {
  name: string;
  files: ModelFolderFiles;
  config: ModelConfig;
  tokenizer: WordPieceTokenizer;
  session: InferenceSession;
}

type Json = Record<string, unknown>;

const PROBE_TEXT = 'febbre';

/** Loads and checks a model folder; any problem is one ModelFolderError naming the file. */
export async function loadModelFolder(dir: string, options: SessionOptions = {}): Promise<ModelFolder> {
  const files = locateFiles(dir);
  const configJson = await readJson(files.config);
  const config = parseModelConfig(configJson, files.config);
  const tokenizer = await loadTokenizer(files);
  const [probe] = await tokenizer.encodeBatch([PROBE_TEXT]);
  const probeIds = [tokenizer.special.cls, ...probe.ids, tokenizer.special.sep];
  const session = await openOnnxSession(files.model, config.tagNames.length, probeIds, config.inputFeatures.length, options);
  return { name: modelName(configJson as Json, files.dir), files, config, tokenizer, session };
}

/** Refuses a model folder path that does not exist or is a file, before looking for files in it. */
export function checkModelFolderExists(root: string): void {
  if (!existsSync(root)) throw new ModelFolderError(root, 'model folder does not exist');
  if (!statSync(root).isDirectory()) throw new ModelFolderError(root, 'is not a folder (a model folder holds model.onnx, config.json and a tokenizer)');
}

export function locateFiles(dir: string): ModelFolderFiles {
  const root = path.resolve(dir);
  checkModelFolderExists(root);
  const inRoot = (name: string) => path.join(root, name);
  const present = (name: string) => (existsSync(inRoot(name)) ? inRoot(name) : undefined);
  const model = present('model.onnx') ?? present(path.join('onnx', 'model.onnx'));
  if (!model) throw new ModelFolderError(inRoot('model.onnx'), 'is missing (looked for model.onnx and onnx/model.onnx)');
  const config = present('config.json');
  if (!config) throw new ModelFolderError(inRoot('config.json'), 'is missing');
  const tokenizerJson = present('tokenizer.json');
  const vocab = present('vocab.txt');
  if (!tokenizerJson && !vocab) {
    throw new ModelFolderError(inRoot('tokenizer.json'), 'is missing, and so is vocab.txt (one of them is needed)');
  }
  return {
    dir: root,
    model,
    config,
    tokenizer: tokenizerJson ?? vocab!,
    tokenizerConfig: present('tokenizer_config.json'),
    lexicon: present('lexicon.tsv'),
    patterns: present('patterns.json'),
    modelCard: present('MODEL_CARD.md'),
  };
}

async function loadTokenizer(files: ModelFolderFiles): Promise<WordPieceTokenizer> {
  if (path.basename(files.tokenizer) === 'tokenizer.json') {
    const json = await readJson(files.tokenizer);
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new ModelFolderError(files.tokenizer, 'must be a JSON object');
    }
    return WordPieceTokenizer.fromJson(json as Json, files.tokenizer);
  }
  const tokenizerConfigFile = files.tokenizerConfig ?? path.join(files.dir, 'tokenizer_config.json');
  if (!files.tokenizerConfig) {
    throw new ModelFolderError(tokenizerConfigFile, 'is missing (vocab.txt needs it to say how to tokenize)');
  }
  const tokenizerConfig = await readJson(tokenizerConfigFile);
  if (typeof tokenizerConfig !== 'object' || tokenizerConfig === null || Array.isArray(tokenizerConfig)) {
    throw new ModelFolderError(tokenizerConfigFile, 'must be a JSON object');
  }
  const vocabText = await fs.readFile(files.tokenizer, 'utf8');
  const json = bertTokenizerJson(vocabText, tokenizerConfig as Json, files.tokenizer, tokenizerConfigFile);
  return WordPieceTokenizer.fromJson(json, files.tokenizer);
}

/** A JSON file of a model folder; unreadable or invalid, a ModelFolderError naming it. */
export async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new ModelFolderError(file, `cannot be read (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ModelFolderError(file, `is not valid JSON (${(error as Error).message})`);
  }
}

function modelName(config: Json, dir: string): string {
  const project = config.clinical_ner as Json | undefined;
  for (const candidate of [project?.name, config._name_or_path]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
  }
  return path.basename(dir);
}
