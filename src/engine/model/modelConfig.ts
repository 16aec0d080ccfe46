import { isLabel, type Label } from '../entity';
import * as path from 'node:path';
import { LearnedKnowledge } from '../learned/learnedKnowledge';
import { LearnedMerge } from '../merge/learnedMerge';
import { ModelFolderError } from './modelFolderError';
import { unknownFeatures } from './pieceFeatures';
import { parseTagName, schemeOf, type Tag, type TagScheme } from './tagScheme';

export type Aggregation = 'first' | 'max' | 'average';
export type Decoding = 'greedy' | 'viterbi';

/** Transition scores of a linear-chain CRF over the model's tag ids. */
export interface CrfScores {
  transitions: number[][];
  start?: number[];
  end?: number[];
}

/** What the engine needs from config.json: tags, and how to prepare input and decode output. */
export interface ModelConfig {
  tagNames: string[];
  tags: Tag[];
  scheme: TagScheme;
  lowercase: boolean;
  stripPunctuation: boolean;
  /** Tokens per model call, [CLS] and [SEP] included. */
  windowLength: number;
  /** Word pieces between the starts of two consecutive windows of one sentence. */
  windowStride: number;
  aggregation: Aggregation;
  decoding: Decoding;
  crf?: CrfScores;
  /** Most windows per ONNX Runtime call. */
  batchSize: number;
  /** Most positions per ONNX Runtime call (rows × padded length, [CLS]/[SEP] included). */
  batchTokens: number;
  maxPositionEmbeddings?: number;
  /** Entities of the merged pipeline scored below this are not suggested (0: all are). */
  minScore: number;
  /** The features the model takes beside its pieces (input `features`), in order; empty: none. */
  inputFeatures: string[];
  /** clinical_ner.merge: how the pipeline combines the layers, fitted for this model; absent: by source order. */
  merge?: LearnedMerge;
  /** clinical_ner.learned: what `clinical-ner learn` fitted on a reviewer's gold over this model. */
  learned?: LearnedKnowledge;
}

// The seed model was trained with max_seq_length 128, although BERT allows 512 positions.
export const DEFAULT_WINDOW_LENGTH = 128;
// Batches are filled up to a number of positions rather than of windows: many short sentences
// then share one ONNX Runtime call while long windows still make GEMMs big enough. On 2 cores 512
// positions matched the best fixed batch size of a bert-base-sized model (5.14 s against 5.16 s
// with 16 windows, 5.28 s with 4, 1024 positions 5.62 s: more padding) and cut the tiny fixture's
// ONNX time from 30 to 9.5 ms (300 sentences; bench/.cache's model and the seed-format fixture).
export const DEFAULT_BATCH_TOKENS = 512;
export const DEFAULT_BATCH_SIZE = 64;
const SPECIAL_TOKENS_PER_WINDOW = 2;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads and checks config.json's content; every problem is a ModelFolderError naming `file`. */
export function parseModelConfig(json: unknown, file: string): ModelConfig {
  const fail = (problem: string): never => {
    throw new ModelFolderError(file, problem);
  };
  if (!isObject(json)) fail('must be a JSON object');
  const config = json as Json;
  const project = config.clinical_ner ?? {};
  if (!isObject(project)) fail('"clinical_ner" must be an object');
  const options = project as Json;

  const { tagNames, tags } = parseTags(config, options, fail);
  const maxPositionEmbeddings = optionalInteger(config, 'max_position_embeddings', 1, fail, '');
  const windowLength =
    optionalInteger(options, 'window_length', SPECIAL_TOKENS_PER_WINDOW + 1, fail) ??
    Math.min(DEFAULT_WINDOW_LENGTH, maxPositionEmbeddings ?? DEFAULT_WINDOW_LENGTH);
  if (maxPositionEmbeddings !== undefined && windowLength > maxPositionEmbeddings) {
    fail(`clinical_ner.window_length ${windowLength} exceeds max_position_embeddings ${maxPositionEmbeddings}`);
  }
  const content = windowLength - SPECIAL_TOKENS_PER_WINDOW;
  const windowStride = parseStride(options, content, fail);
  const aggregation = optionalChoice(options, 'aggregation', ['first', 'max', 'average'] as const, fail) ?? 'first';
  const crf = parseCrf(options, tags.length, fail);
  const decoding =
    optionalChoice(options, 'decoding', ['greedy', 'viterbi'] as const, fail) ?? (crf ? 'viterbi' : 'greedy');
  return {
    tagNames,
    tags,
    scheme: schemeOf(tags),
    lowercase: optionalBoolean(options, 'lowercase', fail) ?? false,
    stripPunctuation: optionalBoolean(options, 'strip_punctuation', fail) ?? false,
    windowLength,
    windowStride,
    aggregation,
    decoding,
    crf,
    batchSize: optionalInteger(options, 'batch_size', 1, fail) ?? DEFAULT_BATCH_SIZE,
    batchTokens: optionalInteger(options, 'batch_tokens', 1, fail) ?? DEFAULT_BATCH_TOKENS,
    maxPositionEmbeddings,
    minScore: parseMinScore(options, fail),
    inputFeatures: parseInputFeatures(options, fail),
    ...(options.merge !== undefined ? { merge: LearnedMerge.fromJson(options.merge, file) } : {}),
    ...(options.learned !== undefined ? { learned: LearnedKnowledge.fromFolder(path.dirname(file), options.learned, file) } : {}),
  };
}

