import { strict as assert } from 'node:assert';
import { ModelFolderError } from '../../../../src/engine/model/modelFolderError';
import { WordPieceTokenizer, type WordPieceEncoding } from '../../../../src/engine/model/wordPieceTokenizer';
import { bertBaseCasedTokenizer } from './fixtures';

function pieces(text: string, encoding: WordPieceEncoding): string[] {
  return encoding.starts.map((start, i) => text.slice(start, encoding.ends[i]));
}

describe('WordPieceTokenizer', () => {
  const cased = bertBaseCasedTokenizer();

  it('cuts words into the pieces bert-base-cased has, with their ids', async () => {
    const [encoding] = await cased.encodeBatch(['febbre e tosse']);
    assert.deepEqual(encoding.ids, [175, 15581, 9730, 174, 10234, 1162]);
    assert.deepEqual(pieces('febbre e tosse', encoding), ['f', 'eb', 'bre', 'e', 'toss', 'e']);
    assert.deepEqual(encoding.wordIds, [0, 0, 0, 1, 2, 2]);
    assert.equal(encoding.wordCount, 3);
  });

  it('reports the special token ids of the vocabulary', () => {
    assert.deepEqual(cased.special, { cls: 101, sep: 102, pad: 0 });
  });

  it('gives UTF-16 offsets after an emoji', async () => {
    const text = '😷 Febbre a 39 °C 😀 in città';
    const [encoding] = await cased.encodeBatch([text]);
    const words = pieces(text, encoding);
    assert.deepEqual(words, ['😷', 'Feb', 'bre', 'a', '39', '°C', '😀', 'in', 'c', 'itt', 'à']);
    assert.equal(encoding.starts[1], text.indexOf('Febbre'));
    assert.equal(encoding.ends[10], text.length);
  });

  it('splits on apostrophes and keeps accented letters in their pieces', async () => {
    const text = "Ecografia dell'addome, perché";
    const [encoding] = await cased.encodeBatch([text]);
    const words = pieces(text, encoding);
    assert.deepEqual(words.slice(4), ['dell', "'", 'add', 'ome', ',', 'perch', 'é']);
    assert.deepEqual(encoding.wordIds.slice(4), [1, 2, 3, 3, 4, 5, 5]);
  });

  it('treats CRLF as whitespace and keeps offsets on the original lines', async () => {
    const text = 'Emocromo: nella norma.\r\nGlicemia 110 mg/dl';
    const [encoding] = await cased.encodeBatch([text]);
    const glicemia = encoding.starts.indexOf(text.indexOf('Glicemia'));
    assert.ok(glicemia > 0);
    assert.ok(pieces(text, encoding).every((piece) => !/[\r\n]/.test(piece)));
  });

  it('maps pieces back to the original accented text when the tokenizer strips accents', async () => {
    const uncased = bertBaseCasedTokenizer({ do_lower_case: true });
    const text = '😀 Città di Forlì: Perché';
    const [encoding] = await uncased.encodeBatch([text]);
    const spans = pieces(text, encoding);
    assert.equal(spans.join(''), text.replace(/\s/g, ''));
    // every piece starts and ends inside the word it came from
    for (const word of ['Città', 'Forlì', 'Perché']) {
      const start = text.indexOf(word);
      const covered = spans.filter((_, i) => encoding.starts[i] >= start && encoding.ends[i] <= start + word.length).join('');
      assert.equal(covered, word);
    }
  });

  it('encodes an empty sentence as no pieces', async () => {
    const [encoding] = await cased.encodeBatch(['']);
    assert.deepEqual(encoding, { ids: [], starts: [], ends: [], wordIds: [], wordCount: 0 });
  });

  it('encodes many sentences in one call, each with its own offsets', async () => {
    const texts = ['TAC torace', '😀 ramipril 5 mg', 'Paracetamolo al bisogno'];
    const encodings = await cased.encodeBatch(texts);
    assert.equal(texts[1].slice(encodings[1].starts[1], encodings[1].ends[encodings[1].ends.length - 3]), 'ramipril');
    assert.equal(encodings.length, 3);
  });

  it('names the file when the tokenizer JSON cannot be loaded', () => {
    assert.throws(
      () => WordPieceTokenizer.fromJson({ model: { type: 'Nonsense' } }, '/m/tokenizer.json'),
      (error: unknown) => error instanceof ModelFolderError && error.file === '/m/tokenizer.json',
    );
  });
});
