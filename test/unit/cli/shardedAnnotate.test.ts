import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAnnotate } from '../../../src/cli/commands/annotateCommand';
import { runMergeSuggestions } from '../../../src/cli/commands/mergeSuggestionsCommand';
import { parseStoredSuggestions, storedEntitiesFor } from '../../../src/engine/batch/storedSuggestions';
import { textHash } from '../../../src/gold/textHash';
import { smallNotes } from '../engine/batch/batchNotes';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';
import { memoryIo } from './memoryIo';

// ids whose order depends on the collation (accents, capitals, sub-folders): the joined file must
// follow the folder run's order all the same
const NOTES = smallNotes(30).map((note, i) => ({ ...note, id: [`reparto-${i % 3}/${note.id}`, `Ecografia-${i}`, `émato-${i}`][i % 3] }));
const lineIds = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

describe('clinical-ner annotate DIR --shard K/N and merge-suggestions', function () {
  this.timeout(120_000);
  let dir: string;
  let notesDir: string;
  let unsharded: string;
  const annotate = async (...args: string[]) => {
    const { io, err } = memoryIo();
    const code = await runAnnotate([notesDir, '--model', SEED_FORMAT_MODEL, '--workers', '1', ...args], io);
    return { code, err: err() };
  };
  const merge = async (...args: string[]) => {
    const { io, err } = memoryIo();
    const code = await runMergeSuggestions(args, io);
    return { code, err: err() };
  };
  const shardFile = (k: number) => path.join(dir, `shard-${k}.jsonl`);
  const writeNotes = (notes: { id: string; text: string }[]) => {
    for (const note of notes) {
      const file = path.join(notesDir, `${note.id}.txt`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, note.text);
    }
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sharded-annotate-'));
    notesDir = path.join(dir, 'notes');
    writeNotes(NOTES);
    unsharded = path.join(dir, 'unsharded.jsonl');
    const run = await annotate('--out', unsharded);
    assert.equal(run.code, 0, run.err);
    for (let k = 0; k < 3; k++) {
      const shard = await annotate('--shard', `${k}/3`, '--out', shardFile(k));
      assert.equal(shard.code, 0, shard.err);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('splits the notes among the shards, each note in one of them', () => {
    const parts = [0, 1, 2].map((k) => lineIds(shardFile(k)));
    for (const part of parts) assert.ok(part.length > 0 && part.length < NOTES.length, `shard sizes ${parts.map((p) => p.length).join(', ')}`);
    assert.deepEqual(parts.flat().sort(), lineIds(unsharded).sort());
  });

  it('joins the shard files into exactly the unsharded run\'s file, line for line', async () => {
    const joined = path.join(dir, 'joined.jsonl');
    const run = await merge(shardFile(2), shardFile(0), shardFile(1), '--out', joined);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /joined 3 file\(s\) \(\d+ \+ \d+ \+ \d+ notes\) into .*joined\.jsonl: 30 notes\n$/);
    assert.equal(readFileSync(joined, 'utf8'), readFileSync(unsharded, 'utf8'));
  });

  it('writes a joined file that the extension\'s reader uses for the notes\' current text', async () => {
    const joined = path.join(dir, 'for-review.jsonl');
    assert.equal((await merge(shardFile(0), shardFile(1), shardFile(2), '--out', joined)).code, 0);
    const stored = parseStoredSuggestions(readFileSync(joined, 'utf8'));
    assert.equal(stored.size, NOTES.length);
    for (const note of NOTES) {
      const entities = storedEntitiesFor(stored.get(`${note.id}.txt`)!, note.text, textHash(note.text));
      assert.ok(entities && entities.length > 0, note.id);
    }
  });

  it('keeps each note in its shard when notes are added, and resumes the shard with only the new ones', async () => {
    const before = readFileSync(shardFile(1), 'utf8');
    const added = smallNotes(45).slice(30).map((n) => ({ ...n, id: `aggiunte/${n.id}` }));
    try {
      writeNotes(added);
      const run = await annotate('--shard', '1/3', '--out', shardFile(1));
      assert.equal(run.code, 0, run.err);
      const after = readFileSync(shardFile(1), 'utf8');
      assert.ok(after.startsWith(before), 'the lines written before are untouched');
      const newIds = after.slice(before.length).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
      assert.ok(newIds.length > 0 && newIds.length < added.length, `some of the 15 new notes fall in shard 1: ${newIds.length}`);
      assert.ok(newIds.every((id) => id.startsWith('aggiunte/')), `only new notes were annotated: ${newIds.join(', ')}`);
    } finally {
      for (const note of added) rmSync(path.join(notesDir, `${note.id}.txt`));
      rmSync(path.join(notesDir, 'aggiunte'), { recursive: true });
      writeFileSync(shardFile(1), before);
    }
  });

  it('refuses a shard file whose last line was cut short, and writes nothing', async () => {
    const cut = path.join(dir, 'cut.jsonl');
    writeFileSync(cut, readFileSync(shardFile(0), 'utf8') + '{"id":"reparto-0/note-0');
    const joined = path.join(dir, 'never.jsonl');
    const run = await merge(shardFile(1), cut, '--out', joined);
    assert.equal(run.code, 1, run.err);
    assert.match(run.err, /cut\.jsonl: its last line is cut short, so its shard was interrupted; run that shard's command again to finish it/);
    assert.equal(existsSync(joined), false);
  });

  it('refuses a gold file and a note with different suggestions in two files, leaving the output as it was', async () => {
    const joined = path.join(dir, 'kept.jsonl');
    writeFileSync(joined, 'as before\n');
    const gold = path.join(dir, 'gold.jsonl');
    writeFileSync(gold, JSON.stringify({ id: 'Ecografia-1', text: 'Ecografia addome.', textHash: 'h', decisions: [] }) + '\n');
    const refusedGold = await merge(shardFile(0), gold, '--out', joined);
    assert.equal(refusedGold.code, 1);
    assert.match(refusedGold.err, /gold\.jsonl:1: a gold line \(it holds decisions\)/);

    const other = path.join(dir, 'other-run.jsonl');
    const [first] = readFileSync(shardFile(0), 'utf8').split('\n');
    writeFileSync(other, JSON.stringify({ ...JSON.parse(first), entities: [] }) + '\n');
    const refusedConflict = await merge(shardFile(0), other, '--out', joined);
    assert.equal(refusedConflict.code, 1);
    assert.match(refusedConflict.err, /has different suggestions in both .*shard-0\.jsonl and .*other-run\.jsonl: were these shards of one run/);
    assert.equal(readFileSync(joined, 'utf8'), 'as before\n');
  });

  it('writes a line found identically in two files once', async () => {
    const copy = path.join(dir, 'shard-0-copy.jsonl');
    writeFileSync(copy, readFileSync(shardFile(0), 'utf8'));
    appendFileSync(copy, '\n');
    const joined = path.join(dir, 'with-copy.jsonl');
    const run = await merge(shardFile(0), shardFile(1), shardFile(2), copy, '--out', joined);
    assert.equal(run.code, 0, run.err);
    assert.match(run.err, /identical line\(s\) found in more than one file, written once/);
    assert.equal(readFileSync(joined, 'utf8'), readFileSync(unsharded, 'utf8'));
  });

  it('answers a malformed --shard or a merge without --out with its usage', async () => {
    const shard = await annotate('--shard', '3/3', '--out', path.join(dir, 'x.jsonl'));
    assert.equal(shard.code, 2);
    assert.match(shard.err, /K counts from 0, so it must be below N/);
    const noOut = await merge(shardFile(0));
    assert.equal(noOut.code, 2);
    assert.match(noOut.err, /--out FILE is required\nusage: clinical-ner merge-suggestions/);
  });
});
