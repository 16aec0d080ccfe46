import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listNoteFiles, readNoteFile } from '../../engine/batch/noteFiles';
import { DEFAULT_NOTE_EXCLUDE, DEFAULT_NOTE_INCLUDE, isIncludedNote } from '../../engine/batch/noteGlobs';
import type { Agreement } from '../../engine/entityAgreement';
import { defaultModelDir } from '../../engine/pipeline/defaultModel';
import { QuantizationError } from '../../engine/quantize/dynamicQuantization';
import { quantizeModelFolder } from '../../engine/quantize/modelFolderQuantization';
import { compareQuantized } from '../../engine/quantize/quantizationCheck';
import { EXIT_OK, InputError, UsageError, type CliIo } from '../cliIo';
import { reportingErrors } from '../commandErrors';
import { parseJsonlDocuments } from '../documentSources';

export const QUANTIZE_USAGE = `usage: clinical-ner quantize --model DIR --out DIR2 [NOTES… | DIR] [--jsonl IN] [--threads N]
  --model   the model folder to copy (default: the bundled default model)
  --out     a new folder: the same model folder with int8 MatMul/Gemm weights (dynamic quantization,
            one scale per output column); every input and output of the model is kept
  NOTES     notes (files, or a folder of .txt/.md) on which to compare the int8 copy with the
            original: entity agreement of the model layer, overall and per label
  --jsonl   notes as JSON lines {"id","text"}, for the same comparison
  --threads ONNX Runtime threads for the comparison (default: all cores)`;

/** Below this, the report says to check the copy before using it (the benchmark's target). */
const AGREEMENT_TO_TRUST = 0.98;

export async function runQuantize(argv: string[], io: CliIo): Promise<number> {
  return reportingErrors('quantize', QUANTIZE_USAGE, io, async () => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { model: { type: 'string' }, out: { type: 'string' }, jsonl: { type: 'string' }, threads: { type: 'string' } },
    });
    if (values.out === undefined) throw new UsageError('--out DIR2 is required: a new folder for the int8 copy');
    const threads = values.threads === undefined ? undefined : Number(values.threads);
    if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) throw new UsageError('--threads must be a whole number ≥ 1');
    const texts = notesToCompare(positionals, values.jsonl);
    const modelDir = values.model ?? defaultModelDir();

    let folder;
    try {
      folder = quantizeModelFolder(modelDir, values.out);
    } catch (error) {
      if (error instanceof QuantizationError) throw new InputError(error.message);
      throw error;
    }
    const { summary } = folder;
    const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
    io.stdout.write(`wrote ${folder.dir}: ${summary.quantizedNodes} MatMul/Gemm nodes (${summary.matrices} weight matrices, ${mb(summary.floatBytes)} → ${mb(summary.int8Bytes)}) in int8; ${folder.model} ${mb(folder.bytesBefore)} → ${mb(folder.bytesAfter)}\n`);
    if (summary.keptFloat.length > 0) io.stdout.write(`kept in float32: ${summary.keptFloat.length} MatMul/Gemm nodes whose second input is not a constant float matrix (attention's products of activations)\n`);
    if (texts.length === 0) {
      io.stdout.write('no notes given: give notes (files, a folder or --jsonl) to compare the int8 copy with the original\n');
      return EXIT_OK;
    }
    const check = await compareQuantized(modelDir, folder.dir, texts, threads);
    io.stdout.write(`entity agreement with the fp32 model on ${check.notes} notes (model layer): ${describe(check.agreement)}\n`);
    for (const [label, result] of Object.entries(check.byLabel)) io.stdout.write(`  ${label.padEnd(9)} ${describe(result)}\n`);
    io.stdout.write(`time over these notes: fp32 ${(check.fp32Ms / 1000).toFixed(2)} s, int8 ${(check.int8Ms / 1000).toFixed(2)} s (${(check.fp32Ms / check.int8Ms).toFixed(2)}×; npm run bench measures it properly)\n`);
    if (check.agreement.entityAgreement < AGREEMENT_TO_TRUST) {
      io.stdout.write(`agreement is below ${AGREEMENT_TO_TRUST * 100} %: review the int8 model's entities on your own notes before using it\n`);
    }
    return EXIT_OK;
  });
}

function describe(a: Agreement): string {
  return `${(a.entityAgreement * 100).toFixed(1)} % (${a.both} identical of ${a.theirs} fp32 / ${a.ours} int8 entities; ${(a.sentenceAgreement * 100).toFixed(1)} % of notes identical)`;
}

function notesToCompare(paths: readonly string[], jsonl: string | undefined): string[] {
  const texts: string[] = [];
  if (jsonl !== undefined) {
    if (!existsSync(jsonl)) throw new InputError(`${jsonl}: no such file`);
    texts.push(...parseJsonlDocuments(readFileSync(jsonl, 'utf8'), jsonl).map((d) => d.text));
  }
  const globs = { include: DEFAULT_NOTE_INCLUDE, exclude: DEFAULT_NOTE_EXCLUDE };
  for (const p of paths) {
    if (!existsSync(p)) throw new InputError(`${p}: no such file or folder`);
    if (statSync(p).isDirectory()) texts.push(...listNoteFiles(p).filter((f) => isIncludedNote(f.id, globs)).map((f) => readNoteFile(f.file)));
    else texts.push(readNoteFile(p));
  }
  return texts;
}
