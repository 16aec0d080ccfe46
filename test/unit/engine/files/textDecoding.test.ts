import { strict as assert } from 'node:assert';
import { decodeText } from '../../../../src/engine/files/textDecoding';

const NOTE = 'Paziente di 72 anni, febbre 38,5 °C 🤒 e tosse. Nega dispnea.\nTerapia: paracetamolo.';

describe('decodeText', () => {
  it('reads UTF-8 text with accents and emoji unchanged, dropping a byte-order mark', () => {
    assert.deepEqual(decodeText(Buffer.from(NOTE, 'utf8')), { text: NOTE });
    assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTE, 'utf8')])), { text: NOTE });
  });

  it('refuses invalid UTF-8 (a Windows-1252 note) instead of replacing it, saying where and how to convert', () => {
    const latin1 = Buffer.from('Febbre alta.\nCittà di residenza: Bologna, è allergico.', 'latin1');
    const decoded = decodeText(latin1);
    assert.ok('problem' in decoded);
    assert.equal(decoded.problem, 'not valid UTF-8 (byte 0xE0 at line 2, byte offset 17); convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) and try again');
  });

  it('finds the invalid byte after a replacement character the file really contains', () => {
    const bytes = Buffer.concat([Buffer.from('segno \uFFFD ', 'utf8'), Buffer.from([0xe8])]);
    const decoded = decodeText(bytes);
    assert.ok('problem' in decoded);
    assert.match(decoded.problem, /byte 0xE8 at line 1, byte offset 10\)/);
  });

  it('refuses UTF-16 text and binary files', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Febbre alta.', 'utf16le')]);
    assert.deepEqual(decodeText(utf16), { problem: 'UTF-16 text; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8) and try again' });
    assert.deepEqual(decodeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), { problem: 'binary file (contains NUL bytes), not text' });
  });
});
