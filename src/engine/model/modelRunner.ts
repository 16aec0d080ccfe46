import type { InferenceSession } from 'onnxruntime-node';
import type { Candidate, Label } from '../entity';
import type { LearnedKnowledge } from '../learned/learnedKnowledge';
import type { LearnedMerge } from '../merge/learnedMerge';
import type { Aggregation, Decoding } from './modelConfig';
import { loadModelFolder, type ModelFolder, type ModelFolderFiles } from './modelFolder';
import type { SessionOptions } from './onnxSession';
import { decodeWordTags, type TagDecoderOptions } from './tagDecoder';
import type { TagScheme } from './tagScheme';
import { pieceFeatures } from './pieceFeatures';
import { normalizeText } from './textNormalizer';
import { wordTagScores } from './wordAggregation';
import { wordRangesOf, type WordPieceEncoding } from './wordPieceTokenizer';
import { planBatches, runBatches, type BatchLimits, type InferenceBatch, type WindowJob } from './windowInference';
import { assignPiecesToWindows, planWindows, type TokenWindow } from './windowPlanner';

export interface ModelRunnerOptions extends SessionOptions {
  /** Most windows per `session.run`; overrides clinical_ner.batch_size. */
  batchSize?: number;
  /** Most positions per `session.run`; overrides clinical_ner.batch_tokens. */
  batchTokens?: number;
}

export interface ModelInfo {
  name: string;
  files: ModelFolderFiles;
  /** The model's output tags, by id. */
  tagNames: string[];
  labels: Label[];
  scheme: TagScheme;
  window: { length: number; stride: number };
  inputNames: string[];
  aggregation: Aggregation;
  decoding: Decoding;
  batchSize: number;
  batchTokens: number;
  lowercase: boolean;
  stripPunctuation: boolean;
  /** clinical_ner.min_score: the folder's threshold for suggestions. */
  minScore: number;
  /** clinical_ner.input_features: what the model takes beside its pieces; empty: nothing. */
  inputFeatures: string[];
  /** clinical_ner.merge: the combination of layers fitted for this model, if any. */
  merge?: LearnedMerge;
  /** clinical_ner.learned: what was learned from a reviewer's gold over this model, if any. */
  learned?: LearnedKnowledge;
}

/**
 * What the model read in each word of a sentence, the input of a layer fitted on top of it: the
 * log-probabilities of its tags at the word's first piece. (Its hidden states were tried too: on
 * 14 out-of-style case reports the fitted layer's 5-fold check scored 76.0 strict F1 with them
 * against 79.8 without, and took three times as long: too many weights for a few notes.)
 */
export interface WordFeatures {
  /** Each word's range in the sentence (UTF-16, end exclusive). */
  words: { start: number; end: number }[];
  /** Values per word: the model's tags. */
  width: number;
  /** [word][tag]. */
  values: Float32Array;
}

/** The windows and batches planned for some sentences, before the model runs. */
export interface InferencePlan {
  encodings: WordPieceEncoding[];
  /** Per sentence, its windows (piece ranges). */
  windows: TokenWindow[][];
  /** Per sentence, the index in `jobs` of its first window. */
  firstJob: number[];
  jobs: WindowJob[];
  batches: InferenceBatch[];
}

/** Runs a token-classification model over sentences and returns its suggestions as candidates. */
export class ModelRunner {
  readonly info: ModelInfo;
  private readonly decoderOptions: TagDecoderOptions;
  private disposed = false;

  private constructor(
    private readonly folder: ModelFolder,
    batch: BatchLimits,
  ) {
    const { config, session } = folder;
    this.info = {
      name: folder.name,
      files: folder.files,
      tagNames: config.tagNames,
      labels: [...new Set(config.tags.flatMap((tag) => (tag.prefix === 'O' ? [] : [tag.label])))],
      scheme: config.scheme,
      window: { length: config.windowLength, stride: config.windowStride },
      inputNames: [...session.inputNames],
      aggregation: config.aggregation,
      decoding: config.decoding,
      batchSize: batch.windows,
      batchTokens: batch.tokens,
      lowercase: config.lowercase,
      stripPunctuation: config.stripPunctuation,
      minScore: config.minScore,
      inputFeatures: config.inputFeatures,
      ...(config.merge ? { merge: config.merge } : {}),
      ...(config.learned ? { learned: config.learned } : {}),
    };
    this.decoderOptions = { tags: config.tags, scheme: config.scheme, decoding: config.decoding, crf: config.crf };
  }

