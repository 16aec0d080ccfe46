import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchModels, howToMake, matMulReferenceModel, machineInfo, prepareSeedSizedModel, repoRoot, smallBertModel, type BenchModel } from './benchEnv';
import { int8AgreementResult, int8SpeedResult, quantizedCopy } from './int8Bench';
import { loneMatMulGflops } from './bertArithmetic';
import type { BenchResult } from './benchTiming';
import { defaultModelBench } from './defaultModelBench';
import { incrementalBench } from './incrementalBench';
import { learningCurveBench } from './learningCurveBench';
import { runLexiconBench, runLexiconLoadBench } from './lexiconBench';
import { measureModelOverhead } from './modelOverhead';
import { consoleTable, renderResultsMarkdown, type SkippedBench } from './resultsTable';
import { compareWithTransformers, type TransformersComparison } from './transformersBench';

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

interface Report {
  results: BenchResult[];
  skipped: SkippedBench[];
  notes: string[];
}

async function attempt(report: Report, name: string, action: () => Promise<BenchResult[] | undefined>): Promise<void> {
  process.stdout.write(`running ${name}…\n`);
  try {
    const results = await action();
    if (results) report.results.push(...results);
  } catch (error) {
    report.skipped.push({ name, reason: `error: ${(error as Error).message}` });
  }
}

async function overhead(model: BenchModel): Promise<BenchResult[]> {
  const r = await measureModelOverhead(model.dir);
  return [{
    name: `(a) engine overhead, ${model.id}`,
    figures: {
      input: `${r.sentences} sentences, ${r.words} words, ${r.pieces} pieces, ${r.windows} windows in ${r.batches} batches`,
      'whole model path (ModelRunner.annotateSentences)': ms(r.pathMs),
      'bare session.run on the same batches': ms(r.rawRunMs),
      'path throughput': `${perSecond(r.piecesPerSecond)} pieces`,
    },
    ratio: r.ratio,
    target: 'path / session.run ≤ 1.25',
    met: r.ratio <= 1.25,
  }];
}

/**
 * For BERT models: how fast each side runs the encoder's arithmetic, against ONNX Runtime on a lone
 * MatMul of the same shapes; what the 2× target would need shows whether any engine could reach it.
 */
async function arithmeticFigures(r: TransformersComparison): Promise<Record<string, string>> {
  const matMulFile = matMulReferenceModel();
  if (!r.flops || !matMulFile) return {};
  const lone = await loneMatMulGflops(matMulFile, r.threads);
  const gflops = (flops: number, timeMs: number) => flops / (timeMs / 1000) / 1e9;
  const ours = gflops(r.flops.ours, r.runnerMs);
  const best = r.theirs.reduce((b, mode, i) => (mode.ms < r.theirs[b].ms ? i : b), 0);
  const theirs = gflops(r.flops.theirs[best], r.theirs[best].ms);
  // 2× their throughput: our own (padded) arithmetic in half their time
  const needed = gflops(r.flops.ours, r.theirs[best].ms / 2);
  return {
    'reference: ONNX Runtime on a lone (m × 768)·(768 × 3072) MatMul, bert-base feed-forward shape, best of m = 64 to 1024': `${lone.toFixed(0)} GFLOP/s`,
    'encoder arithmetic, ours': `${(r.flops.ours / 1e9).toFixed(0)} GFLOP in our batches → ${ours.toFixed(0)} GFLOP/s`,
    [`encoder arithmetic, transformers.js (${r.theirs[best].perCall} per call)`]: `${(r.flops.theirs[best] / 1e9).toFixed(0)} GFLOP → ${theirs.toFixed(0)} GFLOP/s`,
    'what 2× would need': `${needed.toFixed(0)} GFLOP/s: ${(needed / ours).toFixed(2)}× our rate and ${(needed / lone).toFixed(2)}× the lone MatMul's`,
  };
}

