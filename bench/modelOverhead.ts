import { performance } from 'node:perf_hooks';
import { ModelRunner, type ModelRunnerOptions } from '../src/engine/model/modelRunner';
import { median } from './benchTiming';

export interface ModelOverheadResult {
  model: string;
  sentences: number;
  words: number;
  pieces: number;
  windows: number;
  batches: number;
  /** Median of `annotateSentences` over all the sentences: tokenization, windows, model, decoding. */
  pathMs: number;
  /** Median of the bare `session.run` calls on the same planned batches, one after another. */
  rawRunMs: number;
  /** pathMs / rawRunMs; the target is ≤ 1.25. */
  ratio: number;
  piecesPerSecond: number;
}

export interface ModelOverheadOptions extends ModelRunnerOptions {
  repeats?: number;
}

const FINDINGS = [
  'febbre da tre giorni con tosse produttiva e dispnea da sforzo',
  "all'emocromo leucocitosi neutrofila, PCR 85 mg/l, creatinina 1,4 mg/dl",
  'radiografia del torace: addensamento basale destro compatibile con polmonite',
  'in anamnesi diabete mellito tipo 2 in terapia con metformina 1000 mg x 2/die',
  "ecografia dell'addome nella norma, non versamento libero",
  'ipertensione arteriosa in trattamento con ramipril 5 mg, pressione arteriosa 135/85',
  'si avvia amoxicillina 1 g x 3/die e paracetamolo al bisogno',
  'nega cefalea, dolore addominale o alterazioni dell’alvo 😷',
];

/** Italian clinical sentences of realistic length (10–60 words), deterministic for a given count. */
export function syntheticClinicalSentences(count: number): string[] {
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = 1 + (i % 5);
    const clauses = Array.from({ length: parts }, (_, k) => FINDINGS[(i * 3 + k * 5) % FINDINGS.length]);
    const text = clauses.join('; ');
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return sentences;
}


/**
 * Times the whole model path against bare `session.run` calls on exactly the windows and batches
 * that path plans, on one runner, alternating the two so that load drifts affect both alike.
 */
export async function measureModelOverhead(
  modelDir: string,
  sentences: readonly string[] = syntheticClinicalSentences(200),
  options: ModelOverheadOptions = {},
): Promise<ModelOverheadResult> {
  const repeats = options.repeats ?? 5;
  const runner = await ModelRunner.load(modelDir, options);
  try {
    const plan = await runner.planInference(sentences);
    await runner.annotateSentences(sentences);
    for (const batch of plan.batches) await runner.runBatch(batch);
    const pathTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let r = 0; r < repeats; r++) {
      let started = performance.now();
      await runner.annotateSentences(sentences);
      pathTimes.push(performance.now() - started);
      started = performance.now();
      for (const batch of plan.batches) await runner.runBatch(batch);
      rawTimes.push(performance.now() - started);
    }
    const pathMs = median(pathTimes);
    const rawRunMs = median(rawTimes);
    const pieces = plan.encodings.reduce((sum, e) => sum + e.ids.length, 0);
    return {
      model: runner.info.name,
      sentences: sentences.length,
      words: sentences.reduce((sum, s) => sum + s.split(/\s+/).filter(Boolean).length, 0),
      pieces,
      windows: plan.jobs.length,
      batches: plan.batches.length,
      pathMs,
      rawRunMs,
      ratio: pathMs / rawRunMs,
      piecesPerSecond: pieces / (pathMs / 1000),
    };
  } finally {
    await runner.dispose();
  }
}
