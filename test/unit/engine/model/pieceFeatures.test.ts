import { strict as assert } from 'node:assert';
import type { Candidate } from '../../../../src/engine/entity';
import { KNOWN_FEATURES, pieceFeatures, unknownFeatures } from '../../../../src/engine/model/pieceFeatures';
import type { WordPieceEncoding } from '../../../../src/engine/model/wordPieceTokenizer';

/** One piece per whitespace word, except words split at `#` into two pieces. */
function encode(text: string): WordPieceEncoding {
  const encoding: WordPieceEncoding = { ids: [], starts: [], ends: [], wordIds: [], wordCount: 0 };
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    const cut = m[0].indexOf('#');
    const parts = cut > 0 ? [[start, start + cut], [start + cut, start + m[0].length]] : [[start, start + m[0].length]];
    for (const [s, e] of parts) {
      encoding.ids.push(5);
      encoding.starts.push(s);
      encoding.ends.push(e);
      encoding.wordIds.push(encoding.wordCount);
    }
    encoding.wordCount++;
  }
  return encoding;
}

function active(features: Float32Array, names: readonly string[], piece: number): string[] {
  return names.filter((_, i) => features[piece * names.length + i] === 1);
}

describe('pieceFeatures', () => {
  const names = KNOWN_FEATURES;

  it('marks the words of lexicon and pattern candidates with their label and position', () => {
    const text = 'Nega dolore toracico oppressivo, ECG normale';
    const candidates: Candidate[] = [
      { start: 5, end: 20, label: 'PROBLEM', score: 0.85, source: 'lexicon' },
      { start: 5, end: 31, label: 'PROBLEM', score: 0.5, source: 'pattern' },
      { start: 33, end: 36, label: 'TEST', score: 0.85, source: 'lexicon' },
    ];
    const features = pieceFeatures(text, encode(text), candidates, names);
    assert.deepEqual(active(features, names, 0), ['shape:upper_initial']);
    assert.deepEqual(active(features, names, 1), ['lexicon:PROBLEM:B', 'pattern:PROBLEM:B']);
    assert.deepEqual(active(features, names, 2), ['lexicon:PROBLEM:E', 'pattern:PROBLEM:I']);
    assert.deepEqual(active(features, names, 3), ['pattern:PROBLEM:E']);
    assert.deepEqual(active(features, names, 4), ['lexicon:TEST:S', 'shape:upper_initial', 'shape:all_upper']);
  });

  it('flags an ambiguous lexicon match and gives every piece of a word its word features', () => {
    const text = 'pregresso IM#A';
    const features = pieceFeatures(text, encode(text), [{ start: 10, end: 14, label: 'PROBLEM', score: 0.5, source: 'lexicon' }], names);
    for (const piece of [1, 2]) assert.deepEqual(active(features, names, piece), ['lexicon:PROBLEM:S', 'lexicon:ambiguous', 'shape:upper_initial', 'shape:all_upper']);
  });

  it('ignores model candidates and computes only the features named, in their order', () => {
    const text = 'Hb 9,8';
    const chosen = ['shape:digit', 'lexicon:TEST:S'];
    const features = pieceFeatures(text, encode(text), [
      { start: 0, end: 2, label: 'TEST', score: 0.85, source: 'lexicon' },
      { start: 3, end: 6, label: 'TEST', score: 0.9, source: 'model' },
    ], chosen);
    assert.deepEqual([...features], [0, 1, 1, 0]);
  });

  it('marks every word of a sentence written mostly in capitals', () => {
    const text = 'DIAGNOSI DI DIMISSIONE: BPCO riacutizzata';
    const features = pieceFeatures(text, encode(text), [], names);
    for (let piece = 0; piece < 5; piece++) assert.ok(active(features, names, piece).includes('shape:upper_sentence'));
    const mixed = 'Paziente con BPCO riacutizzata e febbre';
    assert.ok(!active(pieceFeatures(mixed, encode(mixed), [], names), names, 2).includes('shape:upper_sentence'));
  });

  it('names the features it cannot compute', () => {
    assert.deepEqual(unknownFeatures(['lexicon:PROBLEM:B', 'lexicon:DRUG:B', 'shape:emoji']), ['lexicon:DRUG:B', 'shape:emoji']);
  });
});
