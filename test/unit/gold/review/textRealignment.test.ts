import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyTextChanges } from '../../../../src/gold/spanTracker';
import { changeBetween } from '../../../../src/gold/review/textRealignment';

describe('changeBetween', () => {
  it('finds the one edited region between two versions of a note', () => {
    const before = 'Paziente con febbre. Terapia: paracetamolo.';
    const after = 'Paziente con febbre alta. Terapia: paracetamolo.';
    assert.deepEqual(changeBetween(before, after), { rangeOffset: 19, rangeLength: 0, text: ' alta' });
  });

  it('gives nothing for equal texts', () => {
    assert.equal(changeBetween('Nega dispnea.', 'Nega dispnea.'), undefined);
  });

  it('turns any text into any other', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const change = changeBetween(a, b);
      assert.equal(change ? applyTextChanges(a, [change]) : a, b);
    }));
  });
});
