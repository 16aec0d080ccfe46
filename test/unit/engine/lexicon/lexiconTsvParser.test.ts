import { strict as assert } from 'node:assert';
import { LexiconFormatError, parseLexiconTsv } from '../../../../src/engine/lexicon/lexiconTsvParser';

describe('parseLexiconTsv', () => {
  it('reads header, comments, optional columns and flags', () => {
    const tsv = [
      '# Italian clinical terms, written by the clinical-ner project',
      'term\tlabel\tcode\tsource\tflags',
      'ipertensione arteriosa\tPROBLEM\tI10\tICD-10\t',
      'ramipril\tTREATMENT\tC09AA05\tATC',
      '',
      'PA\tTEST\t\tproject\tambiguous,case_sensitive',
      'ecografia\tTEST',
    ].join('\r\n');
    const entries = parseLexiconTsv(tsv, 'terms.tsv');
    assert.equal(entries.length, 4);
    assert.deepEqual(entries[0], {
      term: 'ipertensione arteriosa',
      label: 'PROBLEM',
      code: 'I10',
      source: 'ICD-10',
      flags: [],
      origin: { name: 'terms.tsv', line: 3 },
    });
    assert.deepEqual(entries[2].flags, ['ambiguous', 'case_sensitive']);
    assert.equal(entries[3].code, undefined);
  });

  it('names file and line of an unknown label', () => {
    assert.throws(
      () => parseLexiconTsv('term\tlabel\tcode\tsource\tflags\nfebbre\tSYMPTOM', 'a.tsv'),
      (e: unknown) => e instanceof LexiconFormatError && e.message.startsWith('a.tsv:2:') && /SYMPTOM/.test(e.message),
    );
  });

  it('keeps a code that names its coding system as written', () => {
    assert.deepEqual(parseLexiconTsv('colelitiasi\tPROBLEM\tICD10:K80.2\tclinical-ner', 'g.tsv').map((e) => e.code), ['ICD10:K80.2']);
  });

  it('keeps flags it does not act on', () => {
    assert.deepEqual(parseLexiconTsv('Lasix\tTREATMENT\t\t\tbrand, abbreviation', 'f.tsv')[0].flags, ['brand', 'abbreviation']);
  });

  it('rejects a line without a label, a malformed flag and a wrong header', () => {
    assert.throws(() => parseLexiconTsv('febbre', 'b.tsv'), /b\.tsv:1: expected at least/);
    assert.throws(() => parseLexiconTsv('febbre\tPROBLEM\t\t\tRare Flag', 'c.tsv'), /c\.tsv:1: malformed flag "Rare Flag"/);
    assert.throws(() => parseLexiconTsv('term\tlabel\tcodice', 'd.tsv'), /d\.tsv:1: header/);
    assert.throws(() => parseLexiconTsv('febbre\tPROBLEM\ta\tb\tc\td', 'e.tsv'), /e\.tsv:1: expected at most 5/);
  });
});
