import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileNotes, MarkupError, notesFromGoldFile, parseMarkup, parseNotesFile, splitOf } from '../../../training/compileNotes';
import type { Decision } from '../../../src/gold/decision';
import { serializeGoldFile } from '../../../src/gold/goldFile';
import { textHash } from '../../../src/gold/textHash';

describe('the notes compiler', () => {
  it('turns inline markup into text and UTF-16 spans, emoji and accents included', () => {
    const { text, entities } = parseMarkup('😀 Nega [febbre|P], [ECG|T] ok, [ramipril|R] 5 mg; attività [dell’addome|P].', 'x');
    assert.equal(text, '😀 Nega febbre, ECG ok, ramipril 5 mg; attività dell’addome.');
    for (const e of entities) assert.equal(text.slice(e.start, e.end), e.text);
    assert.deepEqual(entities.map((e) => e.label), ['PROBLEM', 'TEST', 'TREATMENT', 'PROBLEM']);
  });

  it('rejects unknown labels, unclosed and nested brackets and spaces at span edges', () => {
    for (const bad of ['[febbre|X]', '[febbre|P', 'febbre]', '[[febbre|P]|P]', '[ febbre|P]']) {
      assert.throws(() => parseMarkup(bad, 'n'), MarkupError, bad);
    }
  });

  it('reports a bad note and keeps the good ones of the same file', () => {
    const { notes, errors } = parseNotesFile('### n1 | ps | cardiologia\n[febbre|P]\n### n2 | ps | cardiologia\n[tosse|Q]\n', 'f.txt');
    assert.deepEqual(notes.map((n) => n.id), ['n1']);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /f\.txt:3 \(n2\): unknown label "Q"/);
  });

  it('assigns a split that depends on the note id alone', () => {
    assert.equal(splitOf('a-dim-001'), splitOf('a-dim-001'));
    const splits = new Set(Array.from({ length: 200 }, (_, i) => splitOf(`note-${i}`)));
    assert.deepEqual([...splits].sort(), ['dev', 'test', 'train']);
  });

  it('compiles every committed note without an error, with more than 400 notes and 80,000 words', () => {
    const { notes, errors } = compileNotes();
    assert.deepEqual(errors, []);
    assert.ok(notes.length >= 400, `${notes.length} notes`);
    const words = notes.reduce((sum, n) => sum + (n.text.match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);
    assert.ok(words >= 80_000, `${words} words`);
    for (const note of notes) for (const e of note.entities) assert.equal(note.text.slice(e.start, e.end), e.text);
  });

  it('adds documents reviewed in the extension, without the spans an edit made stale', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gold-notes-'));
    const text = 'Nega febbre. Dolore toracico.';
    const decision = (start: number, end: number, shown: string): Decision =>
      ({ kind: 'accepted', start, end, label: 'PROBLEM', text: shown, annotator: 'dr.rossi', time: '2026-01-01T10:00:00.000Z' });
    const file = path.join(dir, 'gold.jsonl');
    writeFileSync(file, serializeGoldFile([{ kind: 'document', document: {
      id: 'note.txt', text, textHash: textHash(text), updated: '2026-01-01T10:00:00.000Z',
      decisions: [decision(5, 11, 'febbre'), decision(13, 28, 'Dolore X')],
    } }]));
    const [note] = notesFromGoldFile(file);
    assert.equal(note.id, 'gold:note.txt');
    assert.deepEqual(note.entities.map((e) => e.text), ['febbre']);
  });
});
