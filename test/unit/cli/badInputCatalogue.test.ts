import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../../src/cli/main';
import { INVALID_ONNX, SEED_FORMAT_MODEL } from '../engine/model/fixtures';
import { makeBadInputFixtures, type BadInputFixtures } from './badInputFixtures';
import { runCliProcess } from './cliProcess';
import { memoryIo } from './memoryIo';

interface BadInput {
  /** What is wrong. */
  input: string;
  args: (f: BadInputFixtures) => string[];
  stdin?: string | Buffer;
  exit: 1 | 2;
  /** Each line the command must write to stderr, in order: one unless several files are bad. */
  lines: (f: BadInputFixtures) => RegExp[];
  /** Documents that must still be annotated (stdout lines, or lines of the --out file). */
  annotated?: number;
  /** Run as a process of its own: it could hang (a FIFO, a device), or needs a user to whom permissions apply. */
  process?: 'own' | 'unprivileged';
  skip?: (f: BadInputFixtures) => boolean;
}

const MODEL = ['--model', SEED_FORMAT_MODEL];
const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const says = (file: string, problem: string) => new RegExp(`^clinical-ner(?: [\\w-]+)?: ${esc(file)}: ${problem}`);
const jsonl = (...lines: object[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
const out = (f: BadInputFixtures, name: string) => path.join(f.root, 'out', name);

const CATALOGUE: BadInput[] = [
  // how the command is called: exit 2 and the usage
  { input: 'no command', args: () => [], exit: 2, lines: () => [/^usage: clinical-ner <command>/] },
  { input: 'an unknown command', args: () => ['annota'], exit: 2, lines: () => [/^clinical-ner: unknown command "annota"$/] },
  { input: 'annotate without input', args: () => ['annotate'], exit: 2, lines: () => [/^clinical-ner annotate: no input/] },
  { input: 'an unknown option', args: (f) => ['annotate', f.notes, '--colour'], exit: 2, lines: () => [/^clinical-ner annotate: Unknown option '--colour'/] },
  { input: 'an unknown format', args: (f) => ['annotate', f.notes, '--format', 'xml'], exit: 2, lines: () => [/^clinical-ner annotate: unknown format "xml"$/] },
  { input: 'an unknown layer', args: (f) => ['annotate', f.notes, '--sources', 'model,magia'], exit: 2, lines: () => [/^clinical-ner annotate: unknown source "magia"/] },
  { input: 'a score outside [0, 1]', args: (f) => ['annotate', f.notes, '--min-score', '7'], exit: 2, lines: () => [/--min-score must be between 0 and 1$/] },
  { input: 'zero workers', args: (f) => ['annotate', f.notes, '--workers', '0'], exit: 2, lines: () => [/--workers must be a whole number ≥ 1$/] },
  { input: 'eval without --pred', args: (f) => ['eval', '--gold', f.gold], exit: 2, lines: () => [/^clinical-ner eval: --pred is required$/] },
  { input: 'a shard K that is not below N', args: (f) => ['annotate', f.notes, '--shard', '3/3'], exit: 2, lines: () => [/^clinical-ner annotate: --shard 3\/3: K counts from 0, so it must be below N \(0 to 2\)$/] },
  { input: 'merge-suggestions without --out', args: (f) => ['merge-suggestions', f.gold], exit: 2, lines: () => [/^clinical-ner merge-suggestions: --out FILE is required$/] },
  { input: 'quantize without --out', args: () => ['quantize'], exit: 2, lines: () => [/^clinical-ner quantize: --out DIR2 is required/] },
  { input: 'an unknown export format', args: (f) => ['export', '--gold', f.gold, '--format', 'xml', '--out', 'x'], exit: 2, lines: () => [/--format must be one of/] },

  // notes named one by one
  { input: 'a missing note', args: (f) => ['annotate', path.join(f.root, 'assente.txt'), ...MODEL], exit: 1, lines: (f) => [says(path.join(f.root, 'assente.txt'), 'no such file or folder$')] },
  { input: 'a binary file', args: (f) => ['annotate', f.binary, f.goodNote, ...MODEL], exit: 1, annotated: 1, lines: (f) => [says(f.binary, 'binary file')] },
  { input: 'a Windows-1252 note (invalid UTF-8)', args: (f) => ['annotate', f.latin1, ...MODEL], exit: 1, lines: (f) => [says(f.latin1, 'not valid UTF-8 \\(byte 0xE0 at line 2, byte offset 27\\); convert it to UTF-8')] },
  { input: 'a UTF-16 note', args: (f) => ['annotate', f.utf16, ...MODEL], exit: 1, lines: (f) => [says(f.utf16, 'UTF-16 text; save it as UTF-8')] },
  { input: 'an oversized note', args: (f) => ['annotate', f.oversized, ...MODEL], exit: 1, lines: (f) => [says(f.oversized, '21\\.0 MB is more than the 20 MB a note may have$')] },
  { input: 'a device', args: () => ['annotate', '/dev/null', ...MODEL], exit: 1, lines: () => [says('/dev/null', 'a device, not a note file; skipped without opening it$')] },

  // folders: each bad note gets its line, the others are annotated, exit 1
  ...(['stdout', 'table', 'pool'] as const).map((how): BadInput => ({
    input: `a folder of bad notes (${how === 'pool' ? '--out, worker pool' : how === 'table' ? '--format table' : 'JSONL on stdout'})`,
    args: (f) => ['annotate', f.badNotes, ...MODEL, ...(how === 'pool' ? ['--out', out(f, 'bad-notes.jsonl'), '--workers', '1'] : how === 'table' ? ['--format', 'table'] : [])],
    exit: 1,
    annotated: how === 'table' ? undefined : 1,
    lines: (f) => f.badNoteNames.map((name) => says(path.join(f.badNotes, name), '')),
  })),
  {
    input: 'a folder with a FIFO (never opened)', args: (f) => ['annotate', f.fifoNotes!, ...MODEL], exit: 1, annotated: 1, process: 'own', skip: (f) => !f.fifoNotes,
    lines: (f) => [says(path.join(f.fifoNotes!, 'coda.txt'), 'a FIFO \\(named pipe\\), not a note file; skipped without opening it$')],
  },
  {
    input: 'a folder with an unreadable subfolder and note', args: (f) => ['annotate', f.lockedNotes, ...MODEL], exit: 1, annotated: 1, process: 'unprivileged', skip: () => process.platform === 'win32',
    lines: (f) => [
      says(path.join(f.lockedNotes, 'privata'), 'cannot list the folder: permission denied; check the permissions of the file and of its folder \\(EACCES\\)$'),
      says(path.join(f.lockedNotes, 'segreta.txt'), 'cannot read: permission denied'),
    ],
  },

  // where annotate writes
  { input: '--out under a file', args: (f) => ['annotate', f.notes, ...MODEL, '--out', path.join(f.goodNote, 'x.jsonl')], exit: 1, lines: (f) => [says(path.join(f.goodNote, 'x.jsonl'), 'cannot write: a part of the path is a file, not a folder; check the path \\(ENOTDIR\\)$')] },
  { input: '--out is a folder', args: (f) => ['annotate', f.notes, ...MODEL, '--out', f.notes], exit: 1, lines: (f) => [says(f.notes, 'cannot write: it is a folder, not a file')] },
  { input: '--out is a gold file', args: (f) => ['annotate', f.notes, ...MODEL, '--out', f.gold], exit: 1, lines: (f) => [says(`${f.gold}:1`, 'this is a gold file')] },
  { input: '--out is read-only', args: (f) => ['annotate', f.notes, ...MODEL, '--out', f.readOnlyOut], exit: 1, lines: (f) => [says(f.readOnlyOut, 'the file is read-only, so nothing was written')] },
  { input: '--format table --out under a file', args: (f) => ['annotate', f.notes, ...MODEL, '--format', 'table', '--out', path.join(f.goodNote, 'x.txt')], exit: 1, lines: (f) => [says(path.join(f.goodNote, 'x.txt'), 'cannot ')] },

  // JSONL documents
  { input: 'a JSONL line that is not JSON', args: () => ['annotate', '--jsonl', '-', ...MODEL], stdin: '{"id":"a","text":"febbre"}\n{oops\n', exit: 1, lines: () => [/^clinical-ner annotate: stdin:2: not JSON/] },
  { input: 'a JSONL line without text', args: () => ['annotate', '--jsonl', '-', ...MODEL], stdin: jsonl({ id: 'a' }), exit: 1, lines: () => [/stdin:1: expected \{"id": …, "text": "…"\}$/] },
  { input: 'a JSONL line without id', args: () => ['annotate', '--jsonl', '-', ...MODEL], stdin: jsonl({ id: 'a', text: 'Febbre.' }, { text: 'Tosse.' }), exit: 1, lines: () => [/stdin:2: no "id"; give every line an id of its own$/] },
  { input: 'a JSONL line with an empty id', args: () => ['annotate', '--jsonl', '-', ...MODEL], stdin: jsonl({ id: ' ', text: 'Febbre.' }), exit: 1, lines: () => [/stdin:1: empty "id"/] },
  { input: 'a JSONL id of the wrong type', args: () => ['annotate', '--jsonl', '-', ...MODEL], stdin: jsonl({ id: { n: 1 }, text: 'Febbre.' }), exit: 1, lines: () => [/stdin:1: "id" must be a string or a number$/] },
  { input: 'two JSONL lines with one id', args: () => ['annotate', '--jsonl', '-', ...MODEL], stdin: jsonl({ id: 7, text: 'Febbre.' }, { id: '7', text: 'Tosse.' }), exit: 1, lines: () => [/stdin:2: id "7" is already used on line 1; give every line an id of its own$/] },
  { input: 'JSONL in Windows-1252', args: () => ['annotate', '--jsonl', '-', ...MODEL], stdin: Buffer.from('{"id":"a","text":"Città"}\n', 'latin1'), exit: 1, lines: () => [/^clinical-ner annotate: stdin: not valid UTF-8/] },
  { input: 'a binary JSONL file', args: (f) => ['annotate', '--jsonl', f.binary, ...MODEL], exit: 1, lines: (f) => [says(f.binary, 'binary file')] },
  { input: 'a missing JSONL file', args: (f) => ['annotate', '--jsonl', path.join(f.root, 'assente.jsonl'), ...MODEL], exit: 1, lines: (f) => [says(path.join(f.root, 'assente.jsonl'), 'cannot read: it does not exist')] },
  { input: 'a folder as JSONL file', args: (f) => ['annotate', '--jsonl', f.notes, ...MODEL], exit: 1, lines: (f) => [says(f.notes, 'cannot read: it is a folder')] },

  // model folders
  { input: '--model at a missing folder', args: (f) => ['annotate', f.goodNote, '--model', path.join(f.root, 'assente')], exit: 1, lines: (f) => [says(path.join(f.root, 'assente'), 'model folder does not exist$')] },
  { input: '--model at a file', args: (f) => ['annotate', f.goodNote, '--model', f.goodNote], exit: 1, lines: (f) => [says(f.goodNote, 'is not a folder')] },
  { input: 'a model folder without model.onnx', args: (f) => ['annotate', f.goodNote, '--model', f.modelWithoutOnnx], exit: 1, lines: (f) => [says(path.join(f.modelWithoutOnnx, 'model.onnx'), 'no model.onnx')] },
  { input: 'a config.json that is not JSON', args: (f) => ['annotate', f.goodNote, '--model', f.modelWithBrokenConfig], exit: 1, lines: (f) => [says(path.join(f.modelWithBrokenConfig, 'config.json'), 'is not valid JSON')] },
  { input: 'a model folder without a tokenizer', args: (f) => ['annotate', f.goodNote, '--model', f.modelWithoutTokenizer], exit: 1, lines: (f) => [says(path.join(f.modelWithoutTokenizer, 'tokenizer.json'), 'is missing, and so is vocab.txt')] },
  { input: 'a model.onnx ONNX Runtime cannot load', args: (f) => ['annotate', f.goodNote, '--model', INVALID_ONNX], exit: 1, lines: () => [new RegExp(`${esc(INVALID_ONNX)}`)] },
  { input: 'a broken lexicon.tsv', args: (f) => ['annotate', f.goodNote, '--model', f.modelWithBrokenLexicon], exit: 1, lines: (f) => [says(path.join(f.modelWithBrokenLexicon, 'lexicon.tsv'), 'line 3: unknown label "DISEASE"')] },
  { input: 'a broken lexicon.tsv, in the worker pool', args: (f) => ['annotate', f.notes, '--model', f.modelWithBrokenLexicon, '--out', out(f, 'lexicon.jsonl'), '--workers', '1'], exit: 1, lines: (f) => [says(path.join(f.modelWithBrokenLexicon, 'lexicon.tsv'), 'line 3: unknown label "DISEASE"')] },
  { input: 'a patterns.json that is not JSON', args: (f) => ['annotate', f.goodNote, '--model', f.modelWithBrokenPatternsJson], exit: 1, lines: (f) => [says(path.join(f.modelWithBrokenPatternsJson, 'patterns.json'), 'is not valid JSON')] },
  { input: 'a patterns.json rule with an unknown label', args: (f) => ['annotate', f.goodNote, '--model', f.modelWithBadPatternRule, '--sources', 'pattern'], exit: 1, lines: (f) => [says(path.join(f.modelWithBadPatternRule, 'patterns.json'), '.*unknown label "DRUG"$')] },

  // gold files and predictions
  { input: 'a binary gold file to export', args: (f) => ['export', '--gold', f.binary, '--format', 'spacy', '--out', '-'], exit: 1, lines: (f) => [says(f.binary, 'binary file \\(contains NUL bytes\\), not text$')] },
  { input: 'a binary gold file to evaluate', args: (f) => ['eval', '--gold', f.binary, '--pred', f.gold], exit: 1, lines: (f) => [says(f.binary, 'binary file')] },
  { input: 'a missing gold file', args: (f) => ['export', '--gold', f.latin1.replace('lettera', 'assente'), '--format', 'spacy', '--out', '-'], exit: 1, lines: (f) => [says(f.latin1.replace('lettera', 'assente'), 'cannot read: it does not exist')] },
  { input: 'a text file given as gold file', args: (f) => ['export', '--gold', path.join(f.lockedNotes, 'buona.txt'), '--format', 'spacy', '--out', '-'], exit: 1, lines: (f) => [says(`${path.join(f.lockedNotes, 'buona.txt')}:1`, 'invalid JSON')] },
  { input: 'a CSV file given as gold file', args: (f) => ['export', '--gold', f.csv, '--format', 'spacy', '--out', '-'], exit: 1, lines: (f) => [says(f.csv, 'not a gold file \\(none of its 3 lines is a gold document; line 1: invalid JSON')] },
  { input: 'a gold file with lines cut short', args: (f) => ['export', '--gold', f.goldWithBadLines, '--format', 'spacy', '--out', '-'], exit: 1, lines: (f) => [says(`${f.goldWithBadLines}:2`, 'invalid JSON.*\\(and 1 more malformed line: 3\\); fix or remove these lines and export again$')] },
  { input: 'a folder as gold file', args: (f) => ['eval', '--gold', f.notes, '--pred', f.gold], exit: 1, lines: (f) => [says(f.notes, 'cannot read: it is a folder')] },
  { input: 'export into a read-only file', args: (f) => ['export', '--gold', f.gold, '--format', 'native', '--out', f.readOnlyOut], exit: 1, lines: (f) => [says(f.readOnlyOut, 'the file is read-only, so nothing was written')] },
  { input: 'export under a file', args: (f) => ['export', '--gold', f.gold, '--format', 'spacy', '--out', path.join(f.goodNote, 'gold.jsonl')], exit: 1, lines: (f) => [says(f.goodNote, 'cannot create the folder: something already exists at that path')] },
  { input: 'export into a folder', args: (f) => ['export', '--gold', f.gold, '--format', 'spacy', '--out', f.notes], exit: 1, lines: (f) => [says(f.notes, 'cannot write: it is a folder, not a file')] },
  { input: 'a brat export folder that is a file', args: (f) => ['export', '--gold', f.gold, '--format', 'brat', '--out', f.goodNote], exit: 1, lines: (f) => [says(f.goodNote, 'cannot create the folder: something already exists at that path')] },
  { input: 'a report under a file', args: (f) => ['export', '--gold', f.gold, '--format', 'spacy', '--out', out(f, 'gold.spacy.jsonl'), '--report', path.join(f.goodNote, 'r.json')], exit: 1, lines: (f) => [says(path.join(f.goodNote, 'r.json'), 'cannot write: a part of the path is a file')] },
  // joining shard files, quantizing a model folder
  { input: 'a missing shard file', args: (f) => ['merge-suggestions', path.join(f.root, 'shard-0-of-2.jsonl'), '--out', out(f, 'joined.jsonl')], exit: 1, lines: (f) => [says(path.join(f.root, 'shard-0-of-2.jsonl'), 'cannot read: it does not exist')] },
  { input: 'a gold file given as a shard file', args: (f) => ['merge-suggestions', f.gold, '--out', out(f, 'joined.jsonl')], exit: 1, lines: (f) => [says(`${f.gold}:1`, 'a gold line \\(it holds decisions\\)')] },
  { input: 'a binary file given as a shard file', args: (f) => ['merge-suggestions', f.binary, '--out', out(f, 'joined.jsonl')], exit: 1, lines: (f) => [says(`${f.binary}:1`, 'not a JSON line')] },
  { input: 'a folder given as a shard file', args: (f) => ['merge-suggestions', f.notes, '--out', out(f, 'joined.jsonl')], exit: 1, lines: (f) => [says(f.notes, 'a folder, not a suggestions file')] },
  { input: 'quantize a missing model folder', args: (f) => ['quantize', '--model', path.join(f.root, 'assente'), '--out', out(f, 'int8')], exit: 1, lines: (f) => [says(path.join(f.root, 'assente'), 'model folder does not exist$')] },
  { input: 'quantize into a folder that holds files', args: (f) => ['quantize', ...MODEL, '--out', f.notes], exit: 1, lines: (f) => [says(f.notes, 'already exists and is not empty')] },
  { input: 'quantize a model without MatMul weights', args: (f) => ['quantize', ...MODEL, '--out', out(f, 'int8')], exit: 1, lines: () => [says(path.join(SEED_FORMAT_MODEL, 'model.onnx'), 'has no MatMul or Gemm with constant float weights')] },
];

/**
 * Every bad input we know of, fed to the command line: each must give one line per problem that
 * names the file and says what is wrong, and the right exit code; never an internal error or a
 * stack trace, never a hang.
 */
describe('clinical-ner with bad input (catalogue)', function () {
  this.timeout(120_000);
  let fixtures: BadInputFixtures;
  before(() => {
    fixtures = makeBadInputFixtures();
  });
  after(() => fixtures.remove());

  for (const bad of CATALOGUE) {
    it(`${bad.input}: exit ${bad.exit}, ${bad.exit === 2 ? 'the usage' : 'a line naming the file'}`, async function () {
      if (bad.skip?.(fixtures)) this.skip();
      const args = bad.args(fixtures);
      const run = bad.process
        ? await runCliProcess(args, { asUnprivileged: bad.process === 'unprivileged' })
        : await runInProcess(args, bad.stdin);
      assert.ok(!run.hung, 'it hung');
      assert.doesNotMatch(run.stderr, /internal error|^\s+at /m);
      assert.equal(run.code, bad.exit, run.stderr);
      const lines = run.stderr.split('\n').filter((line) => line !== '');
      const expected = bad.lines(fixtures);
      const told = bad.exit === 2 ? lines.slice(0, lines.findIndex((l) => l.startsWith('usage: ')) || 1) : lines;
      assert.equal(told.length, expected.length, run.stderr);
      expected.forEach((pattern, i) => assert.match(told[i]!, pattern));
      if (bad.exit === 2) assert.match(run.stderr, /usage: clinical-ner/);
      if (bad.annotated !== undefined) {
        const outFile = args[args.indexOf('--out') + 1];
        const written = args.includes('--out') ? (existsSync(outFile!) ? readFileSync(outFile!, 'utf8') : '') : run.stdout;
        assert.equal(written.split('\n').filter(Boolean).length, bad.annotated);
      }
    });
  }
});

async function runInProcess(args: string[], stdin: string | Buffer | undefined) {
  const { io, out, err } = memoryIo();
  const code = await main(args, { ...io, stdin: stdin === undefined ? undefined : Readable.from([stdin]) });
  return { code, stdout: out(), stderr: err(), hung: false };
}