  /** Loads and checks the model folder `dir`; throws a ModelFolderError when it cannot be used. */
  static async load(dir: string, options: ModelRunnerOptions = {}): Promise<ModelRunner> {
    for (const key of ['batchSize', 'batchTokens', 'intraOpNumThreads'] as const) {
      const value = options[key];
      if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
        throw new RangeError(`${key} must be an integer ≥ 1; it is ${value}`);
      }
    }
    const folder = await loadModelFolder(dir, options);
    return new ModelRunner(folder, {
      windows: options.batchSize ?? folder.config.batchSize,
      tokens: options.batchTokens ?? folder.config.batchTokens,
    });
  }

  /** Whether the model reads the lexicon's and the patterns' candidates (see pieceFeatures.ts). */
  get takesCandidates(): boolean {
    return this.info.inputFeatures.length > 0;
  }

  /**
   * Candidates for each sentence, offsets relative to that sentence. Sentences are independent:
   * the result for one does not depend on the others passed with it. `hints` are, per sentence,
   * the lexicon's and the patterns' candidates, which a model that takes features reads.
   */
  async annotateSentences(texts: readonly string[], hints: readonly (readonly Candidate[])[] = []): Promise<Candidate[][]> {
    const plan = await this.planInference(texts, hints);
    const logits = await runBatches(this.session, plan.batches, plan.jobs, this.folder.config.tagNames.length);
    return plan.encodings.map((encoding, s) =>
      this.decodeSentence(encoding, plan.windows[s], logits.slice(plan.firstJob[s], plan.firstJob[s] + plan.windows[s].length)),
    );
  }

  /**
   * Like annotateSentences, and also what the model read in each word (see WordFeatures), from
   * the same run.
   */
  async annotateWithWordFeatures(texts: readonly string[], hints: readonly (readonly Candidate[])[] = []): Promise<{ candidates: Candidate[][]; features: WordFeatures[] }> {
    const plan = await this.planInference(texts, hints);
    const tagCount = this.folder.config.tagNames.length;
    const logits = await runBatches(this.session, plan.batches, plan.jobs, tagCount);
    const rowsOf = (s: number) => logits.slice(plan.firstJob[s], plan.firstJob[s] + plan.windows[s].length);
    const candidates = plan.encodings.map((encoding, s) => this.decodeSentence(encoding, plan.windows[s], rowsOf(s)));
    const features = plan.encodings.map((encoding, s) => wordFeaturesOf(encoding, plan.windows[s], rowsOf(s), tagCount));
    return { candidates, features };
  }

  /** Tokenizes and plans windows and batches; exposed so that benchmarks can time the model alone. */
  async planInference(texts: readonly string[], hints: readonly (readonly Candidate[])[] = []): Promise<InferencePlan> {
    const { config, tokenizer } = this.folder;
    this.assertOpen();
    const normalized = texts.map((text) => normalizeText(text, config));
    const encodings = await tokenizer.encodeBatch(normalized);
    const windows: TokenWindow[][] = [];
    const firstJob: number[] = [];
    const jobs: WindowJob[] = [];
    encodings.forEach((encoding, s) => {
      const sentenceWindows = planWindows(encoding.wordIds, config.windowLength - 2, config.windowStride);
      windows.push(sentenceWindows);
      firstJob.push(jobs.length);
      const features = this.takesCandidates ? pieceFeatures(texts[s], encoding, hints[s] ?? [], config.inputFeatures) : undefined;
      for (const window of sentenceWindows) jobs.push({ ids: encoding.ids, start: window.start, end: window.end, ...(features ? { features } : {}) });
    });
    const limits = { windows: this.info.batchSize, tokens: this.info.batchTokens };
    const batches = planBatches(jobs, limits, tokenizer.special, this.session.inputNames, config.inputFeatures.length);
    return { encodings, windows, firstJob, jobs, batches };
  }

  /** One bare `session.run` on a planned batch, for benchmarks. */
  async runBatch(batch: InferenceBatch): Promise<void> {
    this.assertOpen();
    await this.session.run(batch.feeds);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.folder.session.release();
  }

  private get session(): InferenceSession {
    this.assertOpen();
    return this.folder.session;
  }

  private assertOpen(): void {
    if (this.disposed) throw new Error(`model ${this.info.name} has been disposed`);
  }

  private decodeSentence(encoding: WordPieceEncoding, windows: TokenWindow[], windowLogits: Float32Array[]): Candidate[] {
    const tagCount = this.folder.config.tagNames.length;
    const pieceCount = encoding.ids.length;
    if (pieceCount === 0) return [];
    const words = wordTagScores(stitchPieceLogits(windows, windowLogits, pieceCount, tagCount), tagCount, encoding.wordIds, encoding.wordCount, this.folder.config.aggregation);
    const ranges = wordRangesOf(encoding);
    return decodeWordTags(words, encoding.wordCount, this.decoderOptions).map((span) => ({
      start: ranges[span.startWord].start,
      end: ranges[span.endWord - 1].end,
      label: span.label,
      score: span.score,
      source: 'model',
    }));
  }
}

/** Per word, the log-softmax of the logits of its first piece. */
function wordFeaturesOf(encoding: WordPieceEncoding, windows: TokenWindow[], windowLogits: Float32Array[], tagCount: number): WordFeatures {
  const words = wordRangesOf(encoding);
  const values = new Float32Array(words.length * tagCount);
  if (encoding.ids.length === 0) return { words, width: tagCount, values };
  const pieceLogits = stitchPieceLogits(windows, windowLogits, encoding.ids.length, tagCount);
  const seen = new Set<number>();
  encoding.wordIds.forEach((word, piece) => {
    if (seen.has(word)) return;
    seen.add(word);
    values.set(logSoftmax(pieceLogits.subarray(piece * tagCount, (piece + 1) * tagCount)), word * tagCount);
  });
  return { words, width: tagCount, values };
}

function logSoftmax(row: Float32Array): Float32Array {
  let max = -Infinity;
  for (const v of row) max = Math.max(max, v);
  let sum = 0;
  for (const v of row) sum += Math.exp(v - max);
  const log = max + Math.log(sum);
  return row.map((v) => v - log);
}

/**
 * The logits of every piece of a sentence ([piece][tag]), each taken from the window that owns it.
 * A sentence in one window (most of them) uses that window's rows as they are.
 */
function stitchPieceLogits(windows: TokenWindow[], windowLogits: Float32Array[], pieceCount: number, tagCount: number): Float32Array {
  if (windows.length === 1) return windowLogits[0];
  const owners = assignPiecesToWindows(windows, pieceCount);
  const pieceLogits = new Float32Array(pieceCount * tagCount);
  for (let piece = 0; piece < pieceCount; piece++) {
    const w = owners[piece];
    const row = (piece - windows[w].start) * tagCount;
    pieceLogits.set(windowLogits[w].subarray(row, row + tagCount), piece * tagCount);
  }
  return pieceLogits;
}
