import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runExport } from '../../../src/cli/commands/exportCommand';
import { readBrat } from '../../../src/gold/formats/bratStandoff';
import { readConll } from '../../../src/gold/formats/conll';
import { importNative } from '../../../src/gold/formats/nativeJsonl';
import { readSeedLayout } from '../../../src/gold/formats/seedLayout';
import { readSpacy } from '../../../src/gold/formats/spacyJsonl';
import { GoldStore } from '../../../src/gold/goldStore';
import { placed } from '../gold/formatArbitraries';
import { memoryIo } from './memoryIo';

const TEXT = 'Non riferisce febbre 🤒. Emocromo: anemia microcitica.';

describe('clinical-ner export', () => {
  let dir: string;
  let goldFile: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'export-'));
    goldFile = path.join(dir, 'gold.jsonl');
    const store = await GoldStore.open(goldFile);
    const decide = (words: string, label: 'PROBLEM' | 'TEST', extra = {}) => {
      const start = TEXT.indexOf(words);
      store.recordDecision('ward/n1.txt', TEXT, { kind: 'added', start, end: start + words.length, label, text: words, annotator: 'dr.neri', time: '2025-03-01T10:00:00Z', ...extra });
    };
    decide('febbre', 'PROBLEM', { assertion: 'negated' });
    decide('Emocromo', 'TEST');
    decide('anemia microcitica', 'PROBLEM');
    decide('anemia', 'PROBLEM');
    await store.flush();
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes native JSONL that reads back as the gold file', async () => {
    const out = path.join(dir, 'native.jsonl');
    assert.equal(await runExport(['--gold', goldFile, '--format', 'native', '--out', out], memoryIo().io), 0);
    assert.deepEqual(importNative(await fs.readFile(out, 'utf8')), importNative(await fs.readFile(goldFile, 'utf8')));
  });

  it('writes spaCy JSONL in code points', async () => {
    const out = path.join(dir, 'spacy.jsonl');
    await runExport(['--gold', goldFile, '--format', 'spacy', '--out', out], memoryIo().io);
    const [doc] = placed(readSpacy(await fs.readFile(out, 'utf8')));
    assert.equal(doc!.spans.length, 4);
    const line = JSON.parse(await fs.readFile(out, 'utf8'));
    assert.equal([...TEXT].slice(line.spans[1].start, line.spans[1].end).join(''), 'Emocromo');
  });

  it('writes a brat folder with the negation attribute', async () => {
    const out = path.join(dir, 'brat');
    await runExport(['--gold', goldFile, '--format', 'brat', '--out', out], memoryIo().io);
    const files = await Promise.all(
      ['annotation.conf', 'ward/n1.txt.txt', 'ward/n1.txt.ann'].map(async (p) => ({ path: p, content: await fs.readFile(path.join(out, p), 'utf8') })),
    );
    const [doc] = placed(readBrat(files));
    assert.equal(doc!.spans.find((s) => s.label === 'PROBLEM' && s.assertion === 'negated')?.start, TEXT.indexOf('febbre'));
  });

  it('reports on stderr the overlapping span CoNLL cannot hold', async () => {
    const out = path.join(dir, 'gold.conll');
    const { io, err } = memoryIo();
    assert.equal(await runExport(['--gold', goldFile, '--format', 'conll-bioes', '--out', out, '--report', path.join(dir, 'report.json')], io), 0);
    assert.match(err(), /exported 3 span\(s\) from 1 document\(s\)/);
    assert.match(err(), /ward\/n1\.txt \[\d+, \d+\) PROBLEM "anemia": overlaps another span/);
    const report = JSON.parse(await fs.readFile(path.join(dir, 'report.json'), 'utf8'));
    assert.equal(report.skipped.length, 1);
    assert.equal(readConll(await fs.readFile(out, 'utf8'))[0]!.spans.length, 3);
  });

  it('writes the seed layout as TSV when the path ends in .tsv', async () => {
    const out = path.join(dir, 'train.tsv');
    await runExport(['--gold', goldFile, '--format', 'seed', '--out', out], memoryIo().io);
    const content = await fs.readFile(out, 'utf8');
    assert.match(content, /^sentence_id\twords\tlabels\tdocument_id\n/);
    assert.match(content, /\tmicrocitica\tE-PROBLEM\t/);
    assert.equal(readSeedLayout(content, '\t')[0]!.spans.length, 3);
  });

  it('writes to stdout with --out -', async () => {
    const { io, out } = memoryIo();
    await runExport(['--gold', goldFile, '--format', 'doccano', '--out', '-'], io);
    assert.equal(JSON.parse(out()).id, 'ward/n1.txt');
  });

  it('writes Label Studio JSON and a WebAnno TSV folder', async () => {
    await runExport(['--gold', goldFile, '--format', 'label-studio', '--out', path.join(dir, 'ls.json')], memoryIo().io);
    const [task] = JSON.parse(await fs.readFile(path.join(dir, 'ls.json'), 'utf8'));
    assert.equal(task.data.doc_id, 'ward/n1.txt');
    await runExport(['--gold', goldFile, '--format', 'webanno-tsv', '--out', path.join(dir, 'inception')], memoryIo().io);
    assert.match(await fs.readFile(path.join(dir, 'inception', 'ward', 'n1.txt.tsv'), 'utf8'), /^#FORMAT=WebAnno TSV 3\.3\n/);
  });

  it("exports one annotator's gold: asks whose when several decided in a note, and takes only the done notes with --done-only", async () => {
    const store = await GoldStore.open(goldFile);
    const start = TEXT.indexOf('Emocromo');
    store.recordDecision('ward/n1.txt', TEXT, { kind: 'rejected', start, end: start + 8, label: 'TEST', text: 'Emocromo', annotator: 'dr.blu', time: '2025-03-02T10:00:00Z' });
    store.markDone('ward/n1.txt', TEXT, 'dr.blu', true);
    await store.flush();
    const out = path.join(dir, 'out.jsonl');
    const ambiguous = memoryIo();
    assert.equal(await runExport(['--gold', goldFile, '--format', 'doccano', '--out', out], ambiguous.io), 1);
    assert.match(ambiguous.err(), /1 note\(s\) have decisions by several annotators \(dr\.blu, dr\.neri; ward\/n1\.txt\): choose whose gold to use with --annotator NAME/);
    const neri = memoryIo();
    assert.equal(await runExport(['--gold', goldFile, '--format', 'doccano', '--out', out, '--annotator', 'dr.neri', '--done-only'], neri.io), 0);
    assert.match(neri.err(), /exported 0 span\(s\) from the 0 note\(s\) marked done of 1/);
    const blu = memoryIo();
    assert.equal(await runExport(['--gold', goldFile, '--format', 'doccano', '--out', out, '--annotator', 'dr.blu'], blu.io), 0);
    assert.match(blu.err(), /exported 0 span\(s\) from 1 document\(s\) \(1 of 1 marked done\)/);
  });

  it('exits 2 on usage errors and 1 on a malformed gold file', async () => {
    assert.equal(await runExport(['--gold', goldFile, '--format', 'xml', '--out', 'x'], memoryIo().io), 2);
    assert.equal(await runExport(['--gold', goldFile, '--format', 'spacy'], memoryIo().io), 2);
    await fs.appendFile(goldFile, 'not json\n');
    const { io, err } = memoryIo();
    assert.equal(await runExport(['--gold', goldFile, '--format', 'spacy', '--out', path.join(dir, 'x.jsonl')], io), 1);
    assert.match(err(), new RegExp(`${goldFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: invalid JSON`));
  });
});
