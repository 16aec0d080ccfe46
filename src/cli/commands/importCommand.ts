import { writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import { parseArgs } from 'node:util';
import type { Label } from '../../engine/entity';
import { FormatError } from '../../gold/formats/annotatedDocument';
import { GoldStore } from '../../gold/goldStore';
import { readImportFiles } from '../../gold/importing/importFiles';
import { IMPORT_FORMATS, readImport, type ImportFormat } from '../../gold/importing/importFormats';
import { importIntoGold } from '../../gold/importing/importIntoGold';
import { renderImportReport } from '../../gold/importing/importReport';
import { parseLabelMapping } from '../../gold/importing/labelMapping';
import { EXIT_INPUT_ERROR, EXIT_OK, InputError, UsageError } from '../cliIo';
import { reportingErrors } from '../commandErrors';

export const IMPORT_USAGE = `usage: clinical-ner import --from ${IMPORT_FORMATS.join('|')} IN --out G
    [--map SRC=LABEL,…] [--annotator NAME] [--report REPORT.json]
  IN           a file; for brat and webanno-tsv a folder (its .txt/.ann or .tsv files, at any depth)
  --out        the gold file to add to (created if missing; what it holds is kept)
  --map        the file's labels as project labels: DISEASE=PROBLEM,DRUG=TREATMENT; SRC= leaves SRC out
  --annotator  who the decisions are recorded for where the file does not say (default: your user name)
exit 1 when spans or notes were left out (the rest is imported; the report on stderr says what and why)`;

/**
 * `clinical-ner import`: turns existing annotations into gold decisions in G, through the same
 * gold store as the extension (locked, merged, written atomically). Exit 0 when everything read
 * is in G, 1 when something was left out or the input is unreadable, 2 for usage errors.
 */
export async function runImport(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return reportingErrors('import', IMPORT_USAGE, io, async () => {
    const options = parseImportArgs(argv);
    let files;
    try {
      files = await readImportFiles(options.from, options.input);
    } catch (e) {
      throw new InputError(`${options.input}: cannot read: ${(e as Error).message}`);
    }
    let input;
    try {
      input = readImport(options.from, files);
    } catch (e) {
      if (e instanceof FormatError) throw new InputError(`${options.input}: ${e.message} (is it ${options.from}?)`);
      throw e;
    }
    const store = await GoldStore.open(options.out);
    const report = importIntoGold(store, options.from, input, { mapping: options.mapping, annotator: options.annotator, time: new Date().toISOString() });
    await store.flush();
    if (options.report) await writeFile(options.report, JSON.stringify(report, null, 2) + '\n');
    io.stderr.write(renderImportReport(report, options.out));
    const leftOut = report.documentsLeftOut.length > 0 || report.problems.some((p) => !p.kept);
    return leftOut ? EXIT_INPUT_ERROR : EXIT_OK;
  });
}

interface ImportOptions {
  from: ImportFormat;
  input: string;
  out: string;
  mapping: Map<string, Label | null>;
  annotator: string;
  report?: string;
}

function parseImportArgs(argv: string[]): ImportOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      map: { type: 'string', default: '' },
      annotator: { type: 'string' },
      report: { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  const from = values.from as ImportFormat;
  if (!values.from) throw new UsageError('--from is required');
  if (!IMPORT_FORMATS.includes(from)) throw new UsageError(`--from must be one of ${IMPORT_FORMATS.join(', ')}`);
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name the file (or folder) to import' : `one input at a time, not ${positionals.length}`);
  if (!values.out) throw new UsageError('--out is required');
  let mapping;
  try {
    mapping = parseLabelMapping(values.map);
  } catch (e) {
    throw new UsageError(`--map: ${(e as Error).message}`);
  }
  const annotator = values.annotator?.trim() || userName();
  return { from, input: positionals[0]!, out: values.out, mapping, annotator, report: values.report };
}

function userName(): string {
  try {
    return os.userInfo().username || 'annotator';
  } catch {
    return 'annotator';
  }
}
