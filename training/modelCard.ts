// Writes MODEL_CARD.md for a model folder from its evaluation (training/evaluateModel.ts).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { ASSERTIONS, LABELS } from '../src/engine/entity';
import type { Evaluation } from '../src/gold/metrics/evaluate';
import { renderEvaluation } from '../src/gold/metrics/evaluationReport';
import { compileNotes, type CompiledNote } from './compileNotes';
import { groupBy } from './groupBy';

export interface SplitResults {
  split: string;
  notes: CompiledNote[];
  /** One evaluation per ablation row, merged last. */
  results: { name: string; evaluation: Evaluation }[];
}

export interface CardInputs {
  splits: SplitResults[];
  speed: { loadMs: number; wordsPerSecond: number };
}

const pct = (x: number) => (x * 100).toFixed(1);
const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Who wrote each group of notes (by note-id prefix), and how. */
const WRITERS: Record<string, string> = {
  a: 'writer A: hospital letters, reports and notes across 29 specialties (first batch)',
  b: 'writer B: the same genres, second batch',
  c: 'writer C: the same genres, third batch',
  d: 'writer D: published case reports (cardiology, gastroenterology, oncology, pulmonology and 11 more), typographic punctuation',
  e: 'writer E: emergency, triage, 118 and OBI notes, abbreviations with and without dots, many negations',
  f: 'writer F: discharge letters, outpatient reports, GP letters in several house styles',
  g: 'writer G: congress abstracts, teaching cases and published cases (internal medicine, paediatrics, psychiatry, toxicology, rare diseases)',
  h: 'writer H: radiology, endoscopy, pathology, cardiology, neurophysiology and procedure reports',
  i: 'writer I: hospital-system exports, scanned documents and nursing charts (capitals, hard line breaks, OCR errors)',
  o1: 'writer O1: published case reports (other specialties than D and G), typographic punctuation, past tenses',
  o2: 'writer O2: ward diaries written over several days by several doctors',
  o3: 'writer O3: EHR exports and OCR of scanned documents (hard line breaks, capitals, OCR errors, form layouts)',
  o4: 'writer O4: telegraphic nursing notes, handovers, triage and SBAR records',
};

function prefixOf(note: CompiledNote): string {
  const prefix = note.id.split('-')[0];
  return note.split === 'oos' ? prefix : prefix.slice(0, 1);
}