function parseInputFeatures(options: Json, fail: (problem: string) => never): string[] {
  const value = options.input_features;
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string') || value.length === 0) {
    fail('"clinical_ner.input_features" must be a non-empty list of feature names');
  }
  const names = value as string[];
  const unknown = unknownFeatures(names);
  if (unknown.length > 0) fail(`"clinical_ner.input_features" names features this engine cannot compute: ${unknown.join(', ')}`);
  if (new Set(names).size !== names.length) fail('"clinical_ner.input_features" lists a feature twice');
  return names;
}

function parseMinScore(options: Json, fail: (problem: string) => never): number {
  const value = options.min_score;
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail(`"clinical_ner.min_score" must be a number from 0 to 1; it is ${JSON.stringify(value)}`);
  return value as number;
}

function parseTags(config: Json, options: Json, fail: (problem: string) => never): { tagNames: string[]; tags: Tag[] } {
  const id2label = config.id2label;
  if (id2label === undefined) fail('"id2label" is missing');
  if (!isObject(id2label)) fail('"id2label" must be an object of id → tag name');
  const entries = Object.entries(id2label as Json);
  if (entries.length === 0) fail('"id2label" is empty');
  const tagNames: string[] = [];
  for (const [key, name] of entries) {
    const id = Number(key);
    if (!Number.isInteger(id) || id < 0 || id >= entries.length) {
      fail(`"id2label" ids must be 0..${entries.length - 1}; found "${key}"`);
    }
    if (typeof name !== 'string') fail(`"id2label" entry ${key} is not a string`);
    tagNames[id] = name as string;
  }
  const labelMap = options.label_map ?? {};
  if (!isObject(labelMap)) fail('"clinical_ner.label_map" must be an object of entity type → label');
  const undecodable: string[] = [];
  const tags = tagNames.map((name): Tag => {
    const parsed = parseTagName(name);
    if (!parsed) {
      undecodable.push(`"${name}" (not O or B-/I-/E-/S-<type>)`);
      return { prefix: 'O' };
    }
    if (parsed.prefix === 'O') return parsed;
    const label = resolveLabel(parsed.type, labelMap as Json);
    if (!label) {
      undecodable.push(`"${name}" (entity type "${parsed.type}" is not PROBLEM, TEST or TREATMENT; map it in clinical_ner.label_map)`);
      return { prefix: 'O' };
    }
    return { prefix: parsed.prefix, label };
  });
  if (undecodable.length > 0) fail(`"id2label" has tags that cannot be decoded: ${undecodable.join(', ')}`);
  return { tagNames, tags };
}

function resolveLabel(type: string, labelMap: Json): Label | undefined {
  const mapped = labelMap[type];
  const candidate = typeof mapped === 'string' ? mapped : type.toUpperCase();
  return isLabel(candidate) ? candidate : undefined;
}

function parseStride(options: Json, content: number, fail: (problem: string) => never): number {
  const stride = optionalInteger(options, 'window_stride', 1, fail);
  const overlap = optionalInteger(options, 'window_overlap', 0, fail);
  if (stride !== undefined && overlap !== undefined) fail('give either clinical_ner.window_stride or window_overlap, not both');
  const result = stride ?? (overlap !== undefined ? content - overlap : Math.max(1, Math.floor(content / 2)));
  if (result < 1 || result > content) {
    fail(`the window stride must be between 1 and ${content} word pieces (window length minus [CLS] and [SEP]); it is ${result}`);
  }
  return result;
}

function parseCrf(options: Json, size: number, fail: (problem: string) => never): CrfScores | undefined {
  const transitions = options.crf_transitions;
  if (transitions === undefined) return undefined;
  const isVector = (v: unknown): v is number[] =>
    Array.isArray(v) && v.length === size && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (!Array.isArray(transitions) || transitions.length !== size || !transitions.every(isVector)) {
    fail(`"clinical_ner.crf_transitions" must be a ${size}×${size} matrix of numbers (one row and column per tag)`);
  }
  const vector = (key: string): number[] | undefined => {
    const value = options[key];
    if (value === undefined) return undefined;
    if (!isVector(value)) fail(`"clinical_ner.${key}" must be ${size} numbers (one per tag)`);
    return value as number[];
  };
  return { transitions: transitions as number[][], start: vector('crf_start'), end: vector('crf_end') };
}

function optionalBoolean(options: Json, key: string, fail: (problem: string) => never): boolean | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') fail(`"clinical_ner.${key}" must be true or false`);
  return value as boolean;
}

function optionalInteger(
  options: Json,
  key: string,
  min: number,
  fail: (problem: string) => never,
  scope = 'clinical_ner.',
): number | undefined {
  const value = options[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(`"${scope}${key}" must be an integer ≥ ${min}; it is ${JSON.stringify(value)}`);
  }
  return value as number;
}

function optionalChoice<T extends string>(
  options: Json,
  key: string,
  choices: readonly T[],
  fail: (problem: string) => never,
): T | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (!choices.includes(value as T)) fail(`"clinical_ner.${key}" must be one of ${choices.join(', ')}`);
  return value as T;
}
