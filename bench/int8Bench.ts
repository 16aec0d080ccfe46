import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { QuantizationError } from '../src/engine/quantize/dynamicQuantization';
import { quantizeModelFolder, type QuantizedFolder } from '../src/engine/quantize/modelFolderQuantization';
import { compareQuantized } from '../src/engine/quantize/quantizationCheck';
import type { BenchResult } from './benchTiming';
import type { TransformersComparison } from './transformersBench';

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** (g) targets: int8 against our fp32 and against transformers.js fp32, on the same sentences. */
export const INT8_OVER_FP32 = 2;
export const INT8_OVER_TRANSFORMERS = 3;
export const INT8_AGREEMENT = 0.98;

/**
 * The model folder's int8 copy made by `clinical-ner quantize`, in a temporary folder that
 * `remove` deletes; a string says why there is none (no MatMul with constant weights).
 */
export function quantizedCopy(modelDir: string): { folder: QuantizedFolder; remove: () => void } | string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-int8-'));
  try {
    return { folder: quantizeModelFolder(modelDir, path.join(root, 'int8')), remove: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    if (error instanceof QuantizationError) return error.message;
    throw error;
  }
}

/**
 * (g) speed: the int8 copy's ModelRunner, timed in the rounds of (b), against our fp32 and
 * transformers.js fp32. The ratio takes each contender's fastest round: on a machine shared with
 * other work, a round's time is its own plus whatever else ran, and the fastest is the least
 * disturbed (medians are in the figures).
 */
export function int8SpeedResult(modelId: string, r: TransformersComparison, folder: QuantizedFolder): BenchResult {
  const int8 = r.int8!;
  const fastest = (modes: readonly { perCall: number; ms: number }[]) => modes.reduce((b, mode) => (mode.ms < b.ms ? mode : b));
  const overOurs = int8.best.runnerMs / int8.best.int8Ms;
  const tput = (ms: number) => `${Math.round(r.pieces / (ms / 1000)).toLocaleString('en-US')}/s pieces`;
  // transformers.js cannot run a model that reads the engine's features: then only our fp32 compares
  const best = int8.best.theirs.length > 0 ? fastest(int8.best.theirs) : undefined;
  const overTheirs = best && best.ms / int8.best.int8Ms;
  const theirMedian = r.theirs.length > 0 ? fastest(r.theirs).ms : undefined;
  return {
    name: `(g) int8 (clinical-ner quantize) vs our fp32${best ? ' vs transformers.js fp32' : ''}, ${modelId}`,
    figures: {
      input: `the ${r.sentences} sentences of (b), ${r.pieces} pieces; ${r.threads} intra-op threads everywhere; timed in the same alternating rounds`,
      'int8, ModelRunner.annotateSentences (fastest round)': `${int8.best.int8Ms.toFixed(1)} ms → ${tput(int8.best.int8Ms)}`,
      'fp32, ModelRunner.annotateSentences (fastest round)': `${int8.best.runnerMs.toFixed(1)} ms → ${tput(int8.best.runnerMs)}`,
      ...(best && overTheirs !== undefined
        ? {
            [`fp32, transformers.js (fastest mode, ${best.perCall} per call, fastest round)`]: `${best.ms.toFixed(1)} ms → ${tput(best.ms)}`,
            'int8 / transformers.js': `${overTheirs.toFixed(2)}×`,
          }
        : { 'transformers.js': `not run: ${r.withoutTransformers ?? 'it did not run'}` }),
      'medians of the rounds': `int8 ${int8.ms.toFixed(1)} ms, fp32 ${r.runnerMs.toFixed(1)} ms (${(r.runnerMs / int8.ms).toFixed(2)}×)${theirMedian !== undefined ? `, transformers.js ${theirMedian.toFixed(1)} ms (${(theirMedian / int8.ms).toFixed(2)}×)` : ''}`,
      quantized: `${folder.summary.quantizedNodes} MatMul/Gemm nodes, weights ${mb(folder.summary.floatBytes)} → ${mb(folder.summary.int8Bytes)}; model.onnx ${mb(folder.bytesBefore)} → ${mb(folder.bytesAfter)}`,
      'entity agreement with fp32 on these sentences': `${pct(int8.agreement.entityAgreement)} (${int8.agreement.both} common of ${int8.agreement.theirs} fp32 / ${int8.agreement.ours} int8)${modelId.includes('random') ? ': random weights, so this says nothing about quantization error (the trained small BERT row does)' : ''}`,
      'ratio is': 'int8 throughput / our fp32 throughput, fastest rounds',
    },
    ratio: overOurs,
    target: best ? `≥ ${INT8_OVER_FP32}× our fp32 and ≥ ${INT8_OVER_TRANSFORMERS}× transformers.js` : `≥ ${INT8_OVER_FP32}× our fp32`,
    met: overOurs >= INT8_OVER_FP32 && (overTheirs === undefined || overTheirs >= INT8_OVER_TRANSFORMERS),
  };
}

/** The project's held-out test notes (training/data/notes.jsonl, split "test"), as texts. */
function testNotes(root: string): string[] {
  const file = path.join(root, 'training', 'data', 'notes.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean)
    .map((line) => JSON.parse(line) as { split: string; text: string })
    .filter((note) => note.split === 'test')
    .map((note) => note.text);
}

/**
 * (g) agreement: a trained BERT-shaped model (the small BERT, trained from scratch on the project's
 * notes) quantized, against itself in fp32, on whole held-out notes through the engine.
 */
export async function int8AgreementResult(root: string, modelDir: string): Promise<BenchResult> {
  const notes = testNotes(root);
  if (notes.length === 0) throw new Error('training/data/notes.jsonl has no test notes: run npm run compile-notes');
  const copy = quantizedCopy(modelDir);
  if (typeof copy === 'string') throw new Error(copy);
  try {
    const check = await compareQuantized(modelDir, copy.folder.dir, notes, 2);
    const config = JSON.parse(readFileSync(path.join(modelDir, 'config.json'), 'utf8')) as { hidden_size: number; num_hidden_layers: number; clinical_ner: { training: { dev_word_tag_accuracy: number; minutes: number } } };
    const a = check.agreement;
    return {
      name: '(g) int8 entity agreement with fp32, small BERT trained from scratch on the project\'s notes',
      figures: {
        model: `${config.num_hidden_layers} layers, hidden ${config.hidden_size} (bench/smallBert, ${config.clinical_ner.training.minutes} min on CPU; dev word-tag accuracy ${pct(config.clinical_ner.training.dev_word_tag_accuracy)})`,
        input: `the ${check.notes} held-out test notes, whole, through NerPipeline (model layer only)`,
        'entities': `${a.both} identical of ${a.theirs} fp32 / ${a.ours} int8; notes with identical entities ${pct(a.sentenceAgreement)}`,
        'per label': Object.entries(check.byLabel).map(([label, l]) => `${label} ${pct(l.entityAgreement)}`).join(', '),
        'as an F1 of int8 against fp32': pct((2 * a.both) / (a.ours + a.theirs)),
        time: `fp32 ${(check.fp32Ms / 1000).toFixed(2)} s, int8 ${(check.int8Ms / 1000).toFixed(2)} s (${(check.fp32Ms / check.int8Ms).toFixed(2)}×, one run each)`,
        'ratio is': 'entities both found / entities either found (common / union)',
      },
      ratio: a.entityAgreement,
      target: `entity agreement ≥ ${pct(INT8_AGREEMENT)}`,
      met: a.entityAgreement >= INT8_AGREEMENT,
    };
  } finally {
    copy.remove();
  }
}