function ablationTable(results: SplitResults['results']): string {
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

function dataTable(all: readonly CompiledNote[]): string {
  const rows = ['| notes by | notes | words | train | dev | test | out-of-style |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const [prefix, notes] of groupBy(all, prefixOf)) {
    const count = (split: string) => notes.filter((n) => n.split === split).length;
    rows.push(`| ${WRITERS[prefix] ?? prefix} | ${notes.length} | ${notes.reduce((s, n) => s + words(n.text), 0).toLocaleString('en')} | ${count('train')} | ${count('dev')} | ${count('test')} | ${count('oos')} |`);
  }
  const splits = ['| split | notes | words | PROBLEM | TEST | TREATMENT |', '|---|---:|---:|---:|---:|---:|'];
  for (const split of ['train', 'dev', 'test', 'oos']) {
    const notes = all.filter((n) => n.split === split);
    const labelled = (label: string) => notes.reduce((s, n) => s + n.entities.filter((e) => e.label === label).length, 0);
    splits.push(`| ${split === 'oos' ? 'out-of-style' : split} | ${notes.length} | ${notes.reduce((s, n) => s + words(n.text), 0).toLocaleString('en')} | ${labelled('PROBLEM')} | ${labelled('TEST')} | ${labelled('TREATMENT')} |`);
  }
  return `${rows.join('\n')}\n\n${splits.join('\n')}`;
}

/** Per status: gold entities matched (overlap), recall and precision of the status. */
function assertionTable(splits: readonly SplitResults[]): string {
  const rows = ['| split | status | matched gold | recall | precision |', '|---|---|---:|---:|---:|'];
  for (const { split, results } of splits) {
    const scores = results[results.length - 1].evaluation.assertion;
    if (!scores) continue;
    for (const status of ASSERTIONS) {
      const s = scores.perStatus[status];
      rows.push(`| ${splitName(split)} | ${status} | ${s.tp + s.fn} | ${pct(s.recall)} | ${pct(s.precision)} |`);
    }
    rows.push(`| ${splitName(split)} | **accuracy** | ${scores.pairs} | **${pct(scores.accuracy)}** | |`);
  }
  return rows.join('\n');
}

function splitName(split: string): string {
  return split === 'oos' ? 'out-of-style' : split === 'oos:held-out' ? 'out-of-style, held-out half' : split;
}

export function writeModelCard(modelDir: string, inputs: CardInputs): string {
  const config = JSON.parse(readFileSync(join(modelDir, 'config.json'), 'utf8'));
  const project = config.clinical_ner;
  const training = project.training ?? {};
  const merge = project.merge;
  const lexiconRows = readFileSync(join(modelDir, 'lexicon.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).length - 1;
  const patternRules = JSON.parse(readFileSync(join(modelDir, 'patterns.json'), 'utf8')).rules?.length ?? '?';
  const mb = (file: string) => (statSync(join(modelDir, file)).size / 1048576).toFixed(1);
  const all = compileNotes().notes;
  const [test, oos, heldOut] = inputs.splits;
  const merged = test.results[test.results.length - 1].evaluation;
  const card = `# clinical-ner default-it — model card

The default model of the clinical-ner extension and command line: Italian clinical named entities
PROBLEM, TEST and TREATMENT, with the seed model's 13 BIOES tags (HUMADEX/italian_medical_ner's
label set), run by the same engine path as any model folder (DESIGN.md).

## What it is
- **Model**: word-piece embeddings (8,000-piece WordPiece vocabulary, lower-cased, accents
  stripped) plus ${project.input_features?.length ?? 0} features per piece that the engine computes
  (\`clinical_ner.input_features\`: what the lexicon and the patterns found there, with label and
  position, whether the match is ambiguous, and the word's shape) → 5 dilated residual
  convolution layers of width ${training.width ?? '?'} (GLU, LayerNorm, receptive field 33 pieces) → emission scores per
  piece; a linear-chain CRF over the first piece of every word, whose transition, start and end
  scores are in \`config.json\` (\`clinical_ner.crf_*\`) and are decoded with Viterbi by the engine.
  ${((training.parameters ?? 0) / 1e6).toFixed(2)}M parameters, trained from scratch (no pretrained encoder exists offline).
  Reading the knowledge layers' candidates lets the model learn when a dictionary match holds in
  context instead of memorising the words of its training notes; during training they were
  left out for 30% of the candidates and 10% of the sentences of the augmented copies, so that it
  also learns from context alone. The ONNX graph computes each convolution as one matrix product
  over three shifted copies of the sequence (channels last). \`model.onnx\` ${mb('model.onnx')} MB, \`tokenizer.json\` ${mb('tokenizer.json')} MB.
- **Lexicon** (\`lexicon.tsv\`): ${lexiconRows.toLocaleString('en')} Italian entries written by the project
  (training/lexicon/, with PROVENANCE files), matched case- and accent-insensitively with Italian
  inflection, abbreviations with or without dots, compounds with or without hyphens; short
  upper-case abbreviations match case-sensitively, ambiguous ones score lower.
- **Patterns** (\`patterns.json\`): ${patternRules} declarative rules (drug + dose, "terapia con X", -grafia/-scopia tests,
  -ite/-osi problems except verb forms, analyte + value + unit, vital signs).
- **Merge** (\`clinical_ner.merge\`): a logistic regression over what every layer says about each
  span (each layer's score on exactly it, overlapping spans of the same or another label,
  agreement, an ambiguous dictionary match, length, capitals) gives the probability that the span
  and label are right; the most probable spans that do not overlap are kept down to ${merge?.threshold ?? '?'}. It was
  fitted by \`training/fitMerge.ts\` on ${merge?.fitted?.notes ?? '?'} notes the model never saw: the dev split and one half of
  the out-of-style set (fixed by a hash of the note id); the other half is held out below.
- **Statuses** (present, negated, uncertain, hypothetical, historical, family): Italian ConText
  rules (src/engine/assertion/).
- Spans never take in quotes, elided articles (\`l’\`, \`dell’\`), a sentence's final period or
  emoji, and never end inside a grapheme cluster.

## Data and provenance
All training and evaluation text was written and annotated for this project (no patient data) by
writers who each had a brief of their own, following training/GUIDELINES.md (i2b2-2010 style
adapted to Italian, with statuses), in inline markup compiled to JSONL with validated UTF-16
offsets; each batch had a second pass by its writer. Train, dev and test are fixed by a hash of
the note id. The out-of-style set (training/data/out-of-style/) is never trained on: other writers,
in styles the training notes lack (ward diaries, EHR/OCR exports, telegraphic nursing notes) and
in the published-case-report style that writers D and G also wrote for training.

${dataTable(all)}

Augmentation, on the training split only: 2 extra copies of each note with entities swapped for
lexicon terms of the same label (40%), typos (7%), dropped punctuation (15% of copies), and the
orthography of real documents drawn per copy (typographic apostrophes and quotes, en dashes,
accents typed as apostrophes, abbreviations with dots, lines in capitals).

## Scores
Strict: same bounds and label. Overlap: same label and at least one character in common, each span
matched at most once. Every table is an ablation: each layer alone (sources, with the source-order
merge), then the default pipeline. "model only" still reads the lexicon's and patterns' candidates
as features; it just shows no other layer's suggestions.

### Held-out test split (${test.notes.length} notes, the training writers)
${ablationTable(test.results)}

### Out-of-style set (${oos.notes.length} notes, other writers, never trained on)
Designs were chosen on the dev split and this set; half of it tuned the merge (see above).

${ablationTable(oos.results)}

### Out-of-style, held-out half (${heldOut.notes.length} notes: nothing was fitted on them)
${ablationTable(heldOut.results)}

## Statuses (merged pipeline; overlap-matched entities whose gold carries a status)
Only notes annotated with statuses count (header field \`assertions\`: every note by writers D–I
and the out-of-style writers).

${assertionTable(inputs.splits.slice(0, 2))}

Best dev-split strict word-level F1 during training: ${training.dev_strict_f1_words ?? '?'}.
\`test/unit/model/defaultModelCard.test.ts\` recomputes every F1 above from the committed model and
fails if one differs from \`evaluation.json\`.

## Confusion matrix (merged, word tokens of the test split)
${renderEvaluation(merged, 'markdown', 5).split('### Word-token confusion matrix')[1]?.split('###')[0]?.replace(/^[^\n]*\n/, '') ?? ''}
## Speed
Measured when the card was written, on ${os.cpus()[0]?.model ?? 'this machine'} (${os.cpus().length} cores), Node ${process.version}, through
the whole engine (lexicon, patterns, features, ONNX Runtime, decoding, merge, statuses) on the dev
notes: **${Math.round(inputs.speed.wordsPerSecond).toLocaleString('en')} words/s**; pipeline load ${inputs.speed.loadMs.toFixed(0)} ms. \`npm run bench\` measures it again.

## Limitations
- Trained on ${Math.round(all.filter((n) => n.split === 'train').reduce((s, n) => s + words(n.text), 0) / 1000)}k words written for the project by nine writers: real notes have
  styles, abbreviations and typos they did not write. Expect lower scores on real text than here;
  adapt the model to your notes with \`clinical-ner learn\` (below).
- No pretrained language model: rare words are understood through their word pieces, the lexicon
  and the patterns.
- Entities and statuses are found sentence by sentence; context beyond a sentence is not used.
- Ambiguous abbreviations (FA, PA, TC, PCR…) depend on a few words of context.
- Statuses come from hand-written cues; long-distance or implicit negation is missed.

## How to adapt it or retrain it, with your own gold data
1. Review notes in the extension; decisions go to the workspace gold file
   (\`.clinical-ner/gold.jsonl\` by default). The extension learns from them as you go.
2. \`clinical-ner learn --gold G --out DIR [--labels ${LABELS.join(',')}]\` fits a layer on this model to
   your gold (kept only for the labels where a cross-validated check beats this model) and writes a
   model folder that loads like this one.
3. \`EXTRA_GOLD=/path/to/gold.jsonl npm run train\` adds every gold document to the data (split by the
   same id hash, so some of your documents become dev/test data) and rebuilds this folder:
   lexicon, data set, training (${training.minutes ? `${training.minutes} minutes` : 'about an hour'} on 2 cores), ONNX export, merge, this card.
   The vocabulary stays the committed \`training/vocab.txt\` (\`REBUILD_VOCAB=1\` learns a new one).
`;
  const file = join(modelDir, 'MODEL_CARD.md');
  writeFileSync(file, card);
  return file;
}
