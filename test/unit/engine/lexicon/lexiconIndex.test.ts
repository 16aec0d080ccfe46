import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
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

/** The index with its body edited and its body checksum written again, as another engine would have written it. */
function resigned(index: string, edit: (body: string) => string): string {
  const lines = index.split('\n');
  const body = edit(lines.slice(3).join('\n'));
  return [lines[0], lines[1], `body ${createHash('sha256').update(body).digest('hex')}`, body].join('\n');
}

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

  it('is not used for another text', () => {
    assert.equal(lexiconFromIndex(writeLexiconIndex(TSV, 'terms.tsv'), `${TSV}febbre\tPROBLEM\n`), undefined);
  });

  it('is not used when cut short, altered by one character or of another format', () => {
    const index = writeLexiconIndex(TSV, 'terms.tsv');
    assert.equal(lexiconFromIndex(index.split('\n').slice(0, -3).join('\n'), TSV), undefined);
    assert.equal(lexiconFromIndex(index.replace('\t0.85\t', '\t0.95\t'), TSV), undefined);
    assert.equal(lexiconFromIndex(index.replace(/lexicon index \d+/, 'lexicon index 0'), TSV), undefined);
    assert.equal(lexiconFromIndex('', TSV), undefined);
  });

  describe('written by another engine (the body intact, as that engine wrote it)', () => {
    const index = writeLexiconIndex(TSV, 'terms.tsv');
    it('is not used when its stemmer gave a sampled term other paths', () => {
      const stale = resigned(index, (body) => body.replace('\tipertension\u0001arterios', '\tipertensione\u0001arteriosa'));
      assert.equal(lexiconFromIndex(stale, TSV), undefined);
    });
    it('is not used when it scored lexicon hits otherwise', () => {
      assert.equal(lexiconFromIndex(resigned(index, (body) => body.replace(/^scores .*$/m, 'scores 0.9 0.5')), TSV), undefined);
    });
    it('is not used without sample entries to check', () => {
      const unchecked = resigned(index, (body) => body.replace(/^checks \d+\n(?:.*\n)*?(?=lines )/m, 'checks 0\n'));
      assert.match(unchecked, /^checks 0$/m);
      assert.equal(lexiconFromIndex(unchecked, TSV), undefined);
    });
    it('is not used when its table is out of order', () => {
      const swapped = resigned(index, (body) => {
        const lines = body.split('\n');
        const at = lines.findIndex((l) => l.startsWith('lines ')) + 1;
        [lines[at], lines[at + 1]] = [lines[at + 1]!, lines[at]!];
        return lines.join('\n');
      });
      assert.equal(lexiconFromIndex(swapped, TSV), undefined);
    });
    it('is used when nothing was changed (the helper itself)', () => {
      assert.ok(lexiconFromIndex(resigned(index, (body) => body), TSV));
    });
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
