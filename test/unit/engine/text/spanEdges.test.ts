import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { tidySpanEdges } from '../../../../src/engine/text/spanEdges';

/** The tidied text of the span covering `inner` inside `text`. */
function tidy(text: string, inner = text): string | undefined {
  const start = text.indexOf(inner);
  const range = tidySpanEdges(text, { start, end: start + inner.length });
  return range && text.slice(range.start, range.end);
}

describe('tidySpanEdges', () => {
  it('removes typographic and plain quotes around a term', () => {
    assert.equal(tidy('All’anamnesi: «ipertensione arteriosa» e BPCO', '«ipertensione arteriosa»'), 'ipertensione arteriosa');
    assert.equal(tidy('riferiva “dolore puntorio” al fianco', '“dolore puntorio”'), 'dolore puntorio');
    assert.equal(tidy('il cosiddetto "colpo della strega"', '"colpo della strega"'), 'colpo della strega');
  });

  it('leaves an elided article or preposition outside, typographic or plain', () => {
    assert.equal(tidy('all’ecografia dell’addome', 'all’ecografia dell’addome'), 'ecografia dell’addome');
    assert.equal(tidy("un'anemia sideropenica"), 'anemia sideropenica');
    assert.equal(tidy('l’ECG mostrava'.slice(0, 5)), 'ECG');
  });

  it('keeps an apostrophe inside the term', () => {
    assert.equal(tidy('ecografia dell’addome'), 'ecografia dell’addome');
    assert.equal(tidy("morbo d'Alzheimer"), "morbo d'Alzheimer");
  });

  it('drops a fragment that is only an elided article', () => {
    assert.equal(tidy('l’'), undefined);
    assert.equal(tidy('«'), undefined);
  });

  it('removes the period that ends a sentence but keeps the dots of an abbreviation', () => {
    assert.equal(tidy('Nega febbre.', 'febbre.'), 'febbre');
    assert.equal(tidy('affetto da B.P.C.O.', 'B.P.C.O.'), 'B.P.C.O.');
    assert.equal(tidy('in i.r.c. stadio 3', 'i.r.c.'), 'i.r.c.');
  });

  it('keeps balanced brackets and drops an unbalanced one', () => {
    assert.equal(tidy('insufficienza renale cronica (IRC)'), 'insufficienza renale cronica (IRC)');
    assert.equal(tidy('stenosi aortica (severa', 'stenosi aortica (severa'), 'stenosi aortica (severa');
    assert.equal(tidy('(polmonite basale destra', '(polmonite basale destra'), 'polmonite basale destra');
    assert.equal(tidy('polmonite basale)', 'polmonite basale)'), 'polmonite basale');
  });

  it('does not take in an emoji or dash after the term', () => {
    assert.equal(tidy('febbre 🤒', 'febbre 🤒'), 'febbre');
    assert.equal(tidy('dispnea –', 'dispnea –'), 'dispnea');
  });

  it('never ends inside a grapheme cluster', () => {
    const text = 'cefale\u0301a intensa';
    const range = tidySpanEdges(text, { start: 0, end: 6 });
    assert.deepEqual(range, { start: 0, end: 7 });
  });

  it('property: the result lies inside the span, starts and ends on a letter, digit or allowed mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from('ab1 .,’\'«»“”()-–🤒é\u0301lL')), maxLength: 20 }), fc.nat(), fc.nat(), (text, a, b) => {
        if (text.length === 0) return;
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const range = tidySpanEdges(text, { start, end });
        if (!range) return;
        assert.ok(range.start >= start && range.start < range.end);
        assert.ok(range.end <= end || /\p{M}/u.test(text.slice(end, range.end)));
        assert.match(text[range.start], /[\p{L}\p{N}(]/u);
      }),
      { verbose: true },
    );
  });
});
