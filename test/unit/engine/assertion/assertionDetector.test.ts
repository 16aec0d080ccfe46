import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { assignAssertions } from '../../../../src/engine/assertion/assertionDetector';
import { AssertionCueSet } from '../../../../src/engine/assertion/assertionCueSet';
import { assertions, entities } from './mentions';

describe('assignAssertions', () => {
  const cases: [string, string[], string[]][] = [
    ['Nega febbre, tosse e dispnea.', ['febbre', 'tosse', 'dispnea'], ['negated', 'negated', 'negated']],
    ['Non si evidenziano lesioni focali.', ['lesioni focali'], ['negated']],
    ['Quadro radiologico di sospetta polmonite.', ['polmonite'], ['uncertain']],
    ['Madre affetta da diabete mellito.', ['diabete mellito'], ['family']],
    ['Pregresso IMA.', ['IMA'], ['historical']],
    ['Non solo febbre ma anche tosse.', ['febbre', 'tosse'], ['present', 'present']],
    ['Assenza di versamento pleurico.', ['versamento pleurico'], ['negated']],
    ['Ecocolordoppler negativo per trombosi venosa profonda.', ['Ecocolordoppler|TEST', 'trombosi venosa profonda'], ['present', 'negated']],
    ['Febbre assente.', ['Febbre'], ['negated']],
    ['Non escludibile embolia polmonare.', ['embolia polmonare'], ['uncertain']],
    ['Appendicectomia nel 1998.', ['Appendicectomia|TREATMENT'], ['historical']],
    ['Padre deceduto per IMA.', ['IMA'], ['family']],
    ['PA 120/80, non dolore toracico.', ['PA|TEST', 'dolore toracico'], ['present', 'negated']],
    ['Melanoma nel padre.', ['Melanoma'], ['family']],
    ['Carcinoma papillare della tiroide (sorella).', ['Carcinoma papillare della tiroide'], ['family']],
    ['Carcinoma mammario e ipotiroidismo nella madre.', ['Carcinoma mammario', 'ipotiroidismo'], ['family', 'family']],
    ['RX torace a 6-8 settimane.', ['RX torace|TEST'], ['hypothetical']],
    ['Controlli: MOC-DEXA tra 18–24 mesi.', ['MOC-DEXA|TEST'], ['hypothetical']],
    ['Emocromo e creatinina a 7 giorni.', ['Emocromo|TEST', 'creatinina|TEST'], ['hypothetical', 'hypothetical']],
    ['La CK si era normalizzata entro dieci giorni.', ['CK|TEST'], ['present']],
  ];
  for (const [sentence, mentions, expected] of cases) {
    it(`"${sentence}" → ${expected.join(', ')}`, () => {
      assert.deepEqual(assertions(sentence, mentions), mentions.map((m, i) => `${m.split('|')[0]}:${expected[i]}`));
    });
  }

  it('ends the narrow scope of "non" at a comma, but not the list scope of "nega"', () => {
    assert.deepEqual(assertions('Non febbre, tosse produttiva.', ['febbre', 'tosse produttiva']), ['febbre:negated', 'tosse produttiva:present']);
    assert.deepEqual(assertions('Nega dolore toracico, palpitazioni, sincope e dispnea da sforzo.', ['dolore toracico', 'palpitazioni', 'sincope', 'dispnea da sforzo']), [
      'dolore toracico:negated',
      'palpitazioni:negated',
      'sincope:negated',
      'dispnea da sforzo:negated',
    ]);
  });

  it('limits "non" to a few words', () => {
    assert.deepEqual(assertions('Non è stato possibile completare la visita per il forte dolore.', ['dolore']), ['dolore:present']);
  });

  it('stops a scope at a terminator or an affirmative verb', () => {
    assert.deepEqual(assertions('Nega febbre, tuttavia riferisce tosse.', ['febbre', 'tosse']), ['febbre:negated', 'tosse:present']);
    assert.deepEqual(assertions('Nega febbre, lamenta cefalea.', ['febbre', 'cefalea']), ['febbre:negated', 'cefalea:present']);
    assert.deepEqual(assertions('Nega febbre, pregresso IMA.', ['febbre', 'IMA']), ['febbre:negated', 'IMA:historical']);
    assert.deepEqual(assertions('Assenza di edemi declivi ma presenza di turgore giugulare.', ['edemi declivi', 'turgore giugulare']), [
      'edemi declivi:negated',
      'turgore giugulare:present',
    ]);
  });

  it('ends a narrow scope at a colon, a parenthesis or a locative preposition', () => {
    assert.deepEqual(assertions('Non melena all’esplorazione rettale.', ['melena', 'esplorazione rettale|TEST']), ['melena:negated', 'esplorazione rettale:present']);
    assert.deepEqual(assertions('HRCT: non honeycombing: pattern NSIP.', ['HRCT|TEST', 'NSIP']), ['HRCT:present', 'NSIP:present']);
    assert.deepEqual(assertions('Nega gravidanza (test di gravidanza negativo).', ['gravidanza', 'test di gravidanza|TEST']), ['gravidanza:negated', 'test di gravidanza:present']);
  });

  it('keeps "pregresso" on its own noun', () => {
    assert.deepEqual(assertions('Pregresso IMA, diabete mellito, IMA pregresso.', ['IMA', 'diabete mellito', 'IMA']), ['IMA:historical', 'diabete mellito:present', 'IMA:historical']);
  });

  it('does not take a reporter for the experiencer, nor "appena possibile" for doubt', () => {
    assert.deepEqual(assertions('I familiari riferiscono cadute ripetute.', ['cadute ripetute']), ['cadute ripetute:present']);
    assert.deepEqual(assertions('Rimozione del catetere vescicale appena possibile.', ['Rimozione del catetere vescicale|TREATMENT']), ['Rimozione del catetere vescicale:present']);
  });

  it('ignores cue words inside an entity', () => {
    assert.deepEqual(assertions('Diagnosi di linfoma non Hodgkin.', ['linfoma non Hodgkin']), ['linfoma non Hodgkin:present']);
    assert.deepEqual(assertions('Emocolture positive per bacilli gram negativi, febbre.', ['Emocolture|TEST', 'febbre']), ['Emocolture:present', 'febbre:present']);
  });

  it('reads backward cues and the question mark', () => {
    assert.deepEqual(assertions('Polmonite?', ['Polmonite']), ['Polmonite:uncertain']);
    assert.deepEqual(assertions('IMA escluso.', ['IMA']), ['IMA:negated']);
    assert.deepEqual(assertions('Embolia polmonare da escludere.', ['Embolia polmonare']), ['Embolia polmonare:uncertain']);
    assert.deepEqual(assertions('Appendicectomia 10 anni fa.', ['Appendicectomia|TREATMENT']), ['Appendicectomia:historical']);
  });

  it('applies a label restriction: a negative test is still a test that was done', () => {
    assert.deepEqual(assertions('Tampone negativo, HIV negativo.', ['Tampone|TEST', 'HIV']), ['Tampone:present', 'HIV:negated']);
    assert.deepEqual(assertions('TC encefalo non eseguita.', ['TC encefalo|TEST']), ['TC encefalo:negated']);
  });

  it('follows the precedence when cues of several categories reach an entity', () => {
    assert.deepEqual(assertions('Nega familiarità per neoplasie.', ['neoplasie']), ['neoplasie:negated']);
    assert.deepEqual(assertions('Anamnesi familiare positiva per cardiopatia ischemica, diabete.', ['cardiopatia ischemica', 'diabete']), [
      'cardiopatia ischemica:family',
      'diabete:family',
    ]);
  });

  it('tells "e" (and) from "è" (is)', () => {
    assert.deepEqual(assertions('La febbre è assente.', ['febbre']), ['febbre:negated']);
  });

  it('keeps offsets and other fields, and returns new objects (property)', () => {
    const words = ['nega', 'non', 'febbre', 'tosse', ',', 'e', 'ma', 'sospetta', 'madre', 'pregresso', 'IMA', 'assente', '?', 'è', 'se', 'trattato con', '(', ')', 'nel', '2015', ';'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 20 }), (parts) => {
        const sentence = parts.join(' ');
        const input = entities(sentence, parts.filter((p) => p === 'febbre' || p === 'IMA'));
        const output = assignAssertions(sentence, input);
        assert.equal(output.length, input.length);
        output.forEach((e, i) => {
          assert.notEqual(e, input[i]);
          assert.equal(input[i].assertion, undefined);
          assert.deepEqual({ ...e, assertion: undefined }, { ...input[i], assertion: undefined });
          assert.ok(['present', 'negated', 'uncertain', 'hypothetical', 'historical', 'family'].includes(e.assertion ?? ''));
        });
      }),
    );
  });
});

