import * as ort from 'onnxruntime-node';
import { performance } from 'node:perf_hooks';
import { ModelRunner } from '../src/engine/model/modelRunner';
import { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import { onnxFileOf } from './benchEnv';
import { clinicalText } from './benchNotes';
import { median } from './benchTiming';

export interface DefaultModelResult {
  model: string;
  threads: number;
  words: number;
  pieces: number;
  /** NerPipeline (model layer only).annotate over the note, cache cleared. */
  engineMs: number;
  /** The whole NerPipeline (every layer the folder has) over the same note. */
  allLayersMs: number;
  allLayers: string;
  /** Bare session.run over the same planned batches. */
  rawRunMs: number;
  piecesPerSecond: number;
  wordsPerSecond: number;
  rawPiecesPerSecond: number;
  /** ModelRunner.load (folder checks, tokenizer, session, probe), median. */
  loadMs: number;
  /** Bare ort.InferenceSession.create on the same file, median. */
  rawLoadMs: number;
}


/**
 * (e) Throughput of the default model through the engine on `threads` intra-op threads, over a
 * note of `words` words, against bare session.run on the same batches; and its load time against
 * a bare session create. Undefined when the folder has no ONNX model.
 */
export async function defaultModelBench(modelDir: string, options: { threads?: number; words?: number; rounds?: number } = {}): Promise<DefaultModelResult | undefined> {
  const file = onnxFileOf(modelDir);
  if (!file) return undefined;
  const threads = options.threads ?? 2;
  const rounds = options.rounds ?? 5;
  const text = clinicalText(options.words ?? 3000);

  const loads: number[] = [];
  const rawLoads: number[] = [];
  for (let r = 0; r < rounds + 1; r++) {
    let t = performance.now();
    const runner = await ModelRunner.load(modelDir, { intraOpNumThreads: threads });
    const loadMs = performance.now() - t;
    await runner.dispose();
    t = performance.now();
    const session = await ort.InferenceSession.create(file, { graphOptimizationLevel: 'all', intraOpNumThreads: threads });
    const rawMs = performance.now() - t;
    await session.release();
    if (r > 0) {
      loads.push(loadMs);
      rawLoads.push(rawMs);
    }
  }

  const runner = await ModelRunner.load(modelDir, { intraOpNumThreads: threads });
  const engine = await NerPipeline.load(modelDir, { sources: ['model'], intraOpNumThreads: threads });
  const whole = await NerPipeline.load(modelDir, { intraOpNumThreads: threads });
  try {
    const sentences = splitSentences(text).map((r) => text.slice(r.start, r.end));
    const plan = await runner.planInference(sentences);
    const pieces = plan.encodings.reduce((n, e) => n + e.ids.length, 0);
    const words = text.split(/\s+/).filter(Boolean).length;
    const times = { engine: [] as number[], whole: [] as number[], raw: [] as number[] };
    for (let r = 0; r < rounds + 1; r++) {
      engine.clearCache();
      let t = performance.now();
      await engine.annotate(text);
      const engineMs = performance.now() - t;
      whole.clearCache();
      t = performance.now();
      await whole.annotate(text);
      const wholeMs = performance.now() - t;
      t = performance.now();
      for (const batch of plan.batches) await runner.runBatch(batch);
      const rawMs = performance.now() - t;
      if (r > 0) {
        times.engine.push(engineMs);
        times.whole.push(wholeMs);
        times.raw.push(rawMs);
      }
    }
    const engineMs = median(times.engine);
    const rawRunMs = median(times.raw);
    return {
      model: runner.info.name,
      threads,
      words,
      pieces,
      engineMs,
      allLayersMs: median(times.whole),
      allLayers: whole.info.sources.join(' + '),
      rawRunMs,
      piecesPerSecond: pieces / (engineMs / 1000),
      wordsPerSecond: words / (engineMs / 1000),
      rawPiecesPerSecond: pieces / (rawRunMs / 1000),
      loadMs: median(loads),
      rawLoadMs: median(rawLoads),
    };
  } finally {
    await whole.dispose();
    await engine.dispose();
    await runner.dispose();
  }
}
