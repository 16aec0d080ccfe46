import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runEval } from '../../../src/cli/commands/evalCommand';
import type { Label } from '../../../src/engine/entity';
import { GoldStore } from '../../../src/gold/goldStore';
import { memoryIo } from './memoryIo';

const TEXT = 'Riferisce dispnea da sforzo. Eseguita spirometria. Avvia salbutamolo.';
const span = (words: string, label: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, label });

describe('clinical-ner eval', () => {
  let dir: string;
  let goldFile: string;
  let predFile: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'eval-'));
    goldFile = path.join(dir, 'gold.jsonl');
    predFile = path.join(dir, 'pred.jsonl');
    const store = await GoldStore.open(goldFile);
    for (const [words, label] of [['dispnea da sforzo', 'PROBLEM'], ['spirometria', 'TEST'], ['salbutamolo', 'TREATMENT']] as const) {
      const s = span(words, label);
      store.recordDecision('note/1.txt', TEXT, { kind: 'accepted', start: s.start, end: s.end, label, text: words, annotator: 'dr.verdi', time: '2025-03-01T10:00:00Z' });
    }
    await store.flush();
    const pred = { id: 'note/1.txt', entities: [span('dispnea', 'PROBLEM'), span('spirometria', 'TEST')] };
    await fs.writeFile(predFile, JSON.stringify(pred) + '\n');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('prints strict and overlap scores, the confusion matrix and the worst documents', async () => {
    const { io, out } = memoryIo();
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile], io), 0);
    assert.match(out(), /PROBLEM\s+0\.0\s+0\.0\s+0\.0\s+100\.0\s+100\.0\s+100\.0/);
    assert.match(out(), /micro\s+50\.0\s+33\.3\s+40\.0\s+100\.0\s+66\.7\s+80\.0/);
    assert.match(out(), /confusion matrix/);
    assert.match(out(), /note\/1\.txt\s+40\.0/);
  });

  it('writes JSON and accepts {id, text, entities} gold', async () => {
    const plainGold = path.join(dir, 'plain.jsonl');
    await fs.writeFile(plainGold, JSON.stringify({ id: 'note/1.txt', text: TEXT, entities: [span('spirometria', 'TEST')] }) + '\n');
    const { io, out } = memoryIo();
    assert.equal(await runEval(['--gold', plainGold, '--pred', predFile, '--labels', 'TEST', '--format', 'json'], io), 0);
    const result = JSON.parse(out());
    assert.deepEqual(result.labels, ['TEST']);
    assert.equal(result.strict.micro.f1, 1);
  });

  it('writes a markdown table', async () => {
    const { io, out } = memoryIo();
    await runEval(['--gold', goldFile, '--pred', predFile, '--format', 'markdown'], io);
    assert.match(out(), /^\| label \| strict P/m);
  });

  it('reports assertion accuracy and the status confusion when the gold carries statuses', async () => {
    const statusGold = path.join(dir, 'statuses.jsonl');
    const gold = { id: 'note/1.txt', text: TEXT, entities: [{ ...span('dispnea da sforzo', 'PROBLEM'), assertion: 'present' }, { ...span('salbutamolo', 'TREATMENT'), assertion: 'hypothetical' }] };
    await fs.writeFile(statusGold, JSON.stringify(gold) + '\n');
    const pred = { id: 'note/1.txt', entities: [{ ...span('dispnea', 'PROBLEM'), assertion: 'negated' }, { ...span('salbutamolo', 'TREATMENT'), assertion: 'hypothetical' }] };
    await fs.writeFile(predFile, JSON.stringify(pred) + '\n');
    const { io, out } = memoryIo();
    assert.equal(await runEval(['--gold', statusGold, '--pred', predFile], io), 0);
    assert.match(out(), /Assertion on overlap-matched pairs .*: accuracy 50\.0% \(1 of 2 pairs\)/);
    assert.match(out(), /^hypothetical\s+100\.0\s+100\.0\s+100\.0\s+1\s+1$/m);
    const json = memoryIo();
    await runEval(['--gold', statusGold, '--pred', predFile, '--format', 'json'], json.io);
    assert.equal(JSON.parse(json.out()).assertion.confusion.present.negated, 1);
  });

  it('leaves the assertion section out when the gold has no statuses', async () => {
    const { io, out } = memoryIo();
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile, '--format', 'json'], io), 0);
    assert.equal(JSON.parse(out()).assertion, undefined);
  });

  it('exits 1 on an unknown status, naming the line', async () => {
    await fs.writeFile(predFile, JSON.stringify({ id: 'note/1.txt', entities: [{ ...span('dispnea', 'PROBLEM'), assertion: 'planned' }] }) + '\n');
    const { io, err } = memoryIo();
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile], io), 1);
    assert.equal(err(), `clinical-ner eval: ${predFile}:1: entities[0].assertion: unknown status "planned"\n`);
  });

  it('exits 2 on a usage error', async () => {
    const { io, err } = memoryIo();
    assert.equal(await runEval(['--gold', goldFile], io), 2);
    assert.match(err(), /--pred is required/);
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile, '--labels', 'DISEASE'], memoryIo().io), 2);
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile, '--bogus'], memoryIo().io), 2);
  });

  it('says how many notes are fully reviewed and does not count what nobody decided on as false positives', async () => {
    const second = 'Lamenta cefalea. Eseguita TC encefalo. Prescritto paracetamolo.';
    const at = (words: string, label: Label) => ({ start: second.indexOf(words), end: second.indexOf(words) + words.length, label });
    const store = await GoldStore.open(goldFile);
    // note/2.txt: the reviewer accepted cefalea and rejected the TEST suggestion "Eseguita", then stopped
    store.recordDecision('note/2.txt', second, { kind: 'accepted', ...at('cefalea', 'PROBLEM'), text: 'cefalea', annotator: 'dr.verdi', time: '2025-03-02T10:00:00Z' });
    store.recordDecision('note/2.txt', second, { kind: 'rejected', ...at('Eseguita', 'TEST'), text: 'Eseguita', annotator: 'dr.verdi', time: '2025-03-02T10:01:00Z' });
    await store.flush();
    const pred = { id: 'note/2.txt', entities: [at('cefalea', 'PROBLEM'), at('Eseguita', 'TEST'), at('TC encefalo', 'TEST'), at('paracetamolo', 'TREATMENT')] };
    await fs.appendFile(predFile, JSON.stringify(pred) + '\n');

    const { io, out } = memoryIo();
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile, '--format', 'json'], io), 0);
    const result = JSON.parse(out());
    assert.deepEqual(result.review, { done: 0, fullyReviewed: 1, partlyReviewed: [{ id: 'note/2.txt', undecided: 2 }], undecidedCounted: false });
    const note2 = result.documents.find((d: { id: string }) => d.id === 'note/2.txt');
    assert.deepEqual([note2.strict.tp, note2.strict.fp, note2.strict.fn], [1, 1, 0], 'the rejected suggestion is a false positive; TC encefalo and paracetamolo are not');

    const table = memoryIo();
    await runEval(['--gold', goldFile, '--pred', predFile], table.io);
    assert.match(table.out(), /1 of 2 gold document\(s\) fully reviewed \(0 marked done\); in the 1 partly reviewed, 2 predicted span\(s\) where no decision was taken were left out of the scores, not counted as false positives: note\/2\.txt \(2\)/);

    const counted = memoryIo();
    await runEval(['--gold', goldFile, '--pred', predFile, '--format', 'json', '--count-undecided'], counted.io);
    const withUndecided = JSON.parse(counted.out()).documents.find((d: { id: string }) => d.id === 'note/2.txt');
    assert.equal(withUndecided.strict.fp, 3);
  });

  it('counts every prediction of a note marked done, and scores only the done notes with --done-only', async () => {
    const second = 'Lamenta cefalea. Eseguita TC encefalo.';
    const at = (words: string, label: Label) => ({ start: second.indexOf(words), end: second.indexOf(words) + words.length, label });
    const store = await GoldStore.open(goldFile);
    store.recordDecision('note/2.txt', second, { kind: 'accepted', ...at('cefalea', 'PROBLEM'), text: 'cefalea', annotator: 'dr.verdi', time: '2025-03-02T10:00:00Z' });
    store.markDone('note/2.txt', second, 'dr.verdi', true);
    await store.flush();
    await fs.appendFile(predFile, JSON.stringify({ id: 'note/2.txt', entities: [at('cefalea', 'PROBLEM'), at('TC encefalo', 'TEST')] }) + '\n');

    const all = memoryIo();
    await runEval(['--gold', goldFile, '--pred', predFile, '--format', 'json'], all.io);
    const result = JSON.parse(all.out());
    assert.equal(result.review.done, 1);
    assert.equal(result.documents.find((d: { id: string }) => d.id === 'note/2.txt').strict.fp, 1, 'done: "TC encefalo" was reviewed and left out of gold, a false positive');

    const doneOnly = memoryIo();
    await runEval(['--gold', goldFile, '--pred', predFile, '--format', 'json', '--done-only'], doneOnly.io);
    assert.deepEqual(JSON.parse(doneOnly.out()).documents.map((d: { id: string }) => d.id), ['note/2.txt']);
    assert.match(doneOnly.err(), /1 of 2 note\(s\) marked done, only those scored/);
  });

  it("asks whose gold to score when several annotators decided in a note, and scores the one named", async () => {
    const store = await GoldStore.open(goldFile);
    const s = span('spirometria', 'TEST');
    store.recordDecision('note/1.txt', TEXT, { kind: 'rejected', ...s, label: 'TEST', text: 'spirometria', annotator: 'dr.bruni', time: '2025-03-03T10:00:00Z' });
    await store.flush();
    const ambiguous = memoryIo();
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile], ambiguous.io), 1);
    assert.match(ambiguous.err(), /note\/1\.txt has decisions by several annotators \(dr\.bruni, dr\.verdi\): name one with --annotator/);
    const chosen = memoryIo();
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile, '--annotator', 'dr.bruni', '--format', 'json'], chosen.io), 0);
    assert.equal(JSON.parse(chosen.out()).strict.micro.tp, 0, "dr.bruni's gold has no span");
  });

  it('lists every predicted document that has no gold', async () => {
    const others = Array.from({ length: 7 }, (_, i) => `altro/${i + 1}.txt`);
    await fs.appendFile(predFile, others.map((id) => JSON.stringify({ id, entities: [] }) + '\n').join(''));
    const { io, out } = memoryIo();
    await runEval(['--gold', goldFile, '--pred', predFile], io);
    assert.match(out(), new RegExp(`7 predicted document\\(s\\) have no gold and were not scored: ${others.join(', ').replace(/[/.]/g, '\\$&')}`));
  });

  it('exits 1 naming the file and line of bad input', async () => {
    await fs.appendFile(predFile, '{"id": "note/2.txt", "entities": [{"start": 0, "end": 4, "label": "DRUG"}]}\n');
    const { io, err } = memoryIo();
    assert.equal(await runEval(['--gold', goldFile, '--pred', predFile], io), 1);
    assert.equal(err(), `clinical-ner eval: ${predFile}:2: unknown label "DRUG"\n`);
    assert.equal(await runEval(['--gold', path.join(dir, 'missing.jsonl'), '--pred', predFile], memoryIo().io), 1);
  });
});
