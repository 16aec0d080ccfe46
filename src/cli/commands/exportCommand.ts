import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../gold/atomicWrite';
import { annotatedFromGold, type ExportReport, type ExportResult } from '../../gold/formats/annotatedDocument';
import { exportBrat } from '../../gold/formats/bratStandoff';
import { exportConll } from '../../gold/formats/conll';
import { exportDoccano } from '../../gold/formats/doccanoJsonl';
import { exportNative } from '../../gold/formats/nativeJsonl';
import { exportSeedLayout } from '../../gold/formats/seedLayout';
import { exportSpacy } from '../../gold/formats/spacyJsonl';
import type { GoldDocument } from '../../gold/goldDocument';
import { documentsOf, parseGoldFile, type GoldFileIssue } from '../../gold/goldFile';
import { EXIT_OK, InputError, UsageError } from '../cliIo';
import { reportingErrors } from '../commandErrors';
import { readTextInput } from '../textInput';

export const EXPORT_USAGE =
  'usage: clinical-ner export --gold G --format native|spacy|doccano|brat|conll-bio|conll-bioes|seed --out PATH [--report REPORT.json]';

export const EXPORT_FORMATS = ['native', 'spacy', 'doccano', 'brat', 'conll-bio', 'conll-bioes', 'seed'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * `clinical-ner export`: writes the gold file G in format F to PATH (a folder for brat; `-` is
 * stdout for the single-file formats; seed writes TSV when PATH ends in .tsv, CSV otherwise).
 * Spans the format cannot hold are listed on stderr (and in --report as JSON), never dropped
 * silently. Exit 0, 2 for usage errors, 1 for unreadable or malformed input.
 */
export async function runExport(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return reportingErrors('export', EXPORT_USAGE, io, async () => {
    const options = parseExportArgs(argv);
    const docs = await readGold(options.gold);
    const report = await writeExport(docs, options, io.stdout);
    if (options.report) await writeFileAtomic(options.report, JSON.stringify(report, null, 2) + '\n');
    io.stderr.write(summarize(report, options, docs));
    return EXIT_OK;
  });
}

interface ExportOptions {
  gold: string;
  format: ExportFormat;
  out: string;
  report?: string;
}

function parseExportArgs(argv: string[]): ExportOptions {
  const { values } = parseArgs({
    args: argv,
    options: { gold: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, report: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.gold) throw new UsageError('--gold is required');
  if (!values.format) throw new UsageError('--format is required');
  if (!values.out) throw new UsageError('--out is required');
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (format === 'brat' && values.out === '-') throw new UsageError('brat writes a folder: --out must be a folder path');
  return { gold: values.gold, format, out: values.out, report: values.report };
}

async function readGold(file: string): Promise<GoldDocument[]> {
  const parsed = parseGoldFile(await readTextInput(file));
  const malformed = parsed.issues.filter((i) => i.severity === 'malformed');
  if (malformed.length > 0) throw new InputError(malformedSummary(file, malformed, parsed.entries.length));
  return documentsOf(parsed.entries);
}

/** One sentence however many lines are bad: the first one and its reason, and where the others are. */
function malformedSummary(file: string, malformed: readonly GoldFileIssue[], lines: number): string {
  const [first, ...others] = malformed;
  if (malformed.length === lines && lines > 1) {
    return `${file}: not a gold file (none of its ${lines} lines is a gold document; line ${first!.line}: ${first!.reason})`;
  }
  const shown = others.slice(0, 5).map((i) => i.line).join(', ') + (others.length > 5 ? '…' : '');
  const more = others.length === 0 ? '' : ` (and ${others.length} more malformed line${others.length === 1 ? '' : 's'}: ${shown})`;
  return `${file}:${first!.line}: ${first!.reason}${more}; fix or remove ${malformed.length === 1 ? 'this line' : 'these lines'} and export again`;
}

async function writeExport(docs: GoldDocument[], options: ExportOptions, stdout: NodeJS.WritableStream): Promise<ExportReport> {
  if (options.format === 'native') return writeSingle(exportNative(docs), options.out, stdout);
  const { documents, skipped } = annotatedFromGold(docs);
  const withStale = <T>(result: ExportResult<T>): ExportResult<T> => ({ ...result, report: { ...result.report, skipped: [...skipped, ...result.report.skipped] } });
  switch (options.format) {
    case 'spacy':
      return writeSingle(withStale(exportSpacy(documents)), options.out, stdout);
    case 'doccano':
      return writeSingle(withStale(exportDoccano(documents)), options.out, stdout);
    case 'conll-bio':
      return writeSingle(withStale(exportConll(documents, 'BIO')), options.out, stdout);
    case 'conll-bioes':
      return writeSingle(withStale(exportConll(documents, 'BIOES')), options.out, stdout);
    case 'seed':
      return writeSingle(withStale(exportSeedLayout(documents, options.out.toLowerCase().endsWith('.tsv') ? '\t' : ',')), options.out, stdout);
    case 'brat': {
      const { output, report } = withStale(exportBrat(documents));
      for (const file of output) {
        const target = path.join(options.out, ...file.path.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, file.content);
      }
      return report;
    }
  }
}

async function writeSingle({ output, report }: ExportResult<string>, out: string, stdout: NodeJS.WritableStream): Promise<ExportReport> {
  if (out === '-') stdout.write(output);
  else {
    await mkdir(path.dirname(path.resolve(out)), { recursive: true });
    await writeFileAtomic(out, output);
  }
  return report;
}

function summarize(report: ExportReport, options: ExportOptions, docs: GoldDocument[]): string {
  const textOf = (docId: string, s: { start: number; end: number }) => docs.find((d) => d.id === docId)?.text.slice(s.start, s.end) ?? '';
  let out = `exported ${report.exported} span(s) from ${report.documents} document(s) as ${options.format} to ${options.out}\n`;
  if (report.renamed?.length) {
    out += `wrote ${report.renamed.length} document(s) under another name, their ids giving a file name already taken:\n`;
    for (const r of report.renamed) out += `  ${r.docId} → ${r.path}\n`;
  }
  if (report.skipped.length > 0) {
    out += `skipped ${report.skipped.length} span(s) the format cannot hold:\n`;
    for (const s of report.skipped) out += `  ${s.docId} [${s.span.start}, ${s.span.end}) ${s.span.label} ${JSON.stringify(textOf(s.docId, s.span))}: ${s.reason}\n`;
  }
  return out;
}
