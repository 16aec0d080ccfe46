import { strict as assert } from 'node:assert';
import { codePointToUtf16 } from '../../../../src/engine/model/codePointOffsets';

describe('codePointToUtf16', () => {
  it('is the identity for text without astral characters', () => {
    const convert = codePointToUtf16('Febbre e tosse, città');
    assert.equal(convert(0), 0);
    assert.equal(convert(21), 21);
  });

  it('counts an emoji as two UTF-16 code units', () => {
    const text = '😀 Società 😷 tosse';
    const convert = codePointToUtf16(text);
    // "Società" starts at code point 2, UTF-16 index 3; "tosse" at code point 12, index 14.
    assert.equal(text.slice(convert(2), convert(9)), 'Società');
    assert.equal(text.slice(convert(12), convert(17)), 'tosse');
  });
});
