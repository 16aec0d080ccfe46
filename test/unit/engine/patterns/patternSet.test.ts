import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Candidate } from '../../../../src/engine/entity';
import { Lexicon } from '../../../../src/engine/lexicon/lexicon';
import { PatternFormatError } from '../../../../src/engine/patterns/patternRule';
import { PatternSet } from '../../../../src/engine/patterns/patternSet';

const patterns = PatternSet.default();

function found(sentence: string, lexiconCandidates: Candidate[] = []): string[] {
  return patterns.match(sentence, lexiconCandidates).map((c) => `${sentence.slice(c.start, c.end)}|${c.label}`);
}

describe('PatternSet (default patterns)', () => {
  describe('drugs with a dose', () => {
    for (const [sentence, drug] of [
      ['ramipril 5 mg 1 cp/die', 'ramipril'],
      ['furosemide 20 mg ev', 'furosemide'],
      ['bisoprololo 1,25 mg x 2/die', 'bisoprololo'],
      ['enoxaparina 4000 UI sc', 'enoxaparina'],
      ['atorvastatina 20 mg', 'atorvastatina'],
      ['pantoprazolo 40 mg ev', 'pantoprazolo'],
      ['amoxicillina 1 g x 3/die', 'amoxicillina'],
      ['ceftriaxone 2 g ev', undefined],
    ] as const) {
      it(`finds the drug alone in "${sentence}"`, () => {
        assert.deepEqual(found(sentence), drug ? [`${drug}|TREATMENT`] : []);
      });
    }

    it('uses a lexicon TREATMENT match as the drug, doses outside', () => {
      const lexicon = Lexicon.fromTsv('ceftriaxone\tTREATMENT\nacido acetilsalicilico\tTREATMENT', 'drugs.tsv');
      const sentence = 'ceftriaxone 2 g ev, acido acetilsalicilico 100 mg';
      assert.deepEqual(found(sentence, lexicon.match(sentence)), ['ceftriaxone|TREATMENT', 'acido acetilsalicilico|TREATMENT']);
    });

    it('does not take a drug-like word without a dose or route', () => {
      assert.deepEqual(found('il ramipril è stato sospeso'), []);
    });
  });

  it('finds X in "terapia con X" and "in trattamento con X"', () => {
    assert.deepEqual(found('In anamnesi ipertensione in terapia con ramipril.'), ['ramipril|TREATMENT']);
    assert.deepEqual(found('in trattamento con Lasix'), ['Lasix|TREATMENT']);
    assert.deepEqual(found('terapia antibiotica con amoxicillina'), ['amoxicillina|TREATMENT']);
    assert.deepEqual(found('terapia con buona risposta'), []);
  });

  describe('diagnostic procedures', () => {
    for (const [sentence, expected] of [
      ["Si richiede ecografia dell'addome superiore.", ["ecografia dell'addome superiore|TEST"]],
      ['Eseguita TC del torace con mdc', ['TC del torace con mdc|TEST']],
      ['RX torace negativo', ['RX torace|TEST']],
      ['colonscopia, spirometria ed elettrocardiogramma', ['colonscopia|TEST', 'spirometria|TEST', 'elettrocardiogramma|TEST']],
      ['ecografia di addome e pelvi', ['ecografia di addome e pelvi|TEST']],
      ['ecocardiogramma transtoracico', ['ecocardiogramma transtoracico|TEST']],
      ['una fotografia del programma, 500 milligrammi', []],
    ] as const) {
      it(`finds ${JSON.stringify(expected)} in "${sentence}"`, () => assert.deepEqual(found(sentence), expected));
    }
  });

  describe('problems by suffix', () => {
    for (const [sentence, expected] of [
      ['polmonite basale destra', ['polmonite basale destra|PROBLEM']],
      ['trombosi venosa profonda', ['trombosi venosa profonda|PROBLEM']],
      ['lombalgia e cardiopatia ischemica', ['lombalgia|PROBLEM', 'cardiopatia ischemica|PROBLEM']],
      ['anemia, iperglicemia e piastrinopenia', ['anemia|PROBLEM', 'iperglicemia|PROBLEM', 'piastrinopenia|PROBLEM']],
      ['carcinoma mammario, epatomegalia, dispnea', ['carcinoma mammario|PROBLEM', 'epatomegalia|PROBLEM', 'dispnea|PROBLEM']],
      ['esami nei limiti, visite eseguite, sintomi numerosi, diagnosi e prognosi', []],
      ['glicemia e azotemia', []],
      ['presentandosi in PS, riducendosi i valori, sottoponendosi a terapia', []],
      ['i familiari sono stati colpiti, la ferita è guarita, erano già partiti', []],
      ['le lesioni risultavano completamente guarite; è comparsa gastrite', ['gastrite|PROBLEM']],
      ['pregressa epatite da HCV, una gastrite cronica', ['epatite|PROBLEM', 'gastrite cronica|PROBLEM']],
    ] as const) {
      it(`finds ${JSON.stringify(expected)} in "${sentence}"`, () => assert.deepEqual(found(sentence), expected));
    }
  });

  it('finds treatments by procedure suffix', () => {
    assert.deepEqual(found('appendicectomia, angioplastica coronarica, ossigenoterapia; anatomia'), [
      'appendicectomia|TREATMENT',
      'angioplastica|TREATMENT',
      'ossigenoterapia|TREATMENT',
    ]);
  });

  it('finds lab analytes with a value, value and unit outside', () => {
    assert.deepEqual(found('Hb 9,8 g/dl, creatinina 1,4 mg/dl, PCR 45 mg/L, K+ 3,2 mEq/l'), [
      'Hb|TEST',
      'creatinina|TEST',
      'PCR|TEST',
      'K+|TEST',
    ]);
    assert.deepEqual(found('Troponina I hs 1250 ng/L, HbA1c 7,2%, INR 2,5, GB 12.500/mmc'), ['Troponina I hs|TEST', 'HbA1c|TEST', 'INR|TEST', 'GB|TEST']);
    assert.deepEqual(found('glicemia 110 mg/dl'), ['glicemia|TEST']);
  });

  it('finds vital signs with a value, and reads TC with a temperature as body temperature', () => {
    assert.deepEqual(found('PA 130/80 mmHg, FC 88 bpm, SpO2 94% in aa, TC 37,8°C'), ['PA|TEST', 'FC|TEST', 'SpO2|TEST', 'TC|TEST']);
    assert.deepEqual(found('frequenza cardiaca 110 bpm, temperatura corporea 38,2 °C'), ['frequenza cardiaca|TEST', 'temperatura corporea|TEST']);
    assert.deepEqual(found('TC 2 volte'), []);
  });

  it('returns spans inside the sentence, trimmed, in order (property)', () => {
    const words = ['ramipril', '5', 'mg', 'terapia', 'con', 'Hb', '9,8', 'g/dl', 'TC', 'del', 'torace', 'polmonite', 'destra', 'ecografia', "dell'addome", ',', 'PA', '130/80', 'è', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 25 }), (parts) => {
        const sentence = parts.join(' ');
        let previousStart = 0;
        for (const c of patterns.match(sentence, [])) {
          assert.ok(c.start >= previousStart && c.end > c.start && c.end <= sentence.length);
          assert.equal(sentence.slice(c.start, c.end).trim(), sentence.slice(c.start, c.end));
          assert.equal(c.source, 'pattern');
          previousStart = c.start;
        }
      }),
    );
  });
});

