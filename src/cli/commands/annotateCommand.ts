import { appendFileSync, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { annotateBatch } from '../../engine/batch/batchAnnotator';
import { isInShard, type Shard } from '../../engine/batch/noteShard';
import { SuggestionFile, SuggestionFileError, streamOutput } from '../../engine/batch/suggestionFile';
import type { Entity } from '../../engine/entity';
import { ALL_LAYERS, NerPipeline, type LayerSource } from '../../engine/pipeline/nerPipeline';
import { EXIT_INPUT_ERROR, EXIT_OK, InputError, UsageError, type CliIo } from '../cliIo';
import { reportingErrors } from '../commandErrors';
import { listNoteFiles, loadNote, NoteFileError, readNoteFile } from '../../engine/batch/noteFiles';
import { DEFAULT_NOTE_EXCLUDE, DEFAULT_NOTE_INCLUDE, isIncludedNote, type NoteGlobs } from '../../engine/batch/noteGlobs';
import { describeFileSystemError } from '../../engine/files/fileSystemError';
import { storedSuggestionsLine } from '../../engine/batch/storedSuggestions';
import { textHash } from '../../gold/textHash';
import { parseJsonlDocuments, readStream, type InputDocument } from '../documentSources';
import { entityRows, highlightText } from '../entityTable';
import { decodeInput, readTextInput } from '../textInput';
import { progressInterval, progressLine } from '../progressLine';
import { parseShardOption } from '../shardOption';

export const ANNOTATE_USAGE = `usage: clinical-ner annotate [FILES… | DIR] [--jsonl IN|-] [--model DIR]
    [--sources model,lexicon,patterns] [--format jsonl|table] [--min-score S] [--out FILE] [--workers N]
    [--include GLOB]… [--exclude GLOB]… [--shard K/N]
  FILES      plain-text or Markdown notes; a DIR is searched for .txt and .md notes
  --include  in a DIR, only the notes whose path (relative to DIR) matches a GLOB (default: all)
  --exclude  in a DIR, not the notes that match a GLOB; replaces the default,
             ${DEFAULT_NOTE_EXCLUDE.join(' ')} (the extension's clinicalNer.exclude)
  --jsonl    read documents as JSON lines {"id","text"} from a file, or stdin with -
  --model    model folder (default: the bundled default model)
  --sources  layers to run (default: all that the model folder provides)
  --format   jsonl (default): {"id","entities":[…]} per line; table: text with coloured spans
  --out      write to FILE; with --out, documents already in FILE are skipped (resume)
  --workers  worker threads for jsonl output (default with --out: all cores); lines keep input order
  --shard    only part K of N (K from 0 to N-1, e.g. $SLURM_ARRAY_TASK_ID/8), chosen by a hash of each
             note's id, so that N machines share an archive; resumable per shard with --out; join
             the N files with merge-suggestions`;

const SOURCE_NAMES: Record<string, LayerSource> = { model: 'model', lexicon: 'lexicon', pattern: 'pattern', patterns: 'pattern' };

export function parseSources(value: string | undefined): LayerSource[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((name) => {
    const source = SOURCE_NAMES[name.trim()];
    if (!source) throw new UsageError(`unknown source "${name}" (use ${ALL_LAYERS.join(', ')})`);
    return source;
  });
}

interface DocumentRef {
  id: string;
  /** The note file, when the document is one: its errors name it, so they need no id in front. */
  file?: string;
  load: () => string;
}

async function collectDocuments(files: string[], jsonl: string | undefined, globs: NoteGlobs, io: CliIo): Promise<DocumentRef[]> {
  const refs: DocumentRef[] = [];
  if (jsonl !== undefined) refs.push(...(await readJsonlInput(jsonl, io)).map((d) => ({ id: d.id, load: () => d.text })));
  for (const file of files) refs.push(...documentsAt(file, globs));
  return refs;
}

async function readJsonlInput(jsonl: string, io: CliIo): Promise<InputDocument[]> {
  if (jsonl !== '-') return parseJsonlDocuments(await readTextInput(jsonl), jsonl);
  return parseJsonlDocuments(decodeInput(await readStream(io.stdin ?? process.stdin), 'stdin'), 'stdin');
}

/** The notes a FILE or DIR argument names. A folder's problems (an unreadable subfolder, a FIFO…) fail one by one, as its notes are loaded. */
function documentsAt(file: string, globs: NoteGlobs): DocumentRef[] {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`${file}: no such file or folder`);
    throw describeFileSystemError(error, file, 'read');
  }
  if (stat.isDirectory()) {
    return listNoteFiles(file).filter((f) => isIncludedNote(f.id, globs)).map((f) => ({ id: f.id, file: f.file, load: () => loadNote(f) }));
  }
  return [{ id: file, file, load: () => readNoteFile(file) }];
}

/** `clinical-ner: <file>: <problem>` for a note, `clinical-ner: <id>: <problem>` for a JSONL document. */
function failureLine(doc: DocumentRef | undefined, id: string, message: string): string {
  const named = message.startsWith(doc?.file ?? id);
  return `clinical-ner: ${named ? '' : `${id}: `}${message}\n`;
}

function appendLine(out: string, line: string): void {
  try {
    appendFileSync(out, line + '\n');
  } catch (error) {
    throw describeFileSystemError(error, out, 'write');
  }
}

function alreadyWritten(out: string): Set<string> {
  const done = new Set<string>();
  if (!existsSync(out)) return done;
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    try {
      const id = (JSON.parse(line) as { id?: unknown }).id;
      if (typeof id === 'string') done.add(id);
    } catch {
      // a line cut short by an interruption: that document runs again
    }
  }
  return done;
}

