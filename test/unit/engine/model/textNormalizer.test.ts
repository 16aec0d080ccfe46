import { strict as assert } from 'node:assert';
import * as fc from 'fast-check';
import { normalizeText } from '../../../../src/engine/model/textNormalizer';

describe('normalizeText', () => {
  const both = { lowercase: true, stripPunctuation: true };

  it('lower-cases and replaces punctuation by spaces as the seed model was trained', () => {
    assert.equal(
      normalizeText("Ecografia dell'addome: lieve epatomegalia, PA 130/80.", both),
      'ecografia dell addome  lieve epatomegalia  pa 130 80 ',
    );
  });

  it('property: normalizes each character on its own, Latin text (whole-string path) or not', () => {
    const unit = fc.oneof(
      fc.constantFrom('A', 'è', 'É', 'İ', 'Σ', 'ς', '.', "'", '’', '😷', ' ', 'ß', 'Ǆ', '\u0301', '$'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    const text = fc.string({ unit, maxLength: 30 });
    for (const options of [both, { lowercase: true, stripPunctuation: false }, { lowercase: false, stripPunctuation: true }]) {
      fc.assert(fc.property(text, text, (a, b) => {
        const whole = normalizeText(a + b, options);
        assert.equal(whole, normalizeText(a, options) + normalizeText(b, options));
        assert.equal(whole.length, (a + b).length);
        assert.equal(whole, [...(a + b)].map((char) => normalizeText(char, options)).join(''));
      }));
    }
  });

  it('keeps the length of every text, so offsets map one to one', () => {
    for (const text of ['Città di Forlì, perché? 😀 TAC!', 'İbuprofene 400 mg\r\nΣ', 'Dose ≥ 2 g/die — «urgente»']) {
      assert.equal(normalizeText(text, both).length, text.length);
    }
  });

  it('keeps a character whose lower-case form has another length', () => {
    assert.equal('İ'.toLowerCase().length, 2);
    assert.equal(normalizeText('İBUPROFENE', both), 'İbuprofene');
  });

  it('leaves emoji and accented letters in place', () => {
    assert.equal(normalizeText('😀 FEBBRE, perché', both), '😀 febbre  perché');
  });

  it('replaces each of Python’s string.punctuation symbols', () => {
    assert.equal(normalizeText('a+b=c<d>e^f`g|h~i$j', { lowercase: false, stripPunctuation: true }), 'a b c d e f g h i j');
  });

  it('returns the text unchanged when neither option is on', () => {
    const text = "Dell'Addome: OK.";
    assert.equal(normalizeText(text, { lowercase: false, stripPunctuation: false }), text);
  });

  it('only lower-cases when punctuation is kept', () => {
    assert.equal(normalizeText("Dell'Addome.", { lowercase: true, stripPunctuation: false }), "dell'addome.");
  });
});