describe('PatternSet.fromJson', () => {
  it('runs a small custom rule set with refs, fragments, repeats and a capture', () => {
    const set = PatternSet.fromJson({
      fragments: { dose: ['\\d+\\s*mg', '\\d+\\s*g'] },
      definitions: { adjective: { regex: '^(?:acut|cronic)[aoie]$' } },
      rules: [
        { id: 'regex-rule', label: 'TREATMENT', score: 0.7, regex: '(?<span>insulina)\\s+{dose}?', flags: 'i' },
        { id: 'token-rule', label: 'PROBLEM', score: 0.6, tokens: [{ literal: 'diagnosi di' }, { sequence: [{ regex: '^\\p{L}+$' }, { ref: 'adjective', min: 0, max: 2 }], capture: true }] },
      ],
    });
    assert.equal(set.size, 2);
    const sentence = 'Insulina 10 mg; diagnosi di pancreatite acuta';
    assert.deepEqual(set.match(sentence), [
      { start: 0, end: 8, label: 'TREATMENT', score: 0.7, source: 'pattern' },
      { start: 28, end: 45, label: 'PROBLEM', score: 0.6, source: 'pattern' },
    ]);
  });

  it('skips a span whose preceding text matches notAfter', () => {
    const set = PatternSet.fromJson({
      fragments: { auxiliary: ['è', 'sono'] },
      rules: [{ id: 'suffix', label: 'PROBLEM', score: 0.5, regex: '\\p{L}+iti', notAfter: '{auxiliary}\\s+' }],
    });
    assert.deepEqual(set.match('sono guariti; artriti').map((c) => c.start), [14]);
  });

  it('names the rule at fault', () => {
    const bad = (rule: object) => () => PatternSet.fromJson({ rules: [rule] });
    assert.throws(bad({ id: 'x', label: 'DRUG', score: 0.5, regex: 'a' }), /rules\[0\] \(x\): unknown label "DRUG"/);
    assert.throws(bad({ id: 'x', label: 'TEST', score: 2, regex: 'a' }), PatternFormatError);
    assert.throws(bad({ id: 'x', label: 'TEST', score: 0.5, regex: '(' }), /invalid regex/);
    assert.throws(bad({ id: 'x', label: 'TEST', score: 0.5, regex: '{nope}' }), /unknown fragment "\{nope\}"/);
    assert.throws(bad({ id: 'x', label: 'TEST', score: 0.5, regex: 'a', notAfter: '(' }), /rules\[0\] \(x\)\.notAfter: invalid regex/);
    assert.throws(bad({ id: 'x', label: 'TEST', score: 0.5, tokens: [{ ref: 'nope' }] }), /unknown definition "nope"/);
    assert.throws(bad({ id: 'x', label: 'TEST', score: 0.5, tokens: [{ lexicon: 'DRUG' }] }), /unknown label "DRUG"/);
    assert.throws(bad({ id: 'x', label: 'TEST', score: 0.5 }), /exactly one of "regex" or "tokens"/);
    assert.throws(() => PatternSet.fromJson({ definitions: { a: { ref: 'a' } }, rules: [{ id: 'x', label: 'TEST', score: 0.5, tokens: [{ ref: 'a' }] }] }), /refers to itself/);
  });
});
