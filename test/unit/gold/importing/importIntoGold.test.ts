import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { annotatorView } from '../../../../src/gold/annotators';
import { deriveGoldSpans } from '../../../../src/gold/goldDocument';
import { GoldStore } from '../../../../src/gold/goldStore';
import { readImport } from '../../../../src/gold/importing/importFormats';
import { importIntoGold } from '../../../../src/gold/importing/importIntoGold';
import { parseLabelMapping } from '../../../../src/gold/importing/labelMapping';
import { decide, NOTE } from '../decisionFixtures';

const TIME = '2025-05-02T08:00:00.000Z';
const options = { mapping: new Map(), annotator: 'dr.verdi', time: TIME };
const doccano = (text: string, spans: [number, number, string][], id = 'note/a.txt') => [{ path: 'in.jsonl', content: JSON.stringify({ id, text, label: spans }) + '\n' }];
const at = (words: string): [number, number] => [NOTE.indexOf(words), NOTE.indexOf(words) + words.length];

describe('importing annotations into a gold file', () => {
  let dir: string;
  let store: GoldStore;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'import-'));
    store = await GoldStore.open(path.join(dir, 'gold.jsonl'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('records each span as an added decision of the person importing when the file names nobody', () => {
    const report = importIntoGold(store, 'doccano', readImport('doccano', doccano(NOTE, [[...at('dolore toracico'), 'PROBLEM'], [...at('aspirina'), 'TREATMENT']])), options);
    assert.equal(report.imported, 2);
    assert.deepEqual(report.annotators, ['dr.verdi']);
    const doc = store.getDocument('note/a.txt')!;
    assert.deepEqual(doc.decisions.map((d) => [d.kind, d.text, d.annotator, d.time]), [['added', 'dolore toracico', 'dr.verdi', TIME], ['added', 'aspirina', 'dr.verdi', TIME]]);
  });

  it("keeps each Label Studio annotator's spans apart, so that neither overwrites the other", () => {
    const result = (email: string, label: string) => ({ completed_by: { email }, result: [{ id: 'r', type: 'labels', value: { start: at('ECG')[0], end: at('ECG')[1], labels: [label] } }] });
    const tasks = [{ data: { text: NOTE, doc_id: 'note/a.txt' }, annotations: [result('rossi@asl.it', 'TEST'), result('bruni@asl.it', 'PROBLEM')] }];
    importIntoGold(store, 'label-studio', readImport('label-studio', [{ path: 'ls.json', content: JSON.stringify(tasks) }]), options);
    const doc = store.getDocument('note/a.txt')!;
    assert.deepEqual(deriveGoldSpans(annotatorView(doc, 'rossi@asl.it')).map((s) => s.label), ['TEST']);
    assert.deepEqual(deriveGoldSpans(annotatorView(doc, 'bruni@asl.it')).map((s) => s.label), ['PROBLEM']);
  });

  it('adds nothing the second time the same file is imported', () => {
    const files = doccano(NOTE, [[...at('ECG'), 'TEST']]);
    importIntoGold(store, 'doccano', readImport('doccano', files), options);
    const again = importIntoGold(store, 'doccano', readImport('doccano', files), { ...options, time: '2025-05-03T08:00:00.000Z' });
    assert.equal(again.imported, 0);
    assert.equal(again.alreadyInGold, 1);
    assert.equal(store.getDocument('note/a.txt')!.decisions.length, 1);
  });

  it('leaves out a note whose text differs from the one in gold, and the spans it cannot map, saying why', () => {
    store.recordDecision('note/a.txt', NOTE, decide('accepted', 'ECG', 'TEST', TIME));
    const edited = NOTE.replace('Paziente', 'Pz');
    const report = importIntoGold(store, 'doccano', readImport('doccano', [...doccano(edited, [[0, 2, 'PROBLEM']]), ...doccano(NOTE, [[0, 8, 'PERSON']], 'note/b.txt')]), options);
    assert.deepEqual(report.documentsLeftOut.map((d) => [d.docId, d.reason]), [['note/a.txt', 'the gold file has this note with another text; its offsets would not fit']]);
    assert.deepEqual(report.problems.map((p) => [p.docId, p.reason]), [['note/b.txt', 'unknown label "PERSON" (map it, e.g. PERSON=PROBLEM)']]);
    assert.equal(store.getDocument('note/a.txt')!.text, NOTE);
  });

  it('maps labels with --map', () => {
    const report = importIntoGold(store, 'doccano', readImport('doccano', doccano(NOTE, [[0, 8, 'PERSON'], [...at('ECG'), 'ESAME']])), { ...options, mapping: parseLabelMapping('ESAME=TEST,PERSON=') });
    assert.equal(report.imported, 1);
    assert.deepEqual(report.problems.map((p) => p.reason), ['left out by the label map']);
  });

  it("merges a gold file's own documents decision by decision, keeping annotators, times and done marks", async () => {
    store.recordDecision('note/a.txt', NOTE, decide('accepted', 'ECG', 'TEST', TIME));
    const other = await GoldStore.open(path.join(dir, 'other.jsonl'));
    other.recordDecision('note/a.txt', NOTE, decide('accepted', 'ECG', 'TEST', TIME));
    other.recordDecision('note/a.txt', NOTE, decide('rejected', 'aspirina', 'TREATMENT', TIME, { annotator: 'dr.bruni' }));
    other.markDone('note/a.txt', NOTE, 'dr.bruni', true);
    await other.flush();
    const content = await fs.readFile(other.path, 'utf8');
    const report = importIntoGold(store, 'native', readImport('native', [{ path: 'other.jsonl', content }]), options);
    assert.deepEqual([report.imported, report.alreadyInGold, report.annotators], [1, 1, ['dr.bruni', 'dr.rossi']]);
    const doc = store.getDocument('note/a.txt')!;
    assert.deepEqual(doc.decisions.map((d) => d.annotator), ['dr.rossi', 'dr.bruni']);
    assert.deepEqual(doc.done?.map((m) => m.annotator), ['dr.bruni']);
  });
});
