import { parseArgs } from 'node:util';
import type { Label } from '../../engine/entity';
import { agreementReport, renderAgreement } from '../../gold/agreement/agreementReport';
import { ratersOf } from '../../gold/agreement/rater';
import type { ReportFormat } from '../../gold/metrics/evaluationReport';
import { EXIT_OK, InputError, UsageError } from '../cliIo';
import { reportingErrors } from '../commandErrors';
import { parseLabelsOption } from '../labelsOption';
import { readGoldDocuments } from '../goldInput';

export const AGREE_USAGE = `usage: clinical-ner agree G1 [G2 …] [--annotators A,B,…] [--labels PROBLEM,TEST,TREATMENT]
    [--format table|json|markdown] [--done-only]
  G1 G2 …       gold files: one per annotator, or one that several annotators share (each is a rater)
  --annotators  only these annotators
  --done-only   only the notes every rater marked done (by default every note they all decided on)
JSON keys: raters[], pairs[].strict.micro.f1, pairs[].overlap.micro.f1, pairs[].kappa, pairs[].assertion,
pairs[].leftOut, fleiss.kappa (three raters or more); see docs/formats.md`;

const FORMATS: readonly ReportFormat[] = ['table', 'json', 'markdown'];

/**
 * `clinical-ner agree`: inter-annotator agreement of every annotator in the gold files, on the
 * notes they all reviewed: span F1 (strict and overlap, per label and micro) and Cohen's kappa on
 * word tokens for each pair, Fleiss' kappa for three or more, statuses on the spans both share.
 * Exit 0, 2 for usage errors, 1 for unreadable input or fewer than two annotators.
 */
export async function runAgree(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return reportingErrors('agree', AGREE_USAGE, io, async () => {
    const options = parseAgreeArgs(argv);
    const files = await Promise.all(options.files.map(async (file) => ({ file, documents: await readGoldDocuments(file, 'compute agreement') })));
    const raters = ratersOf(files, options.labels, options.annotators);
    if (raters.length < 2) {
      const found = raters.map((r) => r.name).join(', ') || 'none';
      throw new InputError(`agreement needs two annotators or more; ${options.files.join(', ')} ${raters.length === 1 ? 'has' : 'have'} ${found}${options.annotators ? ' among --annotators' : ''}`);
    }
    io.stdout.write(renderAgreement(agreementReport(raters, { labels: options.labels, doneOnly: options.doneOnly }), options.format));
    return EXIT_OK;
  });
}

interface AgreeOptions {
  files: string[];
  annotators?: string[];
  labels: Label[];
  format: ReportFormat;
  doneOnly: boolean;
}

function parseAgreeArgs(argv: string[]): AgreeOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      annotators: { type: 'string' },
      labels: { type: 'string' },
      format: { type: 'string', default: 'table' },
      'done-only': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('name the gold file(s) to compare');
  const format = values.format as ReportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const labels = parseLabelsOption(values.labels);
  const annotators = values.annotators?.split(',').map((a) => a.trim()).filter((a) => a !== '');
  return { files: positionals, ...(annotators ? { annotators } : {}), labels, format, doneOnly: values['done-only'] };
}
