import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AMBIGUOUS_LEXICON_SCORE, LEXICON_SCORE, Lexicon } from '../../../../src/engine/lexicon/lexicon';

const TSV = `term\tlabel\tcode\tsource\tflags
# written by the clinical-ner project for these tests
ipertensione arteriosa\tPROBLEM\tI10\tICD-10\t
ipertensione\tPROBLEM\t\tproject\t
insufficienza renale cronica\tPROBLEM\tN18\tICD-10\t
dolore toracico\tPROBLEM\t\tproject\t
trombosi venosa profonda\tPROBLEM\tI80\tICD-10\t
polmonite\tPROBLEM\tJ18\tICD-10\t
ecografia\tTEST\t\tproject\t
ecografia dell'addome\tTEST\t\tproject\t
ECG\tTEST\t\tproject\t
TC\tTEST\t\tproject\t
Hb\tTEST\t\tproject\t
emoglobina glicata\tTEST\t\tproject\t
IMA\tPROBLEM\tI21\tICD-10\tambiguous
ramipril\tTREATMENT\tC09AA05\tATC\t
beta-bloccante\tTREATMENT\t\tproject\t
terapia antibiotica\tTREATMENT\t\tproject\t
BPCO\tPROBLEM\tJ44\tICD-10\t
PA\tTEST\t\tproject\tambiguous
broncopneumopatia cronica\tPROBLEM\t\tproject\t
arresto cardio-polmonare\tPROBLEM\t\tproject\t
`;

const lexicon = Lexicon.fromTsv(TSV, 'test.tsv');

function found(sentence: string, lex = lexicon): string[] {
  return lex.match(sentence).map((c) => `${sentence.slice(c.start, c.end)}|${c.label}`);
}

