// Evaluates a model folder on the held-out test split of the project's notes, layer by layer,
// measures its speed, and writes evaluation.json and MODEL_CARD.md into the folder.
//   npx tsx training/evaluateModel.ts MODEL_DIR [--write-card]
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { ModelRunner } from '../src/engine/model/modelRunner';
import type { Evaluation } from '../src/gold/metrics/evaluate';
import { renderEvaluation } from '../src/gold/metrics/evaluationReport';
import { compileNotes, type CompiledNote } from './compileNotes';
import { ABLATION, cardScoresOf, evaluateLayers, readNotes, type CardScores } from './modelEvaluation';

const pct = (x: number) => (x * 100).toFixed(1);

function ablationTable(results: { name: string; evaluation: Evaluation }[]): string {
  const rows = ['| layers | label | strict P | strict R | strict F1 | overlap P | overlap R | overlap F1 |', '|---|---|---:|---:|---:|---:|---:|---:|'];
  for (const { name, evaluation } of results) {
    for (const label of [...evaluation.labels, 'micro' as const]) {
      const s = label === 'micro' ? evaluation.strict.micro : evaluation.strict.perLabel[label];
      const o = label === 'micro' ? evaluation.overlap.micro : evaluation.overlap.perLabel[label];
      const bold = (x: string) => (label === 'micro' ? `**${x}**` : x);
      rows.push(`| ${name} | ${label} | ${pct(s.precision)} | ${pct(s.recall)} | ${bold(pct(s.f1))} | ${pct(o.precision)} | ${pct(o.recall)} | ${bold(pct(o.f1))} |`);
    }
  }
  return rows.join('\n');
}