async function transformers(model: BenchModel, report: Report): Promise<BenchResult[]> {
  // (g) runs in the rounds of (b): the int8 copy against the same fp32 runs and transformers.js
  const int8 = quantizedCopy(model.dir);
  if (typeof int8 === 'string') report.skipped.push({ name: `(g) int8 vs fp32, ${model.id}`, reason: int8 });
  let r: TransformersComparison;
  try {
    r = await compareWithTransformers(model.dir, { quantizedDir: typeof int8 === 'string' ? undefined : int8.folder.dir });
  } finally {
    if (typeof int8 !== 'string') int8.remove();
  }
  const int8Rows = typeof int8 === 'string' ? [] : [int8SpeedResult(model.id, r, int8.folder)];
  if (r.agreement === undefined || r.ratio === undefined) {
    report.skipped.push({ name: `(b) ModelRunner vs transformers.js token-classification, ${model.id}`, reason: r.withoutTransformers ?? 'transformers.js did not run' });
    return int8Rows;
  }
  const tput = (timeMs: number) => `${perSecond(r.pieces / (timeMs / 1000))} pieces, ${perSecond(r.words / (timeMs / 1000))} words`;
  // the fixture's config.json copies the seed's dimensions, but its ONNX graph is a small term tagger
  const arithmetic = model.id.startsWith('seed-sized') ? await arithmeticFigures(r) : {};
  const b: BenchResult = {
    name: `(b) ModelRunner vs transformers.js token-classification, ${model.id}`,
    figures: {
      input: `${r.sentences} sentences of the project's notes (each within one window), ${r.words} words, ${r.pieces} pieces; ${r.threads} intra-op threads on both sides`,
      [`ours, ModelRunner.annotateSentences (length-sorted batches of up to ${r.batchSize} windows and ${r.batchTokens} positions)`]: `${ms(r.runnerMs)} → ${tput(r.runnerMs)}`,
      'ours, whole NerPipeline in model-only mode': `${ms(r.pipelineMs)} → ${tput(r.pipelineMs)}`,
      ...Object.fromEntries(r.theirs.map((mode) => [`transformers.js, ${mode.perCall === 1 ? 'one call per sentence' : `${mode.perCall} sentences per call`}`, `${ms(mode.ms)} → ${tput(mode.ms)}`])),
      'entity agreement': `${pct(r.agreement.entityAgreement)} (${r.agreement.both} common of ${r.agreement.ours} ours / ${r.agreement.theirs} theirs); identical sentences ${pct(r.agreement.sentenceAgreement)}; ours decodes ${r.decoding} with ${r.aggregation}-piece aggregation, theirs is per-piece argmax read with the first piece of each word`,
      'ratio is': 'ModelRunner throughput / the fastest of the transformers.js modes',
      'ratio of the whole model-only NerPipeline': `${(Math.min(...r.theirs.map((mode) => mode.ms)) / r.pipelineMs).toFixed(2)}`,
      ...arithmetic,
    },
    ratio: r.ratio,
    target: '≥ 2× transformers.js',
    met: r.ratio >= 2,
  };
  return [b, ...int8Rows];
}

async function incremental(model: BenchModel): Promise<BenchResult[]> {
  // a bert-base-sized model needs seconds per full run of a 3,000-word note: 3 rounds
  const r = await incrementalBench(model.dir, model.id.startsWith('seed-sized') ? 3 : 5);
  return [{ ...r, name: `${r.name}, ${model.id}` }];
}

async function lexicon(): Promise<BenchResult[]> {
  const r = runLexiconBench();
  return [{
    name: `(d) lexicon matching, ${r.noteWords.toLocaleString('en-US')}-word note against ${r.entries.toLocaleString('en-US')} entries`,
    figures: {
      'Lexicon.match over the whole note': ms(r.matchMs),
      candidates: String(r.candidates),
      'lexicon build (fromTsv)': ms(r.buildMs),
      'baseline: note.split(/\\s+/) on the same note': ms(r.baselineMs),
    },
    ratio: r.ratio,
    target: 'match ≤ 20 ms (ratio: match / whitespace split)',
    met: r.matchMs <= 20,
  }];
}

