import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runImport } from '../../../src/cli/commands/importCommand';
import { GoldStore } from '../../../src/gold/goldStore';
import { memoryIo } from './memoryIo';

const TEXT = 'Riferisce cefalea 🤕 da tre giorni. Prescritto ibuprofene.';

describe('clinical-ner import', () => {
  let dir: string;
  let gold: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'import-cli-'));
    gold = path.join(dir, '.clinical-ner', 'gold.jsonl');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('imports a brat folder as decisions of the annotator named, with statuses and codes, and says what it did', async () => {
    const brat = path.join(dir, 'brat', 'neuro');
    await fs.mkdir(brat, { recursive: true });
    await fs.writeFile(path.join(brat, 'n1.txt'), TEXT);
    await fs.writeFile(path.join(brat, 'n1.ann'), 'T1\tPROBLEM 10 17\tcefalea\nA1\tNegated T1\nT2\tTREATMENT 46 56\tibuprofene\nN1\tReference T2 ATC:M01AE01\tibuprofene\n');
    const { io, err } = memoryIo();
    assert.equal(await runImport(['--from', 'brat', path.join(dir, 'brat'), '--out', gold, '--annotator', 'dr.gialli'], io), 0);
    assert.match(err(), /^imported 2 decision\(s\) for dr\.gialli from 1 document\(s\) of 2 span\(s\) \(brat\)/);
    const doc = (await GoldStore.open(gold)).getDocument('neuro/n1')!;
    assert.deepEqual(doc.decisions.map((d) => [d.kind, d.text, d.annotator, d.assertion, d.code]), [
      ['added', 'cefalea', 'dr.gialli', 'negated', undefined],
      ['added', 'ibuprofene', 'dr.gialli', undefined, 'ATC:M01AE01'],
    ]);
  });

  it('reports the labels it cannot map with the line, imports the rest, exits 1, and maps them with --map', async () => {
    const file = path.join(dir, 'doccano.jsonl');
    await fs.writeFile(file, JSON.stringify({ id: 'n1', text: TEXT, label: [[10, 17, 'SINTOMO'], [46, 56, 'TREATMENT']] }) + '\n');
    const first = memoryIo();
    assert.equal(await runImport(['--from', 'doccano', file, '--out', gold], first.io), 1);
    assert.match(first.err(), /left out 1 span\(s\):\n {2}n1 line 1 \[10, 17\) SINTOMO: unknown label "SINTOMO" \(map it, e\.g\. SINTOMO=PROBLEM\)/);
    const second = memoryIo();
    assert.equal(await runImport(['--from', 'doccano', file, '--out', gold, '--map', 'SINTOMO=PROBLEM'], second.io), 0);
    assert.match(second.err(), /imported 1 decision\(s\).*; 1 already there/);
    assert.equal((await GoldStore.open(gold)).getDocument('n1')!.decisions.length, 2);
  });

  it('says in one line what is wrong with a file that is not of the format named, and leaves the gold file alone', async () => {
    const file = path.join(dir, 'notes.txt');
    await fs.writeFile(file, 'Cefalea.\n');
    const { io, err } = memoryIo();
    assert.equal(await runImport(['--from', 'spacy', file, '--out', gold], io), 1);
    assert.match(err(), /^clinical-ner import: .*notes\.txt: line 1: invalid JSON: .* \(is it spacy\?\)\n$/);
    await assert.rejects(fs.stat(gold));
  });

  it('exits 2 on usage errors: no input, a bad --map, a folder for a one-file format', async () => {
    assert.equal(await runImport(['--from', 'brat', '--out', gold], memoryIo().io), 2);
    assert.equal(await runImport(['--from', 'brat', dir, '--out', gold, '--map', 'X=DRUG'], memoryIo().io), 2);
    const { io, err } = memoryIo();
    assert.equal(await runImport(['--from', 'doccano', dir, '--out', gold], io), 1);
    assert.match(err(), /is a folder; doccano is read from one file/);
  });
});
