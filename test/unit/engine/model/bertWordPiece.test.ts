import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { BertWordPiece, COVERED_RANGES } from '../../../../src/engine/model/bertWordPiece';
import { bertTokenizerJson } from '../../../../src/engine/model/bertTokenizerJson';
import { WordPieceTokenizer } from '../../../../src/engine/model/wordPieceTokenizer';
import { splitSentences } from '../../../../src/engine/text/sentenceSplitter';
import { compileNotes } from '../../../../training/compileNotes';
import { SEED_FORMAT_MODEL } from './fixtures';

interface TokenizerJson {
  model: { vocab: Record<string, number> };
  normalizer: Record<string, unknown> | null;
  [key: string]: unknown;
}
const ROOT = path.resolve(__dirname, '../../../..');
const VOCAB = path.join(SEED_FORMAT_MODEL, 'vocab.txt');

function seedVocabJson(tokenizerConfig: Record<string, unknown>): TokenizerJson {
  return bertTokenizerJson(readFileSync(VOCAB, 'utf8'), tokenizerConfig, VOCAB, 'tokenizer_config.json') as unknown as TokenizerJson;
}

/** The tokenizer files BertWordPiece must copy exactly: the seed's in its three settings, and the default model's. */
function tokenizerFiles(): { name: string; json: TokenizerJson }[] {
  const defaultModel = JSON.parse(readFileSync(path.join(ROOT, 'models', 'default-it', 'tokenizer.json'), 'utf8')) as TokenizerJson;
  const noCleanNoChinese = seedVocabJson({ do_lower_case: true, strip_accents: false, tokenize_chinese_chars: false });
  noCleanNoChinese.normalizer!.clean_text = false;
  const noNormalizer = seedVocabJson({ do_lower_case: false });
  noNormalizer.normalizer = null;
  return [
    { name: 'bert-base-cased vocabulary, cased (the seed)', json: seedVocabJson({ do_lower_case: false }) },
    { name: 'bert-base-cased vocabulary, lower case and accents stripped', json: seedVocabJson({ do_lower_case: true }) },
    { name: 'lower case keeping accents, no text cleaning', json: noCleanNoChinese },
    { name: 'no normalizer', json: noNormalizer },
    { name: 'the default model (models/default-it)', json: defaultModel },
  ];
}

/** Every character BertWordPiece covers. */
function coveredCharacters(): string[] {
  const chars: string[] = [];
  for (const [from, to] of COVERED_RANGES) {
    for (let code = from; code <= to; code++) {
      if (!/\p{Cn}/u.test(String.fromCodePoint(code))) chars.push(String.fromCodePoint(code));
    }
  }
  return chars;
}

/** Sentences of the project's notes (training data and samples). */
function noteSentences(): string[] {
  const notes = compileNotes().notes.map((note) => note.text);
  const samples = path.join(ROOT, 'samples');
  for (const name of readdirSync(samples).filter((n) => /\.(txt|md)$/.test(n))) notes.push(readFileSync(path.join(samples, name), 'utf8'));
  return notes.flatMap((note) => splitSentences(note).map((r) => note.slice(r.start, r.end)));
}

/** Deterministic random texts: vocabulary pieces, covered characters, runs of letters longer than 100. */
function fuzzTexts(vocab: string[], count: number): string[] {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const chars = coveredCharacters();
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, () => {
    let text = '';
    const parts = 1 + Math.floor(next() * 12);
    for (let p = 0; p < parts; p++) {
      const roll = next();
      if (roll < 0.4) text += pick(vocab).replace(/^##/, '');
      else if (roll < 0.7) text += pick(chars);
      else if (roll < 0.9) text += pick([' ', '  ', '\n', '\r\n', '\t', '\u00A0']);
      else if (roll < 0.95) text += 'a'.repeat(95 + Math.floor(next() * 10));
      else text += pick(['dell’', "l'", 'Città', 'PERCHÉ', 'ﬁ', 'İstanbul', 'µg', '°C', '2,5', '1.000']);
    }
    return text;
  });
}

describe('BertWordPiece', () => {
  for (const { name, json } of tokenizerFiles()) {
    describe(name, () => {
      const fast = BertWordPiece.fromTokenizerJson(json)!;
      const library = WordPieceTokenizer.fromJson(json, 'tokenizer.json');

      async function assertSameAsLibrary(texts: string[]): Promise<void> {
        const expected = await library.encodeWithLibrary(texts);
        texts.forEach((text, i) => {
          const ours = fast.encode(text);
          if (ours === undefined) return;
          assert.deepEqual(ours, expected[i], `${JSON.stringify(text)} is encoded differently from the library`);
        });
      }

      it('is used for this file', () => {
        assert.ok(fast);
      });

      it('encodes every covered character, alone and inside words, as the library does', async () => {
        const texts = coveredCharacters().flatMap((c) => [c, `x${c}y`, `Ab${c}${c}cd e${c}`, `${c}ab ${c.toUpperCase()}`]);
        assert.ok(coveredCharacters().every((c) => fast.encode(`x${c}y`) !== undefined));
        await assertSameAsLibrary(texts);
      });

      it("encodes every sentence of the project's notes as the library does", async () => {
        const sentences = noteSentences();
        assert.ok(sentences.length > 5_000);
        assert.ok(sentences.filter((s) => fast.encode(s) !== undefined).length / sentences.length > 0.99);
        await assertSameAsLibrary(sentences);
      });

      it('encodes random texts of pieces, punctuation, whitespace and over-long words as the library does', async () => {
        await assertSameAsLibrary(fuzzTexts(Object.keys(json.model.vocab), 3000));
      });
    });
  }

  const json = seedVocabJson({ do_lower_case: true });
  const fast = BertWordPiece.fromTokenizerJson(json)!;

  it('leaves to the library texts with characters outside the covered ranges or with special tokens', () => {
    for (const text of ['febbre 🦠', 'e\u0301', '肺炎', 'tosse\uFFFD', 'Febbre [CLS] alta', 'vedi [sep]', 'жар', '①', '\u0378']) {
      assert.equal(fast.encode(text), undefined, text);
    }
  });

  it('turns a word longer than 100 characters, or one the vocabulary cannot spell, into one [UNK]', () => {
    const unk = json.model.vocab['[UNK]'];
    const long = `febbre ${'a'.repeat(101)} tosse`;
    const encoding = fast.encode(long)!;
    assert.equal(encoding.ids[encoding.starts.indexOf(7)], unk);
    assert.equal(encoding.ends[encoding.starts.indexOf(7)], 108);
  });

  it('is not used for tokenizers other than BERT WordPiece', () => {
    assert.equal(BertWordPiece.fromTokenizerJson({ ...json, pre_tokenizer: { type: 'Whitespace' } }), undefined);
    assert.equal(BertWordPiece.fromTokenizerJson({ ...json, normalizer: { type: 'Sequence', normalizers: [] } }), undefined);
    assert.equal(BertWordPiece.fromTokenizerJson({ ...json, model: { ...json.model, type: 'BPE' } }), undefined);
  });

  it('gives the same batch as the library through WordPieceTokenizer, covered texts and others mixed', async () => {
    const tokenizer = WordPieceTokenizer.fromJson(json, 'tokenizer.json');
    const texts = ['Febbre 38,5 °C', 'Dolore 😷 toracico', '', 'PA 130/80 mmHg', 'e\u0301 [CLS]'];
    assert.deepEqual(await tokenizer.encodeBatch(texts), await tokenizer.encodeWithLibrary(texts));
  });
});
