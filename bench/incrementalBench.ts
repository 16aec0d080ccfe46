import { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import { clinicalText } from './benchNotes';
import { median, medianMs, type BenchResult } from './benchTiming';

/**
 * (c) Re-annotation after a one-sentence edit of a 3,000-word note, against a full run; `rounds`
 * of each (a bert-base-sized model takes seconds per full run).
 */
export async function incrementalBench(modelDir?: string, rounds = 5): Promise<BenchResult> {
  const text = clinicalText(3000);
  const sentences = splitSentences(text);
  const middle = sentences[Math.floor(sentences.length / 2)];
  const edited = text.slice(0, middle.end) + ' Riferisce dolore toracico da ieri.' + text.slice(middle.end);
  const pipeline = await NerPipeline.load(modelDir);
  try {
    const full = await medianMs(async () => {
      pipeline.clearCache();
      await pipeline.annotate(text);
    }, rounds);
    const rerunTimes: number[] = [];
    let rerunSentences = 0;
    for (let i = 0; i < rounds; i++) {
      pipeline.clearCache();
      await pipeline.annotate(text);
      const t0 = process.hrtime.bigint();
      rerunSentences = (await pipeline.annotate(edited)).annotatedSentences;
      rerunTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const incremental = median(rerunTimes);
    const ratio = incremental / full;
    return {
      name: '(c) incremental re-annotation after a one-sentence edit of a 3,000-word note',
      figures: {
        'full run': `${full.toFixed(1)} ms (${sentences.length} sentences)`,
        're-annotation': `${incremental.toFixed(2)} ms (${rerunSentences} sentence run again)`,
      },
      ratio,
      target: '≤ 0.05 of a full run',
      met: ratio <= 0.05,
    };
  } finally {
    await pipeline.dispose();
  }
}
