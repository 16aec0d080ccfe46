import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isLabel, LABELS, type Label } from '../../engine/entity';
import type { LabelCheck } from '../../engine/learned/fittedLayer';
import type { LearnedKnowledge } from '../../engine/learned/learnedKnowledge';
import { defaultModelDir } from '../../engine/pipeline/defaultModel';
import { NerPipeline } from '../../engine/pipeline/nerPipeline';
import { FormatError } from '../../gold/formats/annotatedDocument';
import { writeLearnedFolder } from '../../learning/learnedFolder';
import { learnFromReview, NothingToLearnError } from '../../learning/learnFromReview';
import { AnnotatorNeededError, readReviewedDocuments } from '../../learning/reviewedDocument';
import { EXIT_OK, InputError, UsageError } from '../cliIo';
import { reportingErrors } from '../commandErrors';

export const LEARN_USAGE =
  'usage: clinical-ner learn --gold G --out DIR [--model DIR] [--labels PROBLEM,TEST,TREATMENT] [--annotator NAME] [--folds N]';

const pct = (x: number) => (x * 100).toFixed(1);

/**
 * `clinical-ner learn`: fits what a reviewer's gold teaches (term memory, a layer over the model)
 * and writes a model folder that `annotate --model` and clinicalNer.modelPath load. G is a gold
 * file or JSONL `{id, text, entities}`; `--labels` says which labels it is complete for.
 */
export async function runLearn(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return reportingErrors('learn', LEARN_USAGE, io, async () => {
    const options = parseLearnArgs(argv);
    const documents = await readGold(options.gold, options.labels, options.annotator);
    const pipeline = await NerPipeline.load(options.model);
    let knowledge: LearnedKnowledge;
    try {
      let lastMessage = '';
      knowledge = await learnFromReview(documents, pipeline, {
        labels: options.labels,
        ...(options.folds !== undefined ? { folds: options.folds } : {}),
        onProgress: (message) => {
          if (message !== lastMessage) io.stderr.write(`clinical-ner learn: ${message}\n`);
          lastMessage = message;
        },
      });
    } catch (error) {
      if (error instanceof NothingToLearnError) throw new InputError(`${options.gold}: ${error.message}`);
      throw error;
    } finally {
      await pipeline.dispose();
    }
    const checks = knowledge.layer?.json.checks ?? {};
    try {
      writeLearnedFolder(options.model, options.out, knowledge, {
        by: 'clinical-ner learn',
        gold: options.gold,
        notes: documents.length,
        labels: options.labels,
        checks,
        time: new Date().toISOString(),
      });
    } catch (error) {
      throw new InputError(`${options.out}: ${(error as Error).message}`);
    }
    io.stdout.write(report(documents.length, knowledge, checks, options.out));
    return EXIT_OK;
  });
}

function report(notes: number, knowledge: LearnedKnowledge, checks: Partial<Record<Label, LabelCheck>>, out: string): string {
  const lines = [`learned from ${notes} reviewed note(s): ${knowledge.memory.size} term(s) in the term memory`];
  for (const [label, check] of Object.entries(checks)) {
    if (!check) continue;
    const base = `base strict ${pct(check.base.strict)} / overlap ${pct(check.base.overlap)}`;
    const adapted = check.adapted ? `, adapted ${pct(check.adapted.strict)} / ${pct(check.adapted.overlap)}` : '';
    lines.push(`  ${label}: ${check.folds}-fold check on ${check.notes} notes, ${base}${adapted} → ${check.used ? 'adapted' : `base kept (${check.reason})`}`);
  }
  lines.push(`wrote ${out} (load it with annotate --model or clinicalNer.modelPath)`);
  return lines.join('\n') + '\n';
}

interface LearnOptions {
  gold: string;
  out: string;
  model: string;
  labels: Label[];
  annotator?: string;
  folds?: number;
}

function parseLearnArgs(argv: string[]): LearnOptions {
  const { values } = parseArgs({
    args: argv,
    options: { gold: { type: 'string' }, out: { type: 'string' }, model: { type: 'string' }, labels: { type: 'string' }, annotator: { type: 'string' }, folds: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.gold) throw new UsageError('--gold is required');
  if (!values.out) throw new UsageError('--out is required');
  const labels = values.labels === undefined ? [...LABELS] : values.labels.split(',').map((l) => l.trim());
  const unknown = labels.filter((l) => !isLabel(l));
  if (unknown.length > 0 || labels.length === 0) throw new UsageError(`--labels: unknown label(s) ${unknown.join(', ')}; use ${LABELS.join(', ')}`);
  const folds = values.folds === undefined ? undefined : Number(values.folds);
  if (folds !== undefined && !(Number.isInteger(folds) && folds >= 2)) throw new UsageError('--folds must be a whole number of at least 2');
  return {
    gold: values.gold,
    out: values.out,
    model: values.model ?? defaultModelDir(),
    labels: labels as Label[],
    ...(values.annotator !== undefined ? { annotator: values.annotator } : {}),
    ...(folds !== undefined ? { folds } : {}),
  };
}

async function readGold(file: string, labels: readonly Label[], annotator: string | undefined) {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`${file}: cannot read: ${(e as Error).message}`);
  }
  try {
    const { documents } = readReviewedDocuments(content, labels, annotator);
    if (documents.length === 0) throw new InputError(`${file}: no reviewed notes with text to learn from`);
    return documents;
  } catch (e) {
    if (e instanceof AnnotatorNeededError) throw new InputError(`${file}: ${e.message}`);
    if (e instanceof FormatError) throw new InputError(e.line === undefined ? `${file}: ${e.message}` : `${file}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
    throw e;
  }
}
