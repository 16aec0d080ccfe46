import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { splitSentences } from '../../../../src/engine/text/sentenceSplitter';

function sentences(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe('splitSentences', () => {
  it('splits at a period followed by a capital letter', () => {
    assert.deepEqual(sentences('Paziente di 67 anni. Nega febbre. Riferisce dispnea!'), [
      'Paziente di 67 anni.',
      'Nega febbre.',
      'Riferisce dispnea!',
    ]);
  });

  it('does not split after abbreviations', () => {
    assert.deepEqual(sentences('Visitato dal dott. Rossi e dalla sig.ra Bianchi. Ramipril 5 mg 1 cp. die a.c. Controllo tra 7 gg. Poi visita.'), [
      'Visitato dal dott. Rossi e dalla sig.ra Bianchi.',
      'Ramipril 5 mg 1 cp. die a.c. Controllo tra 7 gg. Poi visita.',
    ]);
    assert.deepEqual(sentences('Sintomi aspecifici (p.es. astenia, ecc.) da valutare. Pz. in buone condizioni.'), [
      'Sintomi aspecifici (p.es. astenia, ecc.) da valutare.',
      'Pz. in buone condizioni.',
    ]);
  });

  it('does not split at the references of a published case report', () => {
    assert.deepEqual(sentences('La TC mostrava una massa (Fig. 1) e adenopatie (Tab. 2). Si decise di procedere.'), [
      'La TC mostrava una massa (Fig. 1) e adenopatie (Tab. 2).',
      'Si decise di procedere.',
    ]);
  });

  it('ends a sentence at typographic closing quotes and reads dotted abbreviations', () => {
    assert.deepEqual(sentences('Riferiva «dolore puntorio». Nega febbre. Affetto da B.P.C.O. in terapia con tiotropio.'), [
      'Riferiva «dolore puntorio».',
      'Nega febbre.',
      'Affetto da B.P.C.O. in terapia con tiotropio.',
    ]);
  });

  it('keeps decimals and dates inside the sentence', () => {
    assert.deepEqual(sentences('Hb 9,8 g/dl, K+ 3.5 mEq/l. Ricovero del 12.03.2024. Dimesso il 15.03.2024.'), [
      'Hb 9,8 g/dl, K+ 3.5 mEq/l.',
      'Ricovero del 12.03.2024.',
      'Dimesso il 15.03.2024.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    assert.deepEqual(sentences('Terapia con ramipril ecc. e bisoprololo.'), ['Terapia con ramipril ecc. e bisoprololo.']);
    assert.deepEqual(sentences('Lesione di 3 cm. circa in sede epatica.'), ['Lesione di 3 cm. circa in sede epatica.']);
  });

  it('treats a header alone on a line as a sentence', () => {
    const note = 'ANAMNESI:\nipertensione arteriosa in terapia\n\nESAME OBIETTIVO\nAddome trattabile, non dolente.';
    assert.deepEqual(sentences(note), [
      'ANAMNESI:',
      'ipertensione arteriosa in terapia',
      'ESAME OBIETTIVO',
      'Addome trattabile, non dolente.',
    ]);
  });

  it('keeps an inline header with its text', () => {
    assert.deepEqual(sentences('ANAMNESI FAMILIARE: madre affetta da diabete mellito.'), [
      'ANAMNESI FAMILIARE: madre affetta da diabete mellito.',
    ]);
  });

  it('splits list items, one per line', () => {
    const note = 'Terapia domiciliare:\n- ramipril 5 mg 1 cp/die\n- bisoprololo 1,25 mg x 2/die\n1) furosemide 25 mg\na) controllo PA';
    assert.deepEqual(sentences(note), [
      'Terapia domiciliare:',
      '- ramipril 5 mg 1 cp/die',
      '- bisoprololo 1,25 mg x 2/die',
      '1) furosemide 25 mg',
      'a) controllo PA',
    ]);
  });

  it('treats a line break as a boundary unless the next line continues in lower case', () => {
    const note = 'Paziente giunto in PS per dolore toracico\noppressivo insorto da 2 ore\nECG: ritmo sinusale\nTroponina I hs 1250 ng/L';
    assert.deepEqual(sentences(note), [
      'Paziente giunto in PS per dolore toracico\noppressivo insorto da 2 ore',
      'ECG: ritmo sinusale',
      'Troponina I hs 1250 ng/L',
    ]);
  });

  it('ends a sentence at a line ending with terminal punctuation even before lower case', () => {
    assert.deepEqual(sentences('Nega febbre.\nriferisce tosse'), ['Nega febbre.', 'riferisce tosse']);
  });

  it('always ends a sentence at a blank line', () => {
    assert.deepEqual(sentences('dolore addominale\n\ndiffuso'), ['dolore addominale', 'diffuso']);
  });

  it('handles CRLF line endings with offsets into the original text', () => {
    const note = 'ANAMNESI:\r\nIpertensione.\r\n\r\nTERAPIA:\r\n- ramipril';
    const ranges = splitSentences(note);
    assert.deepEqual(ranges.map((r) => note.slice(r.start, r.end)), ['ANAMNESI:', 'Ipertensione.', 'TERAPIA:', '- ramipril']);
    assert.deepEqual(ranges[1], { start: 11, end: 24 });
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(splitSentences(''), []);
    assert.deepEqual(splitSentences(' \n\t\r\n '), []);
  });

  it('returns trimmed, ordered, disjoint ranges covering all non-space text (property)', () => {
    const pieces = ['Nega febbre', '. ', '.', ' ', '\n', '\r\n', '\n\n', 'dott.', 'Hb 9,8 g/dl', 'ANAMNESI:', '- ', '1) ', 'tosse', 'PA 130/80', '? ', 'ecc. ', '…', '\t', 'È', 'à'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const ranges = splitSentences(text);
        let previousEnd = 0;
        const covered = new Array<boolean>(text.length).fill(false);
        for (const r of ranges) {
          assert.ok(r.start >= previousEnd && r.end > r.start && r.end <= text.length);
          assert.ok(!/\s/.test(text[r.start]) && !/\s/.test(text[r.end - 1]));
          for (let i = r.start; i < r.end; i++) covered[i] = true;
          previousEnd = r.end;
        }
        for (let i = 0; i < text.length; i++) assert.ok(covered[i] || /\s/.test(text[i]), `uncovered ${i} in ${JSON.stringify(text)}`);
      }),
    );
  });
});
