import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isDone } from '../../gold/annotators';
import { writeFileAtomic } from '../../gold/atomicWrite';
import type { ExportReport } from '../../gold/formats/annotatedDocument';
import type { GoldDocument } from '../../gold/goldDocument';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, exportGold, type ExportFormat } from '../../gold/review/goldExport';
import { EXIT_OK, UsageError } from '../cliIo';
import { reportingErrors } from '../commandErrors';
import { oneAnnotatorsGold, readGoldDocuments } from '../goldInput';

export const EXPORT_USAGE = `usage: clinical-ner export --gold G --format ${EXPORT_FORMAT_NAMES.join('|')} --out PATH
    [--annotator NAME] [--done-only] [--report REPORT.json]
  --out        a file (- for stdout), or a folder for brat and webanno-tsv; seed writes TSV when PATH ends in .tsv
  --annotator  whose decisions to export, where several annotators share the gold file
  --done-only  only the notes marked done (by default every note with decisions)`;

/**
 * `clinical-ner export`: writes the gold file G in format F to PATH. Spans the format cannot hold
 * are listed on stderr (and in --report as JSON), never dropped silently; so is how many notes are
 * marked done. Exit 0, 2 for usage errors, 1 for unreadable or malformed input.
 */
export async function runExport(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return reportingErrors('export', EXPORT_USAGE, io, async () => {
    const options = parseExportArgs(argv);
    const all = await readGoldDocuments(options.gold, 'export');
    // native is lossless: without --annotator it keeps every annotator's decisions
    const chosen = options.format === 'native' && options.annotator === undefined ? all : oneAnnotatorsGold(all, options.gold, options.annotator);
    const docs = options.doneOnly ? chosen.filter(isDone) : chosen;
    const report = await writeExport(docs, options, io.stdout);
    if (options.report) await writeFileAtomic(options.report, JSON.stringify(report, null, 2) + '\n');
    io.stderr.write(summarize(report, options, docs, chosen.filter(isDone).length, chosen.length));
    return EXIT_OK;
  });
}

interface ExportOptions {
  gold: string;
  format: ExportFormat;
  out: string;
  annotator?: string;
  doneOnly: boolean;
  report?: string;
}

function parseExportArgs(argv: string[]): ExportOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      annotator: { type: 'string' },
      'done-only': { type: 'boolean', default: false },
      report: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.gold) throw new UsageError('--gold is required');
  if (!values.format) throw new UsageError('--format is required');
  if (!values.out) throw new UsageError('--out is required');
  const format = values.format as ExportFormat;
  const info = EXPORT_FORMATS.find((f) => f.format === format);
  if (!info) throw new UsageError(`--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  if (info.folder && values.out === '-') throw new UsageError(`${format} writes a folder: --out must be a folder path`);
  return { gold: values.gold, format, out: values.out, annotator: values.annotator, doneOnly: values['done-only'], report: values.report };
}

async function writeExport(docs: readonly GoldDocument[], options: ExportOptions, stdout: NodeJS.WritableStream): Promise<ExportReport> {
  const { files, report } = exportGold(docs, options.format, options.out.toLowerCase().endsWith('.tsv') ? '\t' : ',');
  const folder = EXPORT_FORMATS.find((f) => f.format === options.format)!.folder;
  if (!folder && options.out === '-') {
    stdout.write(files[0]!.content);
    return report;
  }
  for (const file of files) {
    const target = folder ? path.join(options.out, ...file.path.split('/')) : options.out;
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await writeFileAtomic(target, file.content);
  }
  return report;
}

function summarize(report: ExportReport, options: ExportOptions, docs: readonly GoldDocument[], done: number, notes: number): string {
  const textOf = (docId: string, s: { start: number; end: number }) => docs.find((d) => d.id === docId)?.text.slice(s.start, s.end) ?? '';
  const which = options.doneOnly ? `the ${done} note(s) marked done of ${notes}` : `${report.documents} document(s) (${done} of ${notes} marked done)`;
  let out = `exported ${report.exported} span(s) from ${which} as ${options.format} to ${options.out}\n`;
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
