import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { annotateBatch, type BatchDocument, type BatchResult } from '../src/engine/batch/batchAnnotator';
import { SuggestionFile } from '../src/engine/batch/suggestionFile';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import { onnxFileOf, repoRoot } from './benchEnv';
import type { BenchResult } from './benchTiming';

export interface BatchBenchOptions {
  notes?: number;
  /** Worker counts to compare; the first is the baseline of the scaling ratio. */
  workers?: number[];
  modelDir?: string;
}

export interface BatchRun {
  workers: number;
  intraOpThreads: number;
  notes: number;
  /** Model loading in every worker plus annotation and writing. */
  wallMs: number;
  loadMs: number;
  notesPerSecond: number;
  /** Leaving out the model load. */
  annotatingNotesPerSecond: number;
}

/** The project's notes (training/data/notes.jsonl and samples/). */
function baseNotes(root: string): string[] {
  const notes: string[] = [];
  const jsonl = path.join(root, 'training', 'data', 'notes.jsonl');
  if (existsSync(jsonl)) {
    for (const line of readFileSync(jsonl, 'utf8').split('\n').filter(Boolean)) notes.push((JSON.parse(line) as { text: string }).text);
  }
  const samples = path.join(root, 'samples');
  if (existsSync(samples)) {
    for (const name of readdirSync(samples).sort()) {
      if (name !== 'README.md' && /\.(txt|md)$/.test(name)) notes.push(readFileSync(path.join(samples, name), 'utf8'));
    }
  }
  if (notes.length === 0) throw new Error('no notes in training/data/notes.jsonl nor samples/');
  return notes;
}

/**
 * `count` notes made from the project's notes. Each copy gets a reference number at the end of
 * every sentence, so that no sentence repeats and the pipeline's sentence cache never hits: this
 * measures cold throughput, the worst case for a folder of notes that share boilerplate.
 */
function benchNotes(count: number, root: string = repoRoot()): BatchDocument[] {
  const base = baseNotes(root);
  return Array.from({ length: count }, (_, k) => {
    const note = base[k % base.length];
    let text = '';
    let at = 0;
    for (const range of splitSentences(note)) {
      text += note.slice(at, range.end) + ` [${k}]`;
      at = range.end;
    }
    text += note.slice(at);
    return { id: `bench-${String(k).padStart(5, '0')}`, load: () => text };
  });
}

function benchModelDir(root: string = repoRoot()): string {
  const own = path.join(root, 'models', 'default-it');
  return onnxFileOf(own) ? own : path.join(root, 'test', 'fixtures', 'seed-format-model');
}

async function timedRun(docs: BatchDocument[], workers: number, intraOpThreads: number, modelDir: string): Promise<BatchRun & { result: BatchResult }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'batch-bench-'));
  const out = SuggestionFile.open(path.join(dir, 'suggestions.jsonl'));
  const t0 = process.hrtime.bigint();
  try {
    const result = await annotateBatch(docs, out, { modelDir, workers, pipelineOptions: { intraOpNumThreads: intraOpThreads } });
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    if (result.failed.length > 0) throw new Error(`${result.failed.length} notes failed: ${result.failed[0].message}`);
    return {
      workers, intraOpThreads, notes: docs.length, wallMs, loadMs: result.loadMs, result,
      notesPerSecond: docs.length / (wallMs / 1000), annotatingNotesPerSecond: docs.length / ((wallMs - result.loadMs) / 1000),
    };
  } finally {
    out.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** (f) notes per second of `clinical-ner annotate DIR --out F --workers N`, and its scaling. */
export async function batchThroughput(options: BatchBenchOptions = {}): Promise<BenchResult[]> {
  const root = repoRoot();
  const count = options.notes ?? Number(process.env.BATCH_BENCH_NOTES ?? 2000);
  const workerCounts = options.workers ?? [1, 2];
  const modelDir = options.modelDir ?? benchModelDir(root);
  const docs = benchNotes(count, root);
  const words = docs.reduce((n, d) => n + d.load().split(/\s+/).filter(Boolean).length, 0);
  const runs: BatchRun[] = [];
  for (const workers of workerCounts) runs.push(await timedRun(docs, workers, 1, modelDir));
  // what one worker gets when it may use every core for its ONNX operators
  const oneWide = await timedRun(docs, 1, os.availableParallelism(), modelDir);
  const base = runs[0];
  const best = runs[runs.length - 1];
  const layers = (await timedRun(docs.slice(0, 1), 1, 1, modelDir)).result.pipeline?.sources.join('+') ?? '?';
  const figures: Record<string, string> = {
    input: `${count} notes, ${words.toLocaleString('en-US')} words (the project's ${path.relative(root, modelDir)} model, layers ${layers}); every sentence unique, so the sentence cache never hits`,
  };
  const show = (r: BatchRun) => `${(r.wallMs / 1000).toFixed(1)} s (load ${(r.loadMs / 1000).toFixed(1)} s) → ${r.notesPerSecond.toFixed(1)} notes/s; ${r.annotatingNotesPerSecond.toFixed(1)} notes/s after the load`;
  for (const r of runs) figures[`${r.workers} worker${r.workers > 1 ? 's' : ''}, 1 ORT thread each`] = show(r);
  figures[`1 worker, ${oneWide.intraOpThreads} ORT threads`] = show(oneWide);
  figures['load average (1 min) at the end'] = os.loadavg()[0].toFixed(2);
  figures['ratio is'] = `notes/s with ${best.workers} workers / notes/s with ${base.workers} (wall time includes each worker's model load)`;
  const ideal = best.workers / base.workers;
  return [{
    name: `(f) batch pre-annotation, ${count} notes, ${os.availableParallelism()} cores`,
    figures,
    ratio: best.notesPerSecond / base.notesPerSecond,
    target: `scaling ≥ ${(0.75 * ideal).toFixed(2)}× (75 % of ideal) from ${base.workers} to ${best.workers} workers`,
    met: best.notesPerSecond / base.notesPerSecond >= 0.75 * ideal,
  }];
}

if (require.main === module) {
  batchThroughput().then((results) => console.log(JSON.stringify(results, null, 2)), (error) => { console.error(error); process.exitCode = 1; });
}