describe('AssertionCueSet.fromJson', () => {
  const valid = { precedence: ['negated'], scopeBreakers: [','], terminators: ['ma'], pseudoCues: ['non solo'], cues: [{ cue: 'non', category: 'negated', direction: 'forward' }] };

  it('uses a custom cue set', () => {
    const custom = AssertionCueSet.fromJson({ ...valid, cues: [{ cue: ['senza'], category: 'negated', direction: 'forward', maxScope: 2 }] });
    const sentence = 'senza febbre';
    const [e] = assignAssertions(sentence, entities(sentence, ['febbre']), custom);
    assert.equal(e.assertion, 'negated');
  });

  it('rejects unknown categories, directions, labels and a phrase with two roles', () => {
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, cues: [{ cue: 'x', category: 'planned', direction: 'forward' }] }), /cues\[0\]: unknown category/);
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, cues: [{ cue: 'x', category: 'hypothetical', direction: 'forward' }] }), /cues\[0\]: category "hypothetical" is missing from precedence/);
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, cues: [{ cue: 7, category: 'negated', direction: 'forward' }] }), /cues\[0\]: every phrase must be a string/);
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, cues: [{ cue: 'x', category: 'negated', direction: 'sideways' }] }), /unknown direction/);
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, cues: [{ cue: 'x', category: 'negated', direction: 'forward', labels: ['DRUG'] }] }), /unknown label/);
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, cues: [{ cue: 'ma', category: 'negated', direction: 'forward' }] }), /already a terminator/);
  });

  it('rejects a relay that passes on an unknown status or reaches nowhere', () => {
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, relays: [{ cue: 'trattato con', statuses: ['past'] }] }), /relays\[0\]: "statuses" must list categories/);
    assert.throws(() => AssertionCueSet.fromJson({ ...valid, relays: [{ cue: 'trattato con', statuses: ['historical'], maxScope: 0 }] }), /relays\[0\]: maxScope must be a positive integer/);
  });

  it('matches a year where a phrase says <year>, and only a year', () => {
    const years = AssertionCueSet.fromJson({ ...valid, precedence: ['historical'], cues: [{ cue: 'nel <year>', category: 'historical', direction: 'backward', maxScope: 3 }] });
    const inYear = 'Colecistectomia nel 2009.';
    assert.equal(assignAssertions(inYear, entities(inYear, ['Colecistectomia|TREATMENT']), years)[0]!.assertion, 'historical');
    const inRoom = 'Colecistectomia nel 12.';
    assert.equal(assignAssertions(inRoom, entities(inRoom, ['Colecistectomia|TREATMENT']), years)[0]!.assertion, 'present');
  });

  it('loads the default cue file', () => {
    assert.deepEqual(AssertionCueSet.default().precedence, ['negated', 'family', 'hypothetical', 'uncertain', 'historical']);
  });
});