async function lexiconLoad(modelDir: string): Promise<BenchResult[]> {
  const r = await runLexiconLoadBench(modelDir);
  if (!r) throw new Error(`${path.join(modelDir, 'lexicon.index')} is missing or was not written from its lexicon.tsv: npx tsx training/buildLexicon.ts ${path.join(modelDir, 'lexicon.tsv')}`);
  return [{
    name: `(d) lexicon load, the default model's ${r.entries.toLocaleString('en-US')} entries`,
    figures: {
      'through lexicon.index (read, checked, table ready-made)': ms(r.indexMs),
      'baseline: from lexicon.tsv (read, parsed, tokenised, stemmed, sorted)': ms(r.textMs),
    },
    ratio: r.ratio,
    target: 'index ≤ 0.25× the text (ratio: index / text)',
    met: r.ratio <= 0.25,
  }];
}

async function defaultModel(model: BenchModel): Promise<BenchResult[] | undefined> {
  const r = await defaultModelBench(model.dir, { threads: 2 });
  if (!r) return undefined;
  return [
    {
      name: `(e) default model throughput through the engine, ${r.threads} threads`,
      figures: {
        input: `${r.words} words (${r.pieces} word pieces) of the project's notes, one annotate() call, cache cleared`,
        'NerPipeline, model layer only': `${ms(r.engineMs)} → ${perSecond(r.piecesPerSecond)} pieces, ${perSecond(r.wordsPerSecond)} words`,
        [`NerPipeline, all layers (${r.allLayers})`]: `${ms(r.allLayersMs)} → ${perSecond(r.pieces / (r.allLayersMs / 1000))} pieces`,
        'baseline: bare session.run on the same batches': `${ms(r.rawRunMs)} → ${perSecond(r.rawPiecesPerSecond)} pieces`,
        'ratio is': 'engine pieces/s / bare session.run pieces/s',
      },
      ratio: r.piecesPerSecond / r.rawPiecesPerSecond,
      target: '≥ 40,000 pieces/s',
      met: r.piecesPerSecond >= 40_000,
    },
    {
      name: '(e) default model load time',
      figures: {
        'ModelRunner.load (config, tokenizer, session, probe run)': ms(r.loadMs),
        'baseline: bare InferenceSession.create': ms(r.rawLoadMs),
        'ratio is': 'ModelRunner.load / bare create',
      },
      ratio: r.loadMs / r.rawLoadMs,
      target: 'load < 300 ms',
      met: r.loadMs < 300,
    },
  ];
}

function looksLikeResult(value: unknown): value is BenchResult {
  const v = value as BenchResult;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.target === 'string' && typeof v.met === 'boolean' && typeof v.figures === 'object';
}

/** (f) bench/batchBench.ts when another engineer has added it: its exported functions that give BenchResults. */
async function batchBench(report: Report): Promise<void> {
  let mod: Record<string, unknown>;
  try {
    // A glob-shaped require: esbuild bundles bench/batchBench.ts when it exists and nothing otherwise.
    const name = 'Bench';
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import() would make esbuild bundle a missing file
    mod = require(`./batch${name}.ts`) as Record<string, unknown>;
  } catch {
    report.skipped.push({ name: '(f) batch benchmark', reason: 'bench/batchBench.ts does not exist (or was not bundled)' });
    return;
  }
  const functions = Object.entries(mod).filter(([, value]) => typeof value === 'function');
  let found = 0;
  for (const [key, fn] of functions) {
    await attempt(report, `(f) batchBench.${key}`, async () => {
      const value = await (fn as () => unknown)();
      const list = Array.isArray(value) ? value : [value];
      const results = list.filter(looksLikeResult);
      found += results.length;
      if (results.length === 0) report.notes.push(`(f) batchBench.${key}() returned no BenchResult: ${JSON.stringify(value).slice(0, 300)}`);
      return results.map((r) => ({ ...r, name: r.name.startsWith('(f)') ? r.name : `(f) ${r.name}` }));
    });
  }
  if (functions.length === 0 || found === 0) report.notes.push('(f) bench/batchBench.ts exists but gave no BenchResult.');
}