async function measureSpeed(modelDir: string, notes: readonly CompiledNote[]): Promise<{ loadMs: number; piecesPerSecond: number; wordsPerSecond: number }> {
  const t0 = process.hrtime.bigint();
  const runner = await ModelRunner.load(modelDir);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const sentences = notes.flatMap((n) => n.text.split('\n')).filter((s) => s.trim() !== '');
  await runner.annotateSentences(sentences.slice(0, 50));
  const plan = await runner.planInference(sentences);
  const pieces = plan.encodings.reduce((sum, e) => sum + e.ids.length, 0);
  const words = sentences.reduce((sum, s) => sum + (s.match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);
  const t1 = process.hrtime.bigint();
  await runner.annotateSentences(sentences);
  const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
  await runner.dispose();
  return { loadMs, piecesPerSecond: pieces / seconds, wordsPerSecond: words / seconds };
}

function dataSummary(): string {
  const all = compileNotes().notes;
  const rows = ['| split | notes | words | PROBLEM | TEST | TREATMENT |', '|---|---:|---:|---:|---:|---:|'];
  for (const split of ['train', 'dev', 'test'] as const) {
    const notes = all.filter((n) => n.split === split);
    const count = (label: string) => notes.reduce((s, n) => s + n.entities.filter((e) => e.label === label).length, 0);
    const words = notes.reduce((s, n) => s + (n.text.match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);
    rows.push(`| ${split} | ${notes.length} | ${words} | ${count('PROBLEM')} | ${count('TEST')} | ${count('TREATMENT')} |`);
  }
  const genres = [...new Set(all.map((n) => n.genre))].sort();
  const specialties = [...new Set(all.map((n) => n.specialty))].sort();
  return `${rows.join('\n')}\n\nGenres (${genres.length}): ${genres.join(', ')}.\n\nSpecialties (${specialties.length}): ${specialties.join(', ')}.`;
}

async function main(argv: string[]): Promise<void> {
  const modelDir = argv[0];
  const test = readNotes('test');
  const results: { name: string; evaluation: Evaluation }[] = [];
  const scores: CardScores = {};
  for (const mode of ABLATION) {
    const evaluation = await evaluateLayers(modelDir, mode.sources, test);
    results.push({ name: mode.name, evaluation });
    scores[mode.name] = cardScoresOf(evaluation);
    console.log(`${mode.name}: strict micro F1 ${pct(evaluation.strict.micro.f1)}, overlap micro F1 ${pct(evaluation.overlap.micro.f1)}`);
  }
  const speed = await measureSpeed(modelDir, readNotes('dev'));
  console.log(`speed: ${Math.round(speed.piecesPerSecond)} pieces/s, ${Math.round(speed.wordsPerSecond)} words/s, load ${speed.loadMs.toFixed(0)} ms`);
  writeFileSync(join(modelDir, 'evaluation.json'), JSON.stringify({ split: 'test', notes: test.length, scores }, null, 1) + '\n');
  if (!argv.includes('--write-card')) return;

  const config = JSON.parse(readFileSync(join(modelDir, 'config.json'), 'utf8'));
  const training = config.clinical_ner.training ?? {};
  const lexiconRows = readFileSync(join(modelDir, 'lexicon.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).length - 1;
  const merged = results[results.length - 1].evaluation;
  const mb = (file: string) => (statSync(join(modelDir, file)).size / 1048576).toFixed(1);
  const card = `# clinical-ner default-it — model card

The default model of the clinical-ner extension and command line: Italian clinical named entities
PROBLEM, TEST and TREATMENT, with the seed model's 13 BIOES tags (HUMADEX/italian_medical_ner's
label set), run by the same engine path as any model folder (DESIGN.md).

## What it is
- **Model**: word-piece embeddings (8,000-piece WordPiece vocabulary, lower-cased, accents
  stripped) → 5 dilated residual convolution layers of width ${training.width ?? '?'} (GLU, LayerNorm, receptive field 33 pieces)
  → emission scores per piece; a linear-chain CRF over the first piece of every word, whose
  transition, start and end scores are in \`config.json\` (\`clinical_ner.crf_*\`) and are decoded
  with Viterbi by the engine. ${((training.parameters ?? 0) / 1e6).toFixed(2)}M parameters, trained from scratch (no pretrained
  encoder exists offline). The ONNX graph computes each convolution as one matrix product over
  three shifted copies of the sequence (channels last), which ONNX Runtime runs 1.4× faster than
  Conv on the engine's batches, with the same outputs. \`model.onnx\` ${mb('model.onnx')} MB, \`tokenizer.json\` ${mb('tokenizer.json')} MB.
- **Lexicon** (\`lexicon.tsv\`): ${lexiconRows} Italian entries written by the project
  (training/lexicon/, with PROVENANCE files), matched case- and accent-insensitively with Italian
  inflection; short upper-case abbreviations match case-sensitively, ambiguous ones score lower.
- **Patterns** (\`patterns.json\`): ${JSON.parse(readFileSync(join(modelDir, 'patterns.json'), 'utf8')).rules?.length ?? '?'} declarative rules (drug + dose, "terapia con X", -grafia/-scopia tests,
  -ite/-osi problems, analyte + value + unit, vital signs).
- **Merge** (default): one entity per span; model, then lexicon, then patterns win overlaps; sources
  that agree are kept and their scores combined (noisy-or); entities scored below
  \`clinical_ner.min_score\` (${config.clinical_ner.min_score ?? 0}, chosen on the dev split) are not suggested, in every row
  below. Assertion (negated, uncertain, historical, family) by Italian ConText rules.

## Data and provenance
All training and evaluation text was written and annotated for this project (no patient data),
following training/GUIDELINES.md (i2b2-2010 style adapted to Italian), in inline markup compiled to
JSONL with validated UTF-16 offsets; each batch had a second consistency pass. Splits are fixed by a
hash of the note id. Augmentation only on the training split: 2 extra copies of each note with
entities swapped for lexicon terms of the same label (40%), typos (7%) and dropped punctuation
(15% of copies).

${dataSummary()}

## Scores on the held-out test split (${test.length} notes)
Strict: same bounds and label. Overlap: same label and at least one character in common, each
span matched at most once. The rows are an ablation: each layer alone, then merged.

${ablationTable(results)}

Best dev-split strict word-level F1 during training: ${training.dev_strict_f1_words ?? '?'}.
\`test/unit/model/defaultModelCard.test.ts\` recomputes every F1 above from the committed model and
fails if one differs from \`evaluation.json\`.

## Confusion matrix (merged, word tokens of the test split)
${renderEvaluation(merged, 'markdown', 5).split('### Word-token confusion matrix')[1]?.split('###')[0]?.replace(/^[^\n]*\n/, '') ?? ''}
## Speed
Measured when the card was written, on ${os.cpus()[0]?.model ?? 'this machine'} (${os.cpus().length} cores), Node ${process.version}, through
the engine (tokenization, windows, ONNX Runtime, decoding) on the dev notes: **${Math.round(speed.piecesPerSecond).toLocaleString('en')} word pieces/s**
(${Math.round(speed.wordsPerSecond).toLocaleString('en')} words/s); model load ${speed.loadMs.toFixed(0)} ms. \`npm run bench\` measures it again.

## Limitations
- Trained on ${'~'}100k words written for the project: real notes have styles, abbreviations and
  typos it has not seen. The lexicon and patterns add recall for unseen terms; expect lower scores on
  real text than on this test split, which comes from the same writers as the training data.
- No pretrained language model: rare words are understood only through their word pieces.
- Entities are found sentence by sentence; context beyond a sentence is not used.
- Ambiguous abbreviations (FA, PA, TC, PCR…) depend on a few words of context.
- Assertion rules are hand-written cues; long-distance or implicit negation is missed.

## How to retrain, with your own gold data
1. Review notes in the extension; decisions go to the workspace gold file
   (\`.clinical-ner/gold.jsonl\` by default).
2. \`EXTRA_GOLD=/path/to/gold.jsonl npm run train\` adds every gold document to the data (split by the
   same id hash, so some of your documents become dev/test data) and rebuilds this folder:
   lexicon, data set, training (about 10 minutes on 2 cores), ONNX export, this card. The
   vocabulary stays the committed \`training/vocab.txt\` (\`REBUILD_VOCAB=1\` learns a new one).
3. Or export your gold (\`clinical-ner export --format seed\` or \`conll-bioes\`) to fine-tune another
   model, e.g. the seed model, and run it with \`clinical-ner annotate --model DIR\`.
`;
  writeFileSync(join(modelDir, 'MODEL_CARD.md'), card);
  console.log(`wrote ${join(modelDir, 'MODEL_CARD.md')}`);
}

if (require.main === module) main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
