import { strict as assert } from 'node:assert';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { annotateBatch, type BatchProgress } from '../../../../src/engine/batch/batchAnnotator';
import { SuggestionFile } from '../../../../src/engine/batch/suggestionFile';
import { SEED_FORMAT_MODEL } from '../model/fixtures';
import { asBatch, smallNotes } from './batchNotes';

const NOTES = smallNotes(50);
// one ORT thread everywhere, so that runs with different worker counts do the same arithmetic
const OPTIONS = { modelDir: SEED_FORMAT_MODEL, pipelineOptions: { intraOpNumThreads: 1 } };

async function runToFile(file: string, workers: number, signal?: AbortSignal, onProgress?: (p: BatchProgress) => void, window?: number) {
  const out = SuggestionFile.open(file);
  try {
    return await annotateBatch(asBatch(NOTES), out, { ...OPTIONS, workers, signal, onProgress, window });
  } finally {
    out.close();
  }
}

const ids = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

describe('annotateBatch', function () {
  this.timeout(120_000);
  let dir: string;
  let single: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'batch-'));
    single = path.join(dir, 'single.jsonl');
    const result = await runToFile(single, 1);
    assert.equal(result.annotated, 50);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every note once, in input order, with the entities the engine finds', () => {
    assert.deepEqual(ids(single), NOTES.map((n) => n.id));
    const lines = readFileSync(single, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { entities: { start: number; end: number; text: string }[] });
    lines.forEach((line, i) => {
      for (const e of line.entities) assert.equal(NOTES[i].text.slice(e.start, e.end), e.text);
    });
    assert.ok(lines.some((l) => l.entities.length > 0), 'the fixture model finds some entities');
  });

  it('writes with four workers exactly what one worker writes', async () => {
    const file = path.join(dir, 'four.jsonl');
    const result = await runToFile(file, 4);
    assert.equal(result.workers, 4);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(single, 'utf8'));
  });

  it('stops on abort, then a resumed run completes the file as if never interrupted', async () => {
    const file = path.join(dir, 'resumed.jsonl');
    const controller = new AbortController();
    // a small window keeps most notes unsent when the abort comes, however fast the workers are
    const first = await runToFile(file, 3, controller.signal, (p) => { if (p.annotated === 12) controller.abort(); }, 3);
    assert.equal(first.aborted, true);
    const written = ids(file);
    assert.ok(written.length >= 12 && written.length < 50, `stopped early (${written.length} written)`);
    assert.deepEqual(written, NOTES.slice(0, written.length).map((n) => n.id));

    appendFileSync(file, '{"id":"note-0'); // a line cut short, as by a kill during the write
    const progress: BatchProgress[] = [];
    const second = await runToFile(file, 2, undefined, (p) => progress.push(p));
    assert.equal(second.aborted, false);
    assert.equal(second.skipped, written.length);
    assert.equal(second.annotated, 50 - written.length);
    assert.equal(progress.at(-1)?.done, 50);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(single, 'utf8'));
  });

  it('reports progress with a rate and an estimate of the time left', async () => {
    const file = path.join(dir, 'progress.jsonl');
    const progress: BatchProgress[] = [];
    await runToFile(file, 2, undefined, (p) => progress.push({ ...p }));
    assert.deepEqual(progress.map((p) => p.done), NOTES.map((_, i) => i + 1));
    assert.ok(progress.every((p) => p.total === 50 && p.notesPerSecond > 0));
    assert.ok(progress[0].etaSeconds !== undefined && progress[0].etaSeconds > 0);
  });

  it('reports a document that cannot be read and writes the others; a later run retries it', async () => {
    const file = path.join(dir, 'failing.jsonl');
    const docs = asBatch(NOTES.slice(0, 5));
    docs[2] = { id: docs[2].id, load: () => { throw new Error('note-002: permission denied'); } };
    const out = SuggestionFile.open(file);
    const result = await annotateBatch(docs, out, { ...OPTIONS, workers: 2 });
    out.close();
    assert.deepEqual(result.failed, [{ id: 'note-002', message: 'note-002: permission denied' }]);
    assert.deepEqual(ids(file), ['note-000', 'note-001', 'note-003', 'note-004']);
  });

  it("turns off the tokenizers library's own threads for a pool of workers, unless the user chose", async () => {
    const before = process.env.TOKENIZERS_PARALLELISM;
    const run = async (name: string, workers: number) => {
      const out = SuggestionFile.open(path.join(dir, name));
      await annotateBatch(asBatch(NOTES.slice(0, 2)), out, { ...OPTIONS, workers });
      out.close();
    };
    try {
      delete process.env.TOKENIZERS_PARALLELISM;
      await run('one-worker.jsonl', 1);
      assert.equal(process.env.TOKENIZERS_PARALLELISM, undefined);
      await run('two-workers.jsonl', 2);
      assert.equal(process.env.TOKENIZERS_PARALLELISM, 'false');
      process.env.TOKENIZERS_PARALLELISM = 'true';
      await run('user-choice.jsonl', 2);
      assert.equal(process.env.TOKENIZERS_PARALLELISM, 'true');
    } finally {
      if (before === undefined) delete process.env.TOKENIZERS_PARALLELISM;
      else process.env.TOKENIZERS_PARALLELISM = before;
    }
  });

  it('does nothing when every document is already written', async () => {
    const file = path.join(dir, 'complete.jsonl');
    writeFileSync(file, readFileSync(single, 'utf8'));
    const result = await runToFile(file, 2);
    assert.deepEqual({ annotated: result.annotated, skipped: result.skipped }, { annotated: 0, skipped: 50 });
    assert.equal(readFileSync(file, 'utf8'), readFileSync(single, 'utf8'));
  });
});
