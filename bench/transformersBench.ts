import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ModelRunner } from '../src/engine/model/modelRunner';
import { normalizeText } from '../src/engine/model/textNormalizer';
import type { WordPieceEncoding } from '../src/engine/model/wordPieceTokenizer';
import { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import { clinicalText } from './benchNotes';
import { bertFlops, bertShape, type BertShape } from './bertArithmetic';
import { buildTransformersFolder, openTransformersPipeline, type TransformersToken } from './transformersFolder';
import { median } from './benchTiming';
import { agreement, type Agreement, type SpanKey } from '../src/engine/entityAgreement';

/**
 * Word spans from one BIOES/BIO tag per word (undefined = O), with the engine's documented repair
 * rules (tagDecoder.ts): I/E without a matching open entity start one; B/S close the open one; an
 * entity still open at O or at the end is kept.
 */
export function wordTagSpans(tags: readonly (string | undefined)[]): { startWord: number; endWord: number; type: string }[] {
  const spans: { startWord: number; endWord: number; type: string }[] = [];
  let open: { startWord: number; type: string } | undefined;
  const close = (endWord: number) => {
    if (open) spans.push({ ...open, endWord });
    open = undefined;
  };
  tags.forEach((tag, word) => {
    const match = tag ? /^([BIES])-(.+)$/.exec(tag) : null;
    if (!match) return close(word);
    const [, prefix, type] = match;
    const continues = open !== undefined && open.type === type && (prefix === 'I' || prefix === 'E');
    if (!continues) {
      close(word);
      open = { startWord: word, type };
    }
    if (prefix === 'E' || prefix === 'S') close(word + 1);
  });
  close(tags.length);
  return spans;
}

/**
 * transformers.js' per-piece output for one sentence → entities with offsets, through our
 * encoding of the same text (both use the same tokenizer.json, so input position i is our piece
 * i − 1). A word takes its first piece's tag (aggregation "first").
 */
export function transformersSpans(tokens: readonly TransformersToken[], encoding: WordPieceEncoding, labelMap: Record<string, string> = {}): SpanKey[] {
  const pieceTags = new Map<number, string>();
  for (const token of tokens) pieceTags.set(token.index - 1, token.entity);
  const wordTags: (string | undefined)[] = new Array(encoding.wordCount).fill(undefined);
  const seen = new Set<number>();
  encoding.wordIds.forEach((word, piece) => {
    if (seen.has(word)) return;
    seen.add(word);
    wordTags[word] = pieceTags.get(piece);
  });
  const wordStart = new Array<number>(encoding.wordCount).fill(Infinity);
  const wordEnd = new Array<number>(encoding.wordCount).fill(-Infinity);
  encoding.wordIds.forEach((word, piece) => {
    wordStart[word] = Math.min(wordStart[word], encoding.starts[piece]);
    wordEnd[word] = Math.max(wordEnd[word], encoding.ends[piece]);
  });
  return wordTagSpans(wordTags).map((s) => ({
    start: wordStart[s.startWord],
    end: wordEnd[s.endWord - 1],
    label: labelMap[s.type] ?? s.type.toUpperCase(),
  }));
}

/** Distinct sentences of the project's notes that fit one window of the model, in note order. */
export async function benchSentences(runner: ModelRunner, count: number): Promise<string[]> {
  const text = clinicalText(count * 40);
  const candidates = [...new Set(splitSentences(text).map((r) => text.slice(r.start, r.end).trim()))].filter((s) => /\w/.test(s));
  const plan = await runner.planInference(candidates);
  const maxPieces = runner.info.window.length - 2;
  return candidates.filter((_, i) => plan.encodings[i].ids.length >= 1 && plan.encodings[i].ids.length <= maxPieces).slice(0, count);
}

/**
 * Waits until the ONNX Runtime threads of the session that ran last have stopped spinning: they
 * keep a core busy for a while after each run, and whichever contender ran next paid for it (the
 * default model: 45 ms alone, 66 ms right after 20 runs of another session, 47 ms 50 ms later).
 */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

/** transformers.js gets the best of these: one sentence per call, and two batch sizes. */
const THEIR_SENTENCES_PER_CALL = [1, 4, 16] as const;

export interface TransformersComparison {
  model: string;
  sentences: number;
  pieces: number;
  words: number;
  /** Our batching: most windows and most positions per call. */
  batchSize: number;
  batchTokens: number;
  threads: number;
  /** ModelRunner.annotateSentences over all sentences (its own batching). */
  runnerMs: number;
  /** NerPipeline (model layer only).annotateSentences over the same sentences. */
  pipelineMs: number;
  /** transformers.js pipeline, with `perCall` sentences per call (in note order); none when it cannot run the model (`withoutTransformers`). */
  theirs: { perCall: number; ms: number }[];
  /** Why transformers.js did not run: its token-classification pipeline gives a model only its pieces. */
  withoutTransformers?: string;
  /** Runner throughput / the best of transformers.js' modes. */
  ratio?: number;
  agreement?: Agreement;
  decoding: string;
  aggregation: string;
  /** For BERT models: the encoder arithmetic of our batches and of each of transformers.js' modes (padding included). */
  flops?: { ours: number; theirs: number[] };
  /**
   * With `quantizedDir`: ModelRunner on the int8 copy, timed in the same rounds, and its agreement
   * with ours (fp32); with the fastest round of each contender, which other processes on a shared
   * machine disturb least.
   */
  int8?: { ms: number; agreement: Agreement; best: { int8Ms: number; runnerMs: number; theirs: { perCall: number; ms: number }[] } };
}


/**
 * (b) Our model path against transformers.js' token-classification pipeline on the same ONNX file
 * and the same sentences, in one process, alternating the contenders in every round. transformers.js
 * gets the sentences already normalized the way the model folder asks (lowercase, punctuation to
 * spaces), outside its timing; ours normalizes inside. Both sessions get the same intra-op threads,
 * and every timed run starts on idle cores (settle).
 */
export async function compareWithTransformers(
  modelDir: string,
  options: { sentences?: number; rounds?: number; threads?: number; sentenceList?: string[]; quantizedDir?: string } = {},
): Promise<TransformersComparison> {
  const threads = options.threads ?? os.cpus().length;
  const rounds = options.rounds ?? 5;
  const runner = await ModelRunner.load(modelDir, { intraOpNumThreads: threads });
  const int8 = options.quantizedDir === undefined ? undefined : await ModelRunner.load(options.quantizedDir, { intraOpNumThreads: threads });
  const pipeline = await NerPipeline.load(modelDir, { sources: ['model'], intraOpNumThreads: threads });
  const root = mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-tfjs-'));
  const extraInputs = runner.info.inputFeatures.length > 0;
  const withoutTransformers = extraInputs ? `transformers.js's token-classification pipeline gives a model only its word pieces, and ${runner.info.name} also reads the engine's features (clinical_ner.input_features)` : undefined;
  try {
    if (!extraInputs) buildTransformersFolder(modelDir, root, 'model');
    const theirs = extraInputs ? undefined : await openTransformersPipeline(root, 'model', { intraOpNumThreads: threads });
    try {
      const sentences = options.sentenceList ?? (await benchSentences(runner, options.sentences ?? 300));
      const normalized = sentences.map((s) => normalizeText(s, runner.info));
      const plan = await runner.planInference(sentences);
      const pieces = plan.encodings.reduce((n, e) => n + e.ids.length, 0);
      const words = sentences.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
      const chunksOf = (perCall: number): string[][] => {
        const chunks: string[][] = [];
        for (let i = 0; i < normalized.length; i += perCall) chunks.push(normalized.slice(i, i + perCall));
        return chunks;
      };
      const modes = theirs ? THEIR_SENTENCES_PER_CALL.map((perCall) => ({ perCall, chunks: chunksOf(perCall), times: [] as number[] })) : [];
      const shape = bertShape(modelDir);
      // their calls pad each chunk to its longest sentence, [CLS] and [SEP] included
      const theirFlops = (s: BertShape, perCall: number) => {
        let total = 0;
        for (let i = 0; i < plan.encodings.length; i += perCall) {
          const chunk = plan.encodings.slice(i, i + perCall);
          total += bertFlops(s, chunk.length, Math.max(...chunk.map((e) => e.ids.length)) + 2);
        }
        return total;
      };
      const flops = shape && {
        ours: plan.batches.reduce((sum, b) => sum + bertFlops(shape, b.jobs.length, b.sequenceLength), 0),
        theirs: THEIR_SENTENCES_PER_CALL.map((perCall) => theirFlops(shape, perCall)),
      };

      // Agreement on the entities, before timing (also warms every path up).
      const ourCandidates = await runner.annotateSentences(sentences);
      await pipeline.annotateSentences(sentences);
      const keys = (candidates: typeof ourCandidates) => candidates.map((list) => list.map((c) => ({ start: c.start, end: c.end, label: c.label })));
      let agreed: Agreement | undefined;
      if (theirs) {
        const theirTokens: TransformersToken[][] = [];
        for (const chunk of chunksOf(4)) theirTokens.push(...((await theirs(chunk)) as TransformersToken[][]));
        for (const s of normalized.slice(0, 8)) await theirs(s);
        const config = JSON.parse(readFileSync(path.join(modelDir, 'config.json'), 'utf8')) as { clinical_ner?: { label_map?: Record<string, string> } };
        const labelMap = config.clinical_ner?.label_map ?? {};
        agreed = agreement(keys(ourCandidates), theirTokens.map((tokens, i) => transformersSpans(tokens, plan.encodings[i], labelMap)));
      }
      const int8Agreement = int8 && agreement(keys(await int8.annotateSentences(sentences)), keys(ourCandidates));

      const times = { runner: [] as number[], pipeline: [] as number[], int8: [] as number[] };
      for (let r = 0; r < rounds; r++) {
        await settle();
        let t = performance.now();
        await runner.annotateSentences(sentences);
        times.runner.push(performance.now() - t);
        // the pipeline caches what it found in each sentence: timed from nothing, like the runner
        pipeline.clearCache();
        await settle();
        t = performance.now();
        await pipeline.annotateSentences(sentences);
        times.pipeline.push(performance.now() - t);
        if (int8) {
          await settle();
          t = performance.now();
          await int8.annotateSentences(sentences);
          times.int8.push(performance.now() - t);
        }
        for (const mode of modes) {
          await settle();
          t = performance.now();
          for (const chunk of mode.chunks) await theirs!(mode.perCall === 1 ? chunk[0] : chunk);
          mode.times.push(performance.now() - t);
        }
      }
      const runnerMs = median(times.runner);
      const theirModes = modes.map((mode) => ({ perCall: mode.perCall, ms: median(mode.times) }));
      return {
        model: runner.info.name,
        sentences: sentences.length,
        pieces,
        words,
        batchSize: runner.info.batchSize,
        batchTokens: runner.info.batchTokens,
        threads,
        runnerMs,
        pipelineMs: median(times.pipeline),
        theirs: theirModes,
        ...(withoutTransformers ? { withoutTransformers } : {}),
        ...(agreed ? { ratio: Math.min(...theirModes.map((mode) => mode.ms)) / runnerMs, agreement: agreed } : {}),
        decoding: runner.info.decoding,
        aggregation: runner.info.aggregation,
        flops,
        int8: int8Agreement && {
          ms: median(times.int8),
          agreement: int8Agreement,
          best: { int8Ms: Math.min(...times.int8), runnerMs: Math.min(...times.runner), theirs: modes.map((mode) => ({ perCall: mode.perCall, ms: Math.min(...mode.times) })) },
        },
      };
    } finally {
      await theirs?.dispose();
    }
  } finally {
    await pipeline.dispose();
    await runner.dispose();
    await int8?.dispose();
    rmSync(root, { recursive: true, force: true });
  }
}
