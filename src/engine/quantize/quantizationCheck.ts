import { performance } from 'node:perf_hooks';
import { agreement, type Agreement, type SpanKey } from '../entityAgreement';
import { LABELS, type Label } from '../entity';
import { NerPipeline } from '../pipeline/nerPipeline';

export interface QuantizationCheck {
  notes: number;
  /** Entities of the model layer, int8 against fp32, over all the notes (units: notes). */
  agreement: Agreement;
  byLabel: Record<Label, Agreement>;
  /** Wall time of each model over the notes, after a warm-up note; informative only. */
  fp32Ms: number;
  int8Ms: number;
}

/**
 * Runs the fp32 model folder and its int8 copy over the same notes and compares their entities.
 * Only the model layer runs: the lexicon and patterns are the same in both folders, and their
 * entities would hide what quantization changed.
 */
export async function compareQuantized(fp32Dir: string, int8Dir: string, texts: readonly string[], threads?: number): Promise<QuantizationCheck> {
  const run = async (dir: string) => {
    const pipeline = await NerPipeline.load(dir, { sources: ['model'], intraOpNumThreads: threads });
    try {
      if (texts.length > 0) await pipeline.annotate(texts[0]);
      pipeline.clearCache();
      const spans: SpanKey[][] = [];
      const started = performance.now();
      for (const text of texts) spans.push((await pipeline.annotate(text)).entities.map(({ start, end, label }) => ({ start, end, label })));
      return { spans, ms: performance.now() - started };
    } finally {
      await pipeline.dispose();
    }
  };
  const fp32 = await run(fp32Dir);
  const int8 = await run(int8Dir);
  const ofLabel = (label: Label, notes: SpanKey[][]) => notes.map((spans) => spans.filter((s) => s.label === label));
  return {
    notes: texts.length,
    agreement: agreement(int8.spans, fp32.spans),
    byLabel: Object.fromEntries(LABELS.map((label) => [label, agreement(ofLabel(label, int8.spans), ofLabel(label, fp32.spans))])) as Record<Label, Agreement>,
    fp32Ms: fp32.ms,
    int8Ms: int8.ms,
  };
}
