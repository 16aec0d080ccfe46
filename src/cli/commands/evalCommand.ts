import { parseArgs } from 'node:util';
import type { Label } from '../../engine/entity';
import { FormatError } from '../../gold/formats/annotatedDocument';
import { evaluate } from '../../gold/metrics/evaluate';
import { renderEvaluation, type ReportFormat } from '../../gold/metrics/evaluationReport';
import { parseScoredDocuments, type ReadScoredDocuments } from '../../gold/metrics/scoredDocumentsFile';
import { EXIT_OK, InputError, UsageError } from '../cliIo';
import { reportingErrors } from '../commandErrors';
import { parseLabelsOption } from '../labelsOption';
import { readTextInput } from '../textInput';

export const EVAL_USAGE = `usage: clinical-ner eval --gold G --pred P [--labels PROBLEM,TEST,TREATMENT] [--format table|json|markdown] [--worst N]
    [--count-undecided] [--done-only] [--annotator NAME]
  --gold             a gold file, or JSON lines {"id","text","entities"}
  --pred             JSON lines {"id","entities"} (the annotate output)
  --count-undecided  in partly reviewed notes, count the predictions where no decision was taken
                     as false positives (by default they are left out, and the report says how many)
  --done-only        only the notes marked done (by default every note with decisions)
  --annotator        whose gold to use, where several annotators share the gold file`;

const FORMATS: readonly ReportFormat[] = ['table', 'json', 'markdown'];

/**
 * `clinical-ner eval`: G is a gold file or JSONL `{id, text, entities}`, P is JSONL `{id, entities}`
 * (the `annotate` output). Exit 0, 2 for usage errors, 1 for unreadable or malformed input.
 */
export async function runEval(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return reportingErrors('eval', EVAL_USAGE, io, async () => {
    const options = parseEvalArgs(argv);
    const gold = await readScored(options.gold, options.annotator);
    const pred = await readScored(options.pred);
    if (gold.staleSpans > 0) io.stderr.write(`clinical-ner eval: ${options.gold}: ${gold.staleSpans} stale gold span(s) left out (their text was edited)\n`);
    const goldDocuments = options.doneOnly ? gold.documents.filter((d) => d.done) : gold.documents;
    if (options.doneOnly) io.stderr.write(`clinical-ner eval: ${options.gold}: ${goldDocuments.length} of ${gold.documents.length} note(s) marked done, only those scored\n`);
    const evaluation = evaluate(goldDocuments, pred.documents, { labels: options.labels, countUndecided: options.countUndecided });
    io.stdout.write(renderEvaluation(evaluation, options.format, options.worst));
    return EXIT_OK;
  });
}

interface EvalOptions {
  gold: string;
  pred: string;
  labels: Label[];
  format: ReportFormat;
  worst: number;
  countUndecided: boolean;
  doneOnly: boolean;
  annotator?: string;
}

function parseEvalArgs(argv: string[]): EvalOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      pred: { type: 'string' },
      labels: { type: 'string' },
      format: { type: 'string', default: 'table' },
      worst: { type: 'string', default: '10' },
      'count-undecided': { type: 'boolean', default: false },
      'done-only': { type: 'boolean', default: false },
      annotator: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.gold) throw new UsageError('--gold is required');
  if (!values.pred) throw new UsageError('--pred is required');
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const labels = parseLabelsOption(values.labels);
  const worst = Number(values.worst);
  if (!Number.isSafeInteger(worst) || worst < 0) throw new UsageError('--worst must be a whole number');
  return {
    gold: values.gold,
    pred: values.pred,
    labels,
    format,
    worst,
    countUndecided: values['count-undecided'],
    doneOnly: values['done-only'],
    annotator: values.annotator,
  };
}

async function readScored(file: string, annotator?: string): Promise<ReadScoredDocuments> {
  const content = await readTextInput(file);
  try {
    return parseScoredDocuments(content, annotator);
  } catch (e) {
    if (e instanceof FormatError) {
      throw new InputError(e.line === undefined ? `${file}: ${e.message}` : `${file}:${e.line}: ${e.message.replace(/^line \d+: /, '')}`);
    }
    throw e;
  }
}
