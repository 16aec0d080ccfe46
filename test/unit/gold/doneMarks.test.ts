import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseGoldDocument, serializeGoldDocument } from '../../../src/gold/goldDocumentSchema';
import { GoldStore } from '../../../src/gold/goldStore';
import { mergeDocument } from '../../../src/gold/mergeDocuments';
import { textHash } from '../../../src/gold/textHash';
import { decide, NOTE } from './decisionFixtures';

const T0 = '2025-03-01T10:00:00.000Z';

describe('notes marked done', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'done-'));
    file = path.join(dir, 'gold.jsonl');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes `done` on the line only once someone marked the note done, so older lines read and write as before', () => {
    const old = { id: 'a.txt', text: NOTE, textHash: textHash(NOTE), decisions: [decide('accepted', 'ECG', 'TEST', T0)], updated: T0 };
    const line = JSON.stringify(old);
    assert.equal(serializeGoldDocument(parseGoldDocument(JSON.parse(line))), line);
    const done = { ...old, done: [{ annotator: 'dr.rossi', time: T0 }] };
    assert.deepEqual(Object.keys(JSON.parse(serializeGoldDocument(done))), ['id', 'text', 'textHash', 'decisions', 'done', 'updated']);
    assert.throws(() => parseGoldDocument({ ...old, done: [{ annotator: 3 }] }), /done\[0\]\.annotator: not a string/);
  });

  it('marks a note done, even one without decisions, and takes the mark back, each annotator for themselves', async () => {
    const store = await GoldStore.open(file, { now: () => new Date(T0) });
    assert.equal(store.markDone('empty.txt', 'Nulla da segnalare.', 'dr.rossi', true), true);
    assert.equal(store.markDone('empty.txt', 'Nulla da segnalare.', 'dr.rossi', true), false, 'already done');
    store.markDone('empty.txt', 'Nulla da segnalare.', 'dr.bianchi', true);
    store.markDone('empty.txt', 'Nulla da segnalare.', 'dr.rossi', false);
    await store.flush();
    const reopened = await GoldStore.open(file);
    assert.deepEqual(reopened.getDocument('empty.txt')!.done, [{ annotator: 'dr.bianchi', time: T0 }]);
    assert.deepEqual(reopened.getDocument('empty.txt')!.decisions, []);
  });

  it('merges done marks like decisions: one added on disk joins, one taken back here stays taken back', () => {
    const base = { id: 'a.txt', text: NOTE, textHash: textHash(NOTE), decisions: [], done: [{ annotator: 'dr.rossi', time: T0 }], updated: T0 };
    const ours = { ...base, done: [], updated: '2025-03-02T00:00:00.000Z' };
    const theirs = { ...base, done: [...base.done, { annotator: 'dr.bianchi', time: T0 }], updated: '2025-03-02T00:00:01.000Z' };
    const merged = mergeDocument(base, ours, theirs);
    assert.equal(merged.kind, 'merged');
    assert.deepEqual(merged.kind === 'merged' && merged.document.done, [{ annotator: 'dr.bianchi', time: T0 }]);
  });
});
