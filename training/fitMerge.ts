// Fits how the pipeline combines its layers (config.json's clinical_ner.merge, see
// src/engine/merge/learnedMerge.ts) on notes the model was not trained on: the dev split and the
// "fit" half of the out-of-style set. The other half of the out-of-style set stays held out, so that
// the model card can report the merged pipeline on out-of-style notes nothing was fitted on.
//   npx tsx training/fitMerge.ts MODEL_DIR [--dry-run]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Candidate, Entity, Span } from '../src/engine/entity';
import { clusterCandidates, CLUSTER_FEATURES, featureVector } from '../src/engine/merge/candidateClusters';
import { LearnedMerge, type LearnedMergeJson } from '../src/engine/merge/learnedMerge';
import { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import { evaluate } from '../src/gold/metrics/evaluate';
import { fitLogistic, type LogisticExample } from '../src/learning/logisticRegression';
import { compileNotes, type CompiledNote } from './compileNotes';
import { oosPart } from './outOfStyleHalves';

const L2 = 1e-3;
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => 0.2 + i * 0.025);

interface SentenceCase {
  note: string;
  offset: number;
  text: string;
  candidates: Candidate[];
  gold: Span[];
}

/** The notes the merge is fitted on: dev, and the fit half of the out-of-style set. */
export function mergeFitNotes(notes: readonly CompiledNote[]): CompiledNote[] {
  return notes.filter((n) => n.split === 'dev' || (n.split === 'oos' && oosPart(n.id) === 'fit'));
}

async function sentenceCases(modelDir: string, notes: readonly CompiledNote[]): Promise<SentenceCase[]> {
  const pipeline = await NerPipeline.load(modelDir);
  try {
    const cases: SentenceCase[] = [];
    for (const note of notes) {
      const ranges = splitSentences(note.text);
      const texts = ranges.map((r) => note.text.slice(r.start, r.end));
      const candidates = await pipeline.candidatesOf(texts);
      ranges.forEach((range, i) => {
        const gold = note.entities
          .filter((e) => e.start >= range.start && e.end <= range.end)
          .map((e) => ({ start: e.start - range.start, end: e.end - range.start, label: e.label }));
        cases.push({ note: note.id, offset: range.start, text: texts[i], candidates: candidates[i], gold });
      });
    }
    return cases;
  } finally {
    await pipeline.dispose();
  }
}

/** 1 for a cluster that is a gold entity, 0.5 for one that overlaps a gold entity of its label, else 0. */
function targetOf(span: Span, gold: readonly Span[]): number {
  if (gold.some((g) => g.start === span.start && g.end === span.end && g.label === span.label)) return 1;
  return gold.some((g) => g.label === span.label && g.start < span.end && span.start < g.end) ? 0.5 : 0;
}

function meanF1(notes: readonly CompiledNote[], cases: readonly SentenceCase[], merge: LearnedMerge, threshold: number): { strict: number; overlap: number } {
  const predicted = new Map<string, Entity[]>();
  for (const c of cases) {
    const entities = merge.merge(c.text, c.candidates, threshold).map((e) => ({ ...e, start: e.start + c.offset, end: e.end + c.offset }));
    predicted.set(c.note, [...(predicted.get(c.note) ?? []), ...entities]);
  }
  const evaluation = evaluate(
    notes.map((n) => ({ id: n.id, text: n.text, entities: n.entities })),
    notes.map((n) => ({ id: n.id, entities: predicted.get(n.id) ?? [] })),
  );
  return { strict: evaluation.strict.micro.f1, overlap: evaluation.overlap.micro.f1 };
}

async function main(argv: string[]): Promise<void> {
  const modelDir = argv[0];
  const { notes, errors } = compileNotes();
  if (errors.length > 0) throw new Error(errors.join('\n'));
  const fitNotes = mergeFitNotes(notes);
  const cases = await sentenceCases(modelDir, fitNotes);
  const examples: LogisticExample[] = [];
  for (const c of cases) {
    for (const cluster of clusterCandidates(c.text, c.candidates)) {
      examples.push({ features: featureVector(cluster, CLUSTER_FEATURES), target: targetOf(cluster, c.gold) });
    }
  }
  const model = fitLogistic(examples, CLUSTER_FEATURES.length, L2);
  const draft = (threshold: number): LearnedMergeJson => ({ features: [...CLUSTER_FEATURES], weights: model.weights.map((w) => round(w)), bias: round(model.bias), threshold });
  let best = { threshold: 0.5, strict: 0, overlap: 0 };
  for (const threshold of THRESHOLDS) {
    const scores = meanF1(fitNotes, cases, LearnedMerge.fromJson(draft(threshold), 'draft'), threshold);
    if (scores.strict + scores.overlap > best.strict + best.overlap) best = { threshold: round(threshold), ...scores };
  }
  const merge: LearnedMergeJson = {
    ...draft(best.threshold),
    fitted: {
      by: 'training/fitMerge.ts',
      notes: fitNotes.length,
      clusters: examples.length,
      l2: L2,
      fitSetMicroF1: { strict: round(best.strict), overlap: round(best.overlap) },
    },
  };
  console.log(`merge: ${fitNotes.length} notes, ${examples.length} clusters; threshold ${best.threshold}, fit-set micro F1 strict ${(best.strict * 100).toFixed(1)} overlap ${(best.overlap * 100).toFixed(1)}`);
  for (const [i, name] of CLUSTER_FEATURES.entries()) console.log(`  ${name.padEnd(28)} ${merge.weights[i].toFixed(2)}`);
  if (argv.includes('--dry-run')) return;
  const configFile = join(modelDir, 'config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  config.clinical_ner.merge = merge;
  writeFileSync(configFile, JSON.stringify(config, null, 1) + '\n');
  console.log(`wrote clinical_ner.merge into ${configFile}`);
}

function round(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
