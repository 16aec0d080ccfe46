import { strict as assert } from 'node:assert';
import { foldCase, stemItalian } from '../../../../src/engine/lexicon/italianStemmer';

function key(word: string): string {
  return stemItalian(foldCase(word));
}

describe('italianStemmer', () => {
  it('folds case and accents', () => {
    assert.equal(foldCase('PERCHÉ'), 'perche');
    assert.equal(foldCase('Attività'), 'attivita');
    assert.equal(foldCase('ECG'), 'ecg');
  });

  const sameKey: string[][] = [
    ['polmone', 'polmoni'],
    ['epatite', 'epatiti'],
    ['renale', 'renali'],
    ['tumore', 'tumori'],
    ['cronico', 'cronica', 'cronici', 'croniche'],
    ['fianco', 'fianchi'],
    ['fungo', 'funghi'],
    ['goccia', 'gocce'],
    ['emorragia', 'emorragie'],
    ['anemia', 'anemie'],
    ['episodio', 'episodi'],
    ['carcinoma', 'carcinomi'],
    ['arterioso', 'arteriosa', 'arteriose'],
    ['trombosi', 'TROMBOSI'],
    ['attività', 'attivita'],
  ];
  for (const forms of sameKey) {
    it(`gives ${forms.join(' / ')} one key`, () => {
      const keys = new Set(forms.map(key));
      assert.equal(keys.size, 1, [...keys].join(', '));
    });
  }

  it('keeps -osi nouns apart from -oso adjectives', () => {
    assert.notEqual(key('fibrosi'), key('fibroso'));
    assert.equal(key('artrosi'), 'artrosi');
  });

  it('leaves short words and words with digits alone', () => {
    assert.equal(key('di'), 'di');
    assert.equal(key('via'), 'via');
    assert.equal(key('B12'), 'b12');
  });

  it('keeps common words apart from entities whose stem would be shorter than four letters', () => {
    assert.notEqual(key('come'), key('coma'));
    assert.notEqual(key('mani'), key('mania'));
    assert.notEqual(key('mano'), key('mania'));
    assert.equal(key('tosse'), key('tossi'));
  });
});