describe('Lexicon', () => {
  it('finds the longest term with its label, code and source', () => {
    const sentence = 'In anamnesi ipertensione arteriosa in terapia con ramipril.';
    const candidates = lexicon.match(sentence);
    assert.deepEqual(candidates, [
      { start: 12, end: 34, label: 'PROBLEM', score: LEXICON_SCORE, source: 'lexicon', code: 'I10' },
      { start: 50, end: 58, label: 'TREATMENT', score: LEXICON_SCORE, source: 'lexicon', code: 'C09AA05' },
    ]);
  });

  it('ignores case, accents and inflection', () => {
    assert.deepEqual(found('IPERTENSIONE ARTERIOSA, Polmoniti recidivanti, ecografie ripetute'), [
      'IPERTENSIONE ARTERIOSA|PROBLEM',
      'Polmoniti|PROBLEM',
      'ecografie|TEST',
    ]);
    assert.deepEqual(found('insufficienze renali croniche'), ['insufficienze renali croniche|PROBLEM']);
    assert.deepEqual(found('dolori toracici'), ['dolori toracici|PROBLEM']);
  });

  it('matches short capitalised abbreviations case-sensitively', () => {
    assert.deepEqual(found("all'ECG ritmo sinusale, Hb 9,8, TC torace"), ['ECG|TEST', 'Hb|TEST', 'TC|TEST']);
    assert.deepEqual(found('ecg non eseguito, hb, tc'), []);
  });

  it('matches ambiguous entries only with their spelling and a lower score', () => {
    const [ima] = lexicon.match('pregresso IMA');
    assert.equal(ima.score, AMBIGUOUS_LEXICON_SCORE);
    assert.deepEqual(found('pregresso Ima, ima'), []);
  });

  it('leaves an elided article outside the span and keeps one inside a term', () => {
    assert.deepEqual(found("Eseguita l'ecografia."), ['ecografia|TEST']);
    assert.deepEqual(found("Si richiede ecografia dell'addome superiore"), ["ecografia dell'addome|TEST"]);
    assert.deepEqual(found('ecografia dell’addome'), ['ecografia dell’addome|TEST']);
  });

  it('treats hyphens as spaces', () => {
    assert.deepEqual(found('in terapia con beta bloccante e beta-bloccanti'), ['beta bloccante|TREATMENT', 'beta-bloccanti|TREATMENT']);
  });

  it('matches an abbreviation written with dots, in either case, dots inside the span', () => {
    assert.deepEqual(found('affetto da B.P.C.O. riacutizzata; b.p.c.o. nota'), ['B.P.C.O.|PROBLEM', 'b.p.c.o.|PROBLEM']);
    assert.deepEqual(found('P.A. 130/80 mmHg'), ['P.A.|TEST']);
    assert.deepEqual(found('in BPCO, in B.P.C.O'), ['BPCO|PROBLEM', 'B.P.C.O|PROBLEM']);
  });

  it('does not read an ordinary word followed by a period as an abbreviation', () => {
    assert.deepEqual(found('Nega febbre. Pa. Bpco.'), []);
  });

  it('matches a compound written with or without a hyphen as the term spelt the other way', () => {
    assert.deepEqual(found('bronco-pneumopatia cronica riacutizzata'), ['bronco-pneumopatia cronica|PROBLEM']);
    assert.deepEqual(found('in arresto cardiopolmonare'), ['arresto cardiopolmonare|PROBLEM']);
    assert.deepEqual(found('in arresto cardio-polmonare'), ['arresto cardio-polmonare|PROBLEM']);
  });

  it('does not match part of a hyphenated compound', () => {
    assert.deepEqual(found('iperglicemia polmonite-correlata, post-polmonite'), []);
    assert.deepEqual(found('beta - bloccante'), ['beta - bloccante|TREATMENT']);
  });

  it('matches whole words only', () => {
    assert.deepEqual(found('ipertensionearteriosa, polmonitico, ramiprilato'), []);
  });

  it('keeps the higher score for a term and label written twice', () => {
    const twice = Lexicon.fromTsv(`${TSV}IMA\tPROBLEM\tI21\tproject\tcase_sensitive\nfebbre\tPROBLEM`, 'twice.tsv');
    assert.equal(twice.size, lexicon.size + 2);
    assert.deepEqual(found('Febbre e pregresso IMA', twice), ['Febbre|PROBLEM', 'IMA|PROBLEM']);
    assert.equal(twice.match('pregresso IMA')[0].score, LEXICON_SCORE);
    assert.equal(lexicon.match('pregresso IMA')[0].score, AMBIGUOUS_LEXICON_SCORE);
  });

  it('gives the labels of one term in the order the lexicon lists them (the merge breaks ties by it)', () => {
    assert.deepEqual(found('febbre alta', Lexicon.fromTsv('febbre\tTREATMENT\nfebbre\tPROBLEM\n', 'order.tsv')), ['febbre|TREATMENT', 'febbre|PROBLEM']);
    assert.deepEqual(found('febbre alta', Lexicon.fromTsv('febbre\tPROBLEM\nfebbre\tTREATMENT\n', 'order.tsv')), ['febbre|PROBLEM', 'febbre|TREATMENT']);
  });

  it('keeps a word of combining marks alone in its place, and never matches on a control character U+0001', () => {
    const marks = Lexicon.fromTsv('\u0301 x\tPROBLEM\nfebbre\tPROBLEM\n', 'marks.tsv');
    assert.deepEqual(marks.match('\u0301 febbre').map((c) => [c.start, c.end]), [[2, 8]]);
    assert.deepEqual(found('\u0301 x', marks), ['\u0301 x|PROBLEM']);
    const control = Lexicon.fromTsv('a \u0001 b\tPROBLEM\nfebbre\tPROBLEM\n', 'control.tsv');
    assert.deepEqual(found('a \u0001 b, febbre \u0001', control), ['febbre|PROBLEM']);
  });

  it('returns spans whose text is the sentence slice and never overlap (property)', () => {
    const words = ['dolore', 'toracico', 'ECG', 'ecografia', "dell'addome", 'l', "'", 'ramipril', 'Hb', ',', 'e', 'ipertensione', 'arteriosa', 'à', '😀', '-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.constantFrom(' ', '  ', '\n'), (parts, gap) => {
        const sentence = parts.join(gap);
        let previousEnd = 0;
        for (const c of lexicon.match(sentence)) {
          assert.ok(c.start >= previousEnd && c.end > c.start && c.end <= sentence.length);
          assert.ok(/^[\p{L}\p{N}]/u.test(sentence.slice(c.start)) && /[\p{L}\p{N}]$/u.test(sentence.slice(0, c.end)));
          previousEnd = c.end;
        }
      }),
    );
  });
});
