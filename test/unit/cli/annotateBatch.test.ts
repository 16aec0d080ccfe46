import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAnnotate } from '../../../src/cli/commands/annotateCommand';
import { progressLine } from '../../../src/cli/progressLine';
import { smallNotes } from '../engine/batch/batchNotes';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';
import { textHash } from '../../../src/gold/textHash';
import { memoryIo } from './memoryIo';

const ROOT = path.resolve(__dirname, '../../..');
const NOTES = smallNotes(50);
const lineIds = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

describe('clinical-ner annotate DIR --out FILE --workers N', function () {
  this.timeout(120_000);
  let dir: string;
  let notesDir: string;
  let single: string;
  const annotate = async (...args: string[]) => {
    const { io, err, out } = memoryIo();
    const code = await runAnnotate([notesDir, '--model', SEED_FORMAT_MODEL, ...args], io);
    return { code, err: err(), out: out() };
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'annotate-batch-'));
    notesDir = path.join(dir, 'notes');
    mkdirSync(notesDir);
    for (const note of NOTES) writeFileSync(path.join(notesDir, `${note.id}.txt`), note.text);
    single = path.join(dir, 'single.jsonl');
    const run = await annotate('--out', single, '--workers', '1');
    assert.equal(run.code, 0, run.err);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one line per note, in file order, and reports progress on stderr', async () => {
    const file = path.join(dir, 'two.jsonl');
    const run = await annotate('--out', file, '--workers', '2');
    assert.equal(run.code, 0, run.err);
    assert.deepEqual(lineIds(file), NOTES.map((n) => `${n.id}.txt`));
    assert.match(run.err, /annotated 50\/50 notes, [\d.]+ notes\/s\n$/);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(single, 'utf8'));
    // each line carries the hash and length of its text, so that the extension can reuse it
    const first = JSON.parse(readFileSync(file, 'utf8').split('\n')[0]) as { textHash: string; length: number };
    assert.equal(first.textHash, textHash(NOTES[0].text));
    assert.equal(first.length, NOTES[0].text.length);
  });

  it('stops on SIGINT with a file that a second run completes, equal to a single-worker run', async () => {
    const file = path.join(dir, 'interrupted.jsonl');
    // under tsx, main.ts is not require.main: call main() the way the bundle's entry does
    const entry = "require('./src/cli/main.ts').main(process.argv.slice(1), process).then((c) => { process.exitCode = c; })";
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', entry, 'annotate', notesDir, '--model', SEED_FORMAT_MODEL, '--out', file, '--workers', '2'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += String(d); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const poll = setInterval(() => {
      if (existsSync(file) && readFileSync(file, 'utf8').length > 0) { clearInterval(poll); child.kill('SIGINT'); }
    }, 5);
    const code = await exited;
    clearInterval(poll);
    const written = lineIds(file);
    if (written.length < 50) {
      assert.equal(code, 130, stderr);
      assert.match(stderr, /interrupted after \d+\/50 notes; run the same command again to resume/);
    }
    assert.deepEqual(written, NOTES.slice(0, written.length).map((n) => `${n.id}.txt`));

    appendFileSync(file, '{"id":"note-0'); // and a line cut short by a harder kill
    const run = await annotate('--out', file, '--workers', '2');
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /removed a partial last line \(13 bytes\)/);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(single, 'utf8'));
  });

  it('skips every note on a second run', async () => {
    const file = path.join(dir, 'again.jsonl');
    writeFileSync(file, readFileSync(single, 'utf8'));
    const run = await annotate('--out', file);
    assert.equal(run.code, 0, run.err);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(single, 'utf8'));
  });

  it('writes to stdout in input order with --workers and no --out', async () => {
    const run = await annotate('--workers', '3');
    assert.equal(run.code, 0, run.err);
    assert.equal(run.out, readFileSync(single, 'utf8'));
  });

  it('refuses to write suggestions into a gold file', async () => {
    const gold = path.join(dir, 'gold.jsonl');
    const line = JSON.stringify({ id: 'note-000.txt', text: NOTES[0].text, textHash: 'h', decisions: [], updated: '2026-01-01T00:00:00Z' }) + '\n';
    writeFileSync(gold, line);
    const refused = await annotate('--out', gold);
    assert.equal(refused.code, 1, 'an input error');
    assert.match(refused.err, /gold file .*separate file/);
    assert.equal(readFileSync(gold, 'utf8'), line);
  });

  it('rejects a worker count that is not a whole number', async () => {
    const refused = await annotate('--workers', '0');
    assert.equal(refused.code, 2, 'a usage error');
    assert.match(refused.err, /--workers must be a whole number/);
    const table = await annotate('--workers', '2', '--format', 'table');
    assert.equal(table.code, 2, 'a usage error');
    assert.match(table.err, /--workers needs --format jsonl/);
  });

  it('formats progress as "annotated 1200/2000 notes, 45 notes/s, eta 18s"', () => {
    const line = progressLine({ done: 1200, total: 2000, annotated: 1200, skipped: 0, failed: 0, elapsedMs: 26_700, notesPerSecond: 45, etaSeconds: 17.8 });
    assert.equal(line, 'annotated 1200/2000 notes, 45 notes/s, eta 18s');
  });
});
