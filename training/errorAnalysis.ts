// Scores a model folder layer by layer on one or more splits of the project's notes and lists the
// errors of one configuration, to choose designs on the dev and out-of-style splits (never on test).
//   npx tsx training/errorAnalysis.ts [--model DIR] [--splits dev,oos,oos:held-out] [--labels PROBLEM]
//        [--show merged|model|lexicon|pattern] [--errors fp,fn] [--limit 40] [--by-style]
import { parseArgs } from 'node:util';
import { isLabel, LABELS, type Entity, type Label, type Span } from '../src/engine/entity';
import { NerPipeline, type LayerSource } from '../src/engine/pipeline/nerPipeline';
import { evaluate, type Evaluation } from '../src/gold/metrics/evaluate';
import { matchSpans } from '../src/gold/metrics/spanMatching';
import type { CompiledNote } from './compileNotes';
import { groupBy } from './groupBy';
import { ABLATION, readNotes } from './modelEvaluation';

const pct = (x: number) => (x * 100).toFixed(1);

interface Options {
  model?: string;
  /** Split names; `oos:fit` and `oos:held-out` are the halves of the out-of-style set. */
  splits: string[];
  labels: Label[];
  show?: string;
  errors: ('fp' | 'fn')[];
  limit: number;
  byStyle: boolean;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      model: { type: 'string' },
      splits: { type: 'string', default: 'dev,oos' },
      labels: { type: 'string', default: LABELS.join(',') },
      show: { type: 'string' },
      errors: { type: 'string', default: 'fp,fn' },
      limit: { type: 'string', default: '40' },
      'by-style': { type: 'boolean', default: false },
    },
  });
  const labels = values.labels.split(',').filter(isLabel);
  return {
    ...(values.model ? { model: values.model } : {}),
    splits: values.splits.split(','),
    labels,
    ...(values.show ? { show: values.show } : {}),
    errors: values.errors.split(',') as ('fp' | 'fn')[],
    limit: Number(values.limit),
    byStyle: values['by-style'],
  };
}

async function annotateAll(model: string | undefined, sources: readonly LayerSource[], notes: readonly CompiledNote[]): Promise<Map<string, Entity[]>> {
  const pipeline = await NerPipeline.load(model, { sources });
  try {
    const result = new Map<string, Entity[]>();
    for (const note of notes) result.set(note.id, (await pipeline.annotate(note.text)).entities);
    return result;
  } finally {
    await pipeline.dispose();
  }
}

function score(notes: readonly CompiledNote[], predictions: Map<string, Entity[]>, labels: Label[]): Evaluation {
  return evaluate(
    notes.map((n) => ({ id: n.id, text: n.text, entities: n.entities })),
    notes.map((n) => ({ id: n.id, entities: predictions.get(n.id) ?? [] })),
    { labels },
  );
}

function row(name: string, e: Evaluation): string {
  const s = e.strict.micro;
  const o = e.overlap.micro;
  return `${name.padEnd(22)} strict P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} | overlap P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)}  (pred ${s.tp + s.fp}, gold ${s.tp + s.fn})`;
}

function context(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 40), span.start).replace(/\s+/g, ' ');
  const after = text.slice(span.end, span.end + 40).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(span.start, span.end)}]${after}…`;
}

function listErrors(notes: readonly CompiledNote[], predictions: Map<string, Entity[]>, options: Options): void {
  const lines: string[] = [];
  for (const note of notes) {
    const gold = note.entities.filter((e) => options.labels.includes(e.label));
    const pred = (predictions.get(note.id) ?? []).filter((e) => options.labels.includes(e.label));
    const pairs = matchSpans(gold, pred, 'overlap');
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPred = new Set(pairs.map(([, p]) => p));
    if (options.errors.includes('fp')) {
      pred.forEach((p, i) => {
        if (!matchedPred.has(i)) lines.push(`FP ${p.label.padEnd(9)} ${p.source.join('+').padEnd(22)} ${note.id}: ${context(note.text, p)}`);
      });
    }
    if (options.errors.includes('fn')) {
      gold.forEach((g, i) => {
        if (!matchedGold.has(i)) lines.push(`FN ${g.label.padEnd(9)} ${''.padEnd(22)} ${note.id}: ${context(note.text, g)}`);
      });
    }
  }
  for (const line of lines.slice(0, options.limit)) console.log(line);
  if (lines.length > options.limit) console.log(`… ${lines.length - options.limit} more`);
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  for (const split of options.splits) {
    const selected = readNotes(split);
    const groups = options.byStyle ? groupBy(selected, (n) => n.id.split('-')[0]) : new Map([[split, selected]]);
    for (const [group, groupNotes] of groups) {
      console.log(`\n== ${group}: ${groupNotes.length} notes, labels ${options.labels.join(',')}`);
      for (const { name, sources } of ABLATION) {
        const predictions = await annotateAll(options.model, sources, groupNotes);
        console.log(row(name, score(groupNotes, predictions, options.labels)));
        if (options.show && (name.startsWith(options.show) || (options.show === 'merged' && name.startsWith('merged')))) listErrors(groupNotes, predictions, options);
      }
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
