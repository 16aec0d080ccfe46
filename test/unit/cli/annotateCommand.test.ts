import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../../src/cli/main';
import { DEFAULT_NOTE_EXCLUDE, DEFAULT_NOTE_INCLUDE } from '../../../src/engine/batch/noteGlobs';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';
import { memoryIo } from './memoryIo';

const NOTE = 'Paziente 😷 con febbre e tosse.\r\nNega dispnea. In terapia con ramipril 5 mg.\r\n';

describe('clinical-ner annotate', function () {
  this.timeout(60_000);
  let dir: string;
  let note: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'annotate-'));
    note = path.join(dir, 'nota.txt');
    writeFileSync(note, NOTE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (args: string[], stdin?: string) => {
    const { io, out, err } = memoryIo();
    const code = await main(['annotate', ...args], { ...io, stdin: stdin === undefined ? undefined : Readable.from([stdin]) });
    return { code, out: out(), err: err() };
  };

  it('writes one JSON line per document with UTF-16 offsets, labels, scores, sources and assertions', async () => {
    const { code, out } = await run([note, '--model', SEED_FORMAT_MODEL]);
    assert.equal(code, 0);
    const [line] = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(line.id, note);
    const texts = line.entities.map((e: { start: number; end: number }) => NOTE.slice(e.start, e.end));
    assert.deepEqual(texts, line.entities.map((e: { text: string }) => e.text));
    const dispnea = line.entities.find((e: { text: string }) => e.text === 'dispnea');
    assert.equal(dispnea.assertion, 'negated');
    assert.ok(dispnea.score > 0 && dispnea.score <= 1);
    assert.ok(Array.isArray(dispnea.source));
  });

  it('reads {"id","text"} lines from stdin and runs only the layers asked for', async () => {
    const input = JSON.stringify({ id: 'n1', text: 'Nega febbre.' }) + '\n' + JSON.stringify({ id: 'n2', text: 'Ecografia addome.' }) + '\n';
    const { code, out } = await run(['--jsonl', '-', '--model', SEED_FORMAT_MODEL, '--sources', 'lexicon,patterns'], input);
    assert.equal(code, 0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['n1', 'n2']);
    assert.ok(lines.flatMap((l) => l.entities).every((e: { source: string[] }) => !e.source.includes('model')));
  });

  it('shows a person the text with labelled spans and a table', async () => {
    const { code, out } = await run([note, '--model', SEED_FORMAT_MODEL, '--format', 'table']);
    assert.equal(code, 0);
    assert.match(out, /\[febbre\]PROBLEM/);
    assert.match(out, /\[dispnea\]PROBLEM:negated/);
    assert.match(out, /start\s+end\s+label\s+score/);
  });

  it('refuses a binary file with a clear message, annotates the others, and exits 1', async () => {
    const binary = path.join(dir, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const { code, out, err } = await run([binary, note, '--model', SEED_FORMAT_MODEL]);
    assert.equal(code, 1);
    assert.match(err, /scan\.txt: binary file/);
    assert.equal(out.trim().split('\n').length, 1);
  });

  it('exits 1 naming the file for a missing input or an invalid model folder', async () => {
    const missing = await run([path.join(dir, 'nope.txt'), '--model', SEED_FORMAT_MODEL]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt: no such file/);
    const badModel = await run([note, '--model', dir]);
    assert.equal(badModel.code, 1);
    assert.match(badModel.err, /model\.onnx/);
  });

  it('exits 2 with the usage for bad arguments', async () => {
    for (const args of [[], ['--format', 'xml', note], [note, '--sources', 'model,magic'], [note, '--bogus']]) {
      const { code, err } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /usage: clinical-ner/);
    }
  });

  it('annotates the notes of a folder but not its README, as the extension does', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'annotate-dir-'));
    try {
      mkdirSync(path.join(folder, 'reparto'));
      writeFileSync(path.join(folder, 'README.md'), '# Sample notes\nFictional notes for the demo.\n');
      writeFileSync(path.join(folder, 'reparto', 'readme.txt'), 'How these notes were written.\n');
      writeFileSync(path.join(folder, 'dimissione.txt'), NOTE);
      writeFileSync(path.join(folder, 'reparto', 'visita.md'), 'Visita: febbre, nega tosse.\n');
      const ids = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l).id);
      const byDefault = await run([folder, '--model', SEED_FORMAT_MODEL, '--sources', 'lexicon']);
      assert.equal(byDefault.code, 0);
      assert.deepEqual(ids(byDefault.out), ['dimissione.txt', 'reparto/visita.md']);
      const included = await run([folder, '--model', SEED_FORMAT_MODEL, '--sources', 'lexicon', '--include', 'reparto/**']);
      assert.deepEqual(ids(included.out), ['reparto/visita.md']);
      const everything = await run([folder, '--model', SEED_FORMAT_MODEL, '--sources', 'lexicon', '--exclude', '**/*.md', '--exclude', 'none']);
      assert.deepEqual(ids(everything.out), ['dimissione.txt', 'reparto/readme.txt'], 'an --exclude replaces the default');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('has the extension\'s clinicalNer.include and clinicalNer.exclude defaults', () => {
    const properties = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')).contributes.configuration.properties;
    assert.deepEqual(properties['clinicalNer.include'].default, DEFAULT_NOTE_INCLUDE);
    assert.deepEqual(properties['clinicalNer.exclude'].default, DEFAULT_NOTE_EXCLUDE);
    assert.ok(DEFAULT_NOTE_EXCLUDE.includes('**/README*'));
  });

  it('reports a malformed JSONL line with its number', async () => {
    const { code, err } = await run(['--jsonl', '-', '--model', SEED_FORMAT_MODEL], '{"id":"a","text":"febbre"}\n{oops\n');
    assert.equal(code, 1);
    assert.match(err, /stdin:2: not JSON/);
  });
});
