import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CodePointOffsets } from '../../../../src/engine/text/codePointOffsets';

describe('CodePointOffsets', () => {
  it('is the identity for text without astral characters, and undefined past its end', () => {
    const offsets = new CodePointOffsets('Febbre e tosse, città');
    assert.equal(offsets.toUtf16(21), 21);
    assert.equal(offsets.toCodePoints(0), 0);
    assert.equal(offsets.toUtf16(22), undefined);
    assert.equal(offsets.toCodePoints(-1), undefined);
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = '😀 Società 😷 tosse';
    const offsets = new CodePointOffsets(text);
    // "Società" starts at code point 2, UTF-16 index 3; "tosse" at code point 12, index 14.
    assert.equal(text.slice(offsets.toUtf16(2), offsets.toUtf16(9)), 'Società');
    assert.equal(text.slice(offsets.toUtf16(12), offsets.toUtf16(17)), 'tosse');
    assert.equal(offsets.toCodePoints(14), 12);
  });

  it('has no code-point offset inside a surrogate pair', () => {
    const offsets = new CodePointOffsets('😷 febbre');
    assert.equal(offsets.toCodePoints(1), undefined);
    assert.deepEqual(offsets.rangeToCodePoints({ start: 3, end: 9 }), { start: 2, end: 8 });
    assert.equal(offsets.rangeToCodePoints({ start: 1, end: 9 }), undefined);
  });

  it('property: converting to code points and back gives the offset again, as Python would count it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'è', '😷', '🫀', ' ', '\r\n'), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const offsets = new CodePointOffsets(text);
        let utf16 = 0;
        [...text].forEach((ch, cp) => {
          assert.equal(offsets.toCodePoints(utf16), cp);
          assert.equal(offsets.toUtf16(cp), utf16);
          utf16 += ch.length;
        });
        assert.equal(offsets.toCodePoints(text.length), [...text].length);
      }),
    );
  });
});