async function main(): Promise<void> {
  const root = repoRoot();
  const machine = machineInfo(root);
  prepareSeedSizedModel(root);
  const models = benchModels(root);
  const present = models.filter((m) => m.present);
  const report: Report = { results: [], skipped: [], notes: [] };
  const loadAtStart = os.loadavg()[0];
  report.notes.push(`Models: ${models.map((m) => `${m.id} (${path.relative(root, m.dir)}) ${m.present ? 'has an ONNX model' : 'has no model.onnx: not benchmarked'}`).join('; ')}.`);

  for (const model of models) {
    if (!model.present) {
      const how = model.id.startsWith('seed-sized') ? `: ${howToMake('seed-sized')}` : '';
      for (const name of ['(a) engine overhead', '(b) ModelRunner vs transformers.js', '(c) incremental re-annotation', '(g) int8 vs fp32']) {
        report.skipped.push({ name: `${name}, ${model.id}`, reason: `${path.relative(root, model.dir)} has no model.onnx${how}` });
      }
      if (how) process.stdout.write(`${model.id}: ${path.relative(root, model.dir)} has no model.onnx; ${howToMake('seed-sized')}\n`);
      continue;
    }
    await attempt(report, `(a) engine overhead, ${model.id}`, () => overhead(model));
    await attempt(report, `(b) ModelRunner vs transformers.js and (g) int8, ${model.id}`, () => transformers(model, report));
    await attempt(report, `(c) incremental re-annotation, ${model.id}`, () => incremental(model));
  }
  await attempt(report, '(d) lexicon matching', lexicon);
  const def = models.find((m) => m.id === 'default-it')!;
  await attempt(report, '(d) lexicon load', () => lexiconLoad(def.dir));
  if (def.present) await attempt(report, '(e) default model throughput and load', () => defaultModel(def));
  else report.skipped.push({ name: '(e) default model throughput and load', reason: 'models/default-it has no model.onnx yet' });
  await batchBench(report);
  const smallBert = smallBertModel(root);
  if (smallBert) await attempt(report, '(g) int8 entity agreement, small BERT', () => int8AgreementResult(root, smallBert).then((r) => [r]));
  else report.skipped.push({ name: '(g) int8 entity agreement, small BERT trained from scratch', reason: `bench/.cache/small-bert has no model.onnx: ${howToMake('small-bert')}` });
  if (def.present) await attempt(report, '(h) learning curves', () => learningCurveBench(def.dir, root));
  else report.skipped.push({ name: '(h) learning curves', reason: 'models/default-it has no model.onnx yet' });

  report.notes.push(
    '(b) transformers.js gets each sentence already normalized as the model folder asks (lower case, punctuation to spaces), outside its timing; ours normalizes inside. Sentences longer than one window are left out so that both sides run the very same input rows.',
    `(b) both ONNX sessions get intraOpNumThreads = ${machine.cores} (the cores of this machine); (e) uses 2.`,
    'No test asserts a time: tests check the harness only (test/unit/bench/).',
    `1-minute load average: ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end (other processes share this machine; ratios from separate runs can differ noticeably).`,
  );
  if (present.length === 0) report.notes.push('No ONNX model was found: only (d) ran.');

  console.log('');
  console.log(consoleTable(report.results, report.skipped));
  const file = path.join(root, 'bench', 'RESULTS.md');
  writeFileSync(file, renderResultsMarkdown(machine, report.results, report.skipped, report.notes));
  console.log(`\nwrote ${path.relative(process.cwd(), file) || file}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
