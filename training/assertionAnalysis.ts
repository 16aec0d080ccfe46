// Scores the assertion layer per split on the notes whose statuses are annotated (header field
// `assertions`) and lists the entities whose status it got wrong, to choose cues on the dev and
// out-of-style splits (never on test: report test once, at the end).
//   npx tsx training/assertionAnalysis.ts [--splits dev,oos] [--spans gold|pipeline] [--model DIR]
//        [--by-genre] [--errors] [--limit 60]
// --spans gold (default): the layer alone, on the gold entities (every entity is scored);
// --spans pipeline: the merged pipeline's entities, scored on the pairs `eval` matches (overlap).
import { parseArgs } from 'node:util';
import { ASSERTIONS, type Assertion, type Entity } from '../src/engine/entity';
import { assignAssertions } from '../src/engine/assertion/assertionDetector';
import { NerPipeline } from '../src/engine/pipeline/nerPipeline';
import { splitSentences } from '../src/engine/text/sentenceSplitter';
import type { AssertionScores } from '../src/gold/metrics/assertionScores';
import { evaluate } from '../src/gold/metrics/evaluate';
import { matchSpans } from '../src/gold/metrics/spanMatching';
import { compileNotes, type CompiledNote, type Split } from './compileNotes';
import { groupBy } from './groupBy';

const pct = (x: number) => (x * 100).toFixed(1);

interface Options {
  splits: Split[];
  spans: 'gold' | 'pipeline';
  model?: string;
  byGenre: boolean;
  errors: boolean;
  limit: number;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      splits: { type: 'string', default: 'dev,oos' },
      spans: { type: 'string', default: 'gold' },
      model: { type: 'string' },
      'by-genre': { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      limit: { type: 'string', default: '60' },
    },
  });
  if (values.spans !== 'gold' && values.spans !== 'pipeline') throw new Error('--spans must be gold or pipeline');
  return {
    splits: values.splits.split(',') as Split[],
    spans: values.spans,
    ...(values.model ? { model: values.model } : {}),
    byGenre: values['by-genre'],
    errors: values.errors,
    limit: Number(values.limit),
  };
}

/** The gold entities with the statuses the assertion layer gives them, sentence by sentence as the pipeline does. */
function assertGoldSpans(note: CompiledNote): Entity[] {
  const entities: Entity[] = [];
  for (const sentence of splitSentences(note.text)) {
    const inside = note.entities
      .filter((e) => e.start >= sentence.start && e.start < sentence.end)
      .map((e) => ({ start: e.start - sentence.start, end: e.end - sentence.start, label: e.label, text: e.text, score: 1, source: ['manual' as const] }));
    for (const e of assignAssertions(note.text.slice(sentence.start, sentence.end), inside)) entities.push({ ...e, start: e.start + sentence.start, end: e.end + sentence.start });
  }
  return entities;
}

async function predict(notes: readonly CompiledNote[], options: Options): Promise<Map<string, Entity[]>> {
  const predictions = new Map<string, Entity[]>();
  if (options.spans === 'gold') {
    for (const note of notes) predictions.set(note.id, assertGoldSpans(note));
    return predictions;
  }
  const pipeline = await NerPipeline.load(options.model);
  try {
    for (const note of notes) predictions.set(note.id, (await pipeline.annotate(note.text)).entities);
  } finally {
    await pipeline.dispose();
  }
  return predictions;
}

function report(title: string, notes: readonly CompiledNote[], predictions: Map<string, Entity[]>, options: Options): void {
  const evaluation = evaluate(
    notes.map((n) => ({ id: n.id, text: n.text, entities: n.entities })),
    notes.map((n) => ({ id: n.id, entities: predictions.get(n.id) ?? [] })),
  );
  const scores = evaluation.assertion;
  const goldEntities = notes.reduce((sum, n) => sum + n.entities.length, 0);
  console.log(`\n== ${title}: ${notes.length} notes, ${goldEntities} gold entities, ${options.spans} spans`);
  if (!scores) return;
  console.log(`pairs ${scores.pairs}, accuracy ${pct(scores.accuracy)}; uncertain+hypothetical recall ${pct(jointRecall(scores, ['uncertain', 'hypothetical']))}`);
  console.log(`${'status'.padEnd(13)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'gold'.padStart(5)} ${'pred'.padStart(5)}   gold → predicted`);
  for (const status of ASSERTIONS) {
    const s = scores.perStatus[status];
    const misses = ASSERTIONS.filter((p) => p !== status && scores.confusion[status][p] > 0).map((p) => `${p} ${scores.confusion[status][p]}`);
    const cell = (n: number, d: number) => (d === 0 ? '—' : pct(n / d)).padStart(6);
    console.log(`${status.padEnd(13)} ${cell(s.tp, s.tp + s.fp)} ${cell(s.tp, s.tp + s.fn)} ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(5)}   ${misses.join(', ')}`);
  }
  if (options.errors) listMisassigned(notes, predictions, options.limit);
}

/** Hits of either status over the gold entities of either (exact status: uncertain for hypothetical is a miss). */
function jointRecall(scores: AssertionScores, statuses: Assertion[]): number {
  const hits = statuses.reduce((sum, s) => sum + scores.perStatus[s].tp, 0);
  const gold = statuses.reduce((sum, s) => sum + scores.perStatus[s].tp + scores.perStatus[s].fn, 0);
  return gold === 0 ? 0 : hits / gold;
}

function listMisassigned(notes: readonly CompiledNote[], predictions: Map<string, Entity[]>, limit: number): void {
  const lines: string[] = [];
  for (const note of notes) {
    const pred = predictions.get(note.id) ?? [];
    for (const [g, p] of matchSpans(note.entities, pred, 'overlap')) {
      const expected = note.entities[g]!.assertion ?? 'present';
      const got = pred[p]!.assertion ?? 'present';
      if (expected !== got) lines.push(`${expected.padEnd(12)} → ${got.padEnd(12)} ${note.id}: ${context(note.text, note.entities[g]!)}`);
    }
  }
  for (const line of lines.slice(0, limit)) console.log(line);
  if (lines.length > limit) console.log(`… ${lines.length - limit} more`);
}

function context(text: string, span: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, span.start - 60), span.start).replace(/\s+/g, ' ');
  const after = text.slice(span.end, span.end + 40).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(span.start, span.end)}]${after}…`;
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const { notes, errors } = compileNotes();
  if (errors.length > 0) throw new Error(errors.join('\n'));
  for (const split of options.splits) {
    const selected = notes.filter((n) => n.split === split && n.assertions);
    const predictions = await predict(selected, options);
    const groups = options.byGenre ? groupBy(selected, (n) => n.genre) : new Map([[split, selected]]);
    for (const [group, groupNotes] of groups) report(options.byGenre ? `${split} · ${group}` : group, groupNotes, predictions, options);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
