// Evaluates a model folder layer by layer on the held-out test split and on the out-of-style set
// (all of it, and the half nothing was fitted on), scores the statuses, measures the speed, and
// writes evaluation.json and MODEL_CARD.md into the folder.
//   npx tsx training/evaluateModel.ts MODEL_DIR [--write-card]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import type { Evaluation } from '../src/gold/metrics/evaluate';
import type { CompiledNote } from './compileNotes';
import { writeModelCard, type CardInputs, type SplitResults } from './modelCard';
import { ABLATION, CARD_SPLITS, cardScoresOf, evaluateLayers, readNotes, type CardScores } from './modelEvaluation';

const pct = (x: number) => (x * 100).toFixed(1);

/** Words per second and pieces per second through the whole engine (every layer, merge, statuses), and load time. */
async function measureSpeed(modelDir: string, notes: readonly CompiledNote[]): Promise<CardInputs['speed']> {
  const t0 = process.hrtime.bigint();
  const pipeline = await NerPipeline.load(modelDir);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const sentences = notes.flatMap((n) => n.text.split('\n')).filter((s) => s.trim() !== '');
  await pipeline.annotateSentences(sentences.slice(0, 50));
  pipeline.clearCache();
  const words = sentences.reduce((sum, s) => sum + (s.match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);
  const t1 = process.hrtime.bigint();
  await pipeline.annotateSentences(sentences);
  const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
  await pipeline.dispose();
  return { loadMs, wordsPerSecond: words / seconds };
}

async function main(argv: string[]): Promise<void> {
  const modelDir = argv[0];
  const splits: SplitResults[] = [];
  const evaluationJson: Record<string, { notes: number; scores: CardScores }> = {};
  for (const split of CARD_SPLITS) {
    const notes = readNotes(split);
    const results: { name: string; evaluation: Evaluation }[] = [];
    const scores: CardScores = {};
    for (const mode of ABLATION) {
      const evaluation = await evaluateLayers(modelDir, mode.sources, notes);
      results.push({ name: mode.name, evaluation });
      scores[mode.name] = cardScoresOf(evaluation);
      console.log(`${split}, ${mode.name}: strict micro F1 ${pct(evaluation.strict.micro.f1)}, overlap micro F1 ${pct(evaluation.overlap.micro.f1)}`);
    }
    splits.push({ split, notes, results });
    evaluationJson[split] = { notes: notes.length, scores };
  }
  const speed = await measureSpeed(modelDir, readNotes('dev'));
  console.log(`speed: ${Math.round(speed.wordsPerSecond)} words/s, load ${speed.loadMs.toFixed(0)} ms`);
  writeFileSync(join(modelDir, 'evaluation.json'), JSON.stringify({ splits: evaluationJson }, null, 1) + '\n');
  if (argv.includes('--write-card')) console.log(`wrote ${writeModelCard(modelDir, { splits, speed })}`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