export async function runAnnotate(argv: string[], io: CliIo): Promise<number> {
  return reportingErrors('annotate', ANNOTATE_USAGE, io, () => annotate(argv, io));
}

async function annotate(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'string' },
      model: { type: 'string' },
      sources: { type: 'string' },
      format: { type: 'string', default: 'jsonl' },
      'min-score': { type: 'string' },
      out: { type: 'string' },
      workers: { type: 'string' },
      include: { type: 'string', multiple: true, default: [...DEFAULT_NOTE_INCLUDE] },
      exclude: { type: 'string', multiple: true, default: [...DEFAULT_NOTE_EXCLUDE] },
      shard: { type: 'string' },
    },
  });
  const shard = parseShardOption(values.shard);
  if (values.format !== 'jsonl' && values.format !== 'table') throw new UsageError(`unknown format "${values.format}"`);
  if (positionals.length === 0 && values.jsonl === undefined) throw new UsageError('no input: give FILES, a DIR or --jsonl');
  const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 1)) throw new UsageError('--min-score must be between 0 and 1');

  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) throw new UsageError('--workers must be a whole number ≥ 1');
  if (workers !== undefined && values.format !== 'jsonl') throw new UsageError('--workers needs --format jsonl');

  const collected = await collectDocuments(positionals, values.jsonl, { include: values.include, exclude: values.exclude }, io);
  const documents = shard ? collected.filter((d) => isInShard(d.id, shard)) : collected;
  if (values.format === 'jsonl' && (values.out !== undefined || workers !== undefined)) {
    return annotateInPool(documents, { out: values.out, workers, model: values.model, sources: parseSources(values.sources), minScore, shard }, io);
  }
  const pipeline = await NerPipeline.load(values.model, { sources: parseSources(values.sources), minScore });
  const skip = values.out ? alreadyWritten(values.out) : new Set<string>();
  const write = (line: string) => (values.out ? appendLine(values.out, line) : io.stdout.write(line + '\n'));
  const colour = values.format === 'table' && !values.out && (io.stdout as { isTTY?: boolean }).isTTY === true && !process.env.NO_COLOR;
  const showProgress = documents.length > 20;
  let failures = 0;
  let done = 0;
  try {
    for (const doc of documents) {
      done++;
      if (skip.has(doc.id)) continue;
      let text: string;
      try {
        text = doc.load();
      } catch (error) {
        if (!(error instanceof NoteFileError)) throw error;
        io.stderr.write(failureLine(doc, doc.id, error.message));
        failures++;
        continue;
      }
      const { entities } = await pipeline.annotate(text);
      if (values.format === 'jsonl') write(JSON.stringify({ id: doc.id, entities: entities.map(entityJson) }));
      else write(`== ${doc.id}\n${highlightText(text, entities, colour)}\n\n${entityRows(entities)}\n`);
      if (showProgress && (done % 50 === 0 || done === documents.length)) io.stderr.write(`annotated ${done}/${documents.length} documents\n`);
    }
  } finally {
    await pipeline.dispose();
  }
  return failures > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
}

interface PoolOptions {
  out: string | undefined;
  workers: number | undefined;
  model: string | undefined;
  sources: LayerSource[] | undefined;
  minScore: number | undefined;
  shard: Shard | undefined;
}

/**
 * JSONL output through the worker pool: resumable with --out (a cut last line is repaired), lines
 * in input order whatever the worker count, progress on stderr, Ctrl-C stops after the documents
 * in flight and leaves a file that the next run completes.
 */
async function annotateInPool(documents: DocumentRef[], options: PoolOptions, io: CliIo): Promise<number> {
  let output;
  try {
    output = options.out !== undefined ? SuggestionFile.open(options.out) : streamOutput(io.stdout);
  } catch (error) {
    if (error instanceof SuggestionFileError) throw new InputError(error.message);
    throw error;
  }
  if (output instanceof SuggestionFile && output.repairedBytes > 0) {
    io.stderr.write(`${options.out}: removed a partial last line (${output.repairedBytes} bytes) left by an interrupted run\n`);
  }
  const controller = new AbortController();
  const interrupt = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const showProgress = documents.length > 20;
  const interval = progressInterval(io.stderr) * 1000;
  let lastReport = Date.now(); // the first notes include warm-up: the first line comes after an interval
  try {
    const result = await annotateBatch(documents, output, {
      modelDir: options.model === undefined ? undefined : path.resolve(options.model),
      pipelineOptions: { sources: options.sources, minScore: options.minScore },
      workers: options.workers,
      signal: controller.signal,
      // the text's hash and length let the extension show these suggestions without re-running
      serialize: (id, entities, text) => storedSuggestionsLine(id, entities.map(entityJson), text, textHash(text)),
      onProgress: (p) => {
        if (!showProgress) return;
        const now = Date.now();
        if (now - lastReport < interval && p.done < p.total) return;
        lastReport = now;
        io.stderr.write(progressLine(p, options.shard) + '\n');
      },
    });
    const byId = new Map(documents.map((d) => [d.id, d]));
    for (const f of result.failed) io.stderr.write(failureLine(byId.get(f.id), f.id, f.message));
    if (result.aborted) {
      io.stderr.write(`clinical-ner: interrupted after ${result.skipped + result.annotated}/${result.total} notes;` +
        (options.out ? ` run the same command again to resume\n` : '\n'));
      return 130;
    }
    return result.failed.length > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    output.close();
  }
}

/** The JSONL shape of DESIGN.md, with a stable key order. */
export function entityJson(e: Entity): Entity {
  const { start, end, label, text, score, source, assertion, code } = e;
  return { start, end, label, text, score: Math.round(score * 1000) / 1000, source, assertion, ...(code ? { code } : {}) };
}
