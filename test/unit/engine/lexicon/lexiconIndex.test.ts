import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Lexicon } from '../../../../src/engine/lexicon/lexicon';
import { loadLexiconFile } from '../../../../src/engine/lexicon/lexiconFile';
import { LEXICON_INDEX_FILE, lexiconFromIndex, writeLexiconIndex } from '../../../../src/engine/lexicon/lexiconIndex';
import { NerPipeline } from '../../../../src/engine/pipeline/nerPipeline';

const TSV = `term\tlabel\tcode\tsource\tflags
ipertensione arteriosa\tPROBLEM\tICD10:I10\tproject\t
ipertensione\tPROBLEM\t\tproject\t
broncopneumopatia cronica ostruttiva\tPROBLEM\tICD10:J44\tproject\t
BPCO\tPROBLEM\tICD10:J44\tproject\t
beta-bloccante\tTREATMENT\t\tproject\t
arresto cardio-polmonare\tPROBLEM\t\tproject\t
ecografia dell'addome\tTEST\t\tproject\t
B.P.C.O.\tPROBLEM\t\tproject\t
PA\tTEST\t\tproject\tambiguous
Lasix\tTREATMENT\t\tproject\tbrand,abbreviation
emorragìa\tPROBLEM\t\tproject\t
`;

const SENTENCES = [
  'Ipertensione arteriosa nota, BPCO riacutizzata, ipertensioni varie.',
  'In terapia con beta bloccante e betabloccanti; pregresso arresto cardiopolmonare.',
  "All'ecografia dell'addome nulla; PA 130/80, pa normale; emorragie pregresse; LASIX e Lasix.",
  'B.P.C.O. e b.p.c.o. in broncopneumopatie croniche ostruttive.',
];

const matches = (lexicon: Lexicon) => SENTENCES.map((s) => lexicon.match(s));

describe('lexicon index', () => {
  it('loads the same lexicon as its text, entry count included', () => {
    const built = Lexicon.fromTsv(TSV, 'terms.tsv');
    const indexed = lexiconFromIndex(writeLexiconIndex(TSV, 'terms.tsv'), TSV);
    assert.ok(indexed);
    assert.equal(indexed.size, built.size);
    assert.deepEqual(matches(indexed), matches(built));
    assert.ok(matches(built).flat().length >= 12);
  });

  it('takes the lexicon file as bytes as well as text', () => {
    assert.ok(lexiconFromIndex(writeLexiconIndex(TSV, 'terms.tsv'), Buffer.from(TSV, 'utf8')));
  });

  it('is not used for another text, nor when the engine no longer gives its terms the recorded paths', () => {
    const index = writeLexiconIndex(TSV, 'terms.tsv');
    assert.equal(lexiconFromIndex(index, `${TSV}febbre\tPROBLEM\n`), undefined);
    // as if the stemmer had changed: a recorded path no longer matches what the engine computes
    const staleCheck = index.replace('\tipertension\u0001arterios', '\tipertensione\u0001arteriosa');
    assert.notEqual(staleCheck, index);
    assert.equal(lexiconFromIndex(staleCheck, TSV), undefined);
  });

  it('is not used when cut short, reordered or of another format', () => {
    const index = writeLexiconIndex(TSV, 'terms.tsv');
    const lines = index.split('\n');
    assert.equal(lexiconFromIndex(lines.slice(0, -3).join('\n'), TSV), undefined);
    const tableStart = lines.findIndex((l) => l.startsWith('lines '));
    const swapped = [...lines];
    [swapped[tableStart + 1], swapped[tableStart + 2]] = [swapped[tableStart + 2]!, swapped[tableStart + 1]!];
    assert.equal(lexiconFromIndex(swapped.join('\n'), TSV), undefined);
    assert.equal(lexiconFromIndex(index.replace('lexicon index 1', 'lexicon index 0'), TSV), undefined);
    assert.equal(lexiconFromIndex('', TSV), undefined);
  });

  describe('in a model folder', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'clinical-ner-index-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('is read instead of lexicon.tsv when it was written from it', async () => {
      writeFileSync(path.join(dir, 'lexicon.tsv'), TSV);
      writeFileSync(path.join(dir, LEXICON_INDEX_FILE), writeLexiconIndex(TSV, 'lexicon.tsv'));
      const { lexicon, fromIndex } = await loadLexiconFile(path.join(dir, 'lexicon.tsv'));
      assert.equal(fromIndex, true);
      assert.deepEqual(matches(lexicon), matches(Lexicon.fromTsv(TSV, 'lexicon.tsv')));
    });

    it('a stale index beside lexicon.tsv is passed over: the folder loads its lexicon as written', async () => {
      writeFileSync(path.join(dir, 'lexicon.tsv'), `${TSV}febbre\tPROBLEM\n`);
      writeFileSync(path.join(dir, LEXICON_INDEX_FILE), writeLexiconIndex(TSV, 'lexicon.tsv'));
      assert.equal((await loadLexiconFile(path.join(dir, 'lexicon.tsv'))).fromIndex, false);
      writeFileSync(path.join(dir, 'patterns.json'), JSON.stringify({ rules: [] }));
      const pipeline = await NerPipeline.load(dir, { sources: ['lexicon'] });
      assert.equal(pipeline.info.lexiconEntries, 12);
      const entities = (await pipeline.annotate('Febbre e BPCO.')).entities.map((e) => e.label);
      assert.deepEqual(entities, ['PROBLEM', 'PROBLEM']);
      await pipeline.dispose();
    });
  });
});
