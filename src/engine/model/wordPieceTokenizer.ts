import { Tokenizer } from 'tokenizers';
import { BertWordPiece } from './bertWordPiece';
import { CodePointOffsets } from '../text/codePointOffsets';
import { ModelFolderError } from './modelFolderError';

/** One text cut into word pieces (no [CLS]/[SEP]); offsets are UTF-16 indices into the text. */
export interface WordPieceEncoding {
  ids: number[];
  starts: number[];
  ends: number[];
  /** Index of the word (as BertPreTokenizer splits words) each piece belongs to, from 0. */
  wordIds: number[];
  wordCount: number;
}

/** Each word's range in the text (UTF-16, end exclusive), from its pieces' offsets. */
export function wordRangesOf(encoding: WordPieceEncoding): { start: number; end: number }[] {
  const words = Array.from({ length: encoding.wordCount }, () => ({ start: Infinity, end: -Infinity }));
  for (let piece = 0; piece < encoding.ids.length; piece++) {
    const word = words[encoding.wordIds[piece]];
    word.start = Math.min(word.start, encoding.starts[piece]);
    word.end = Math.max(word.end, encoding.ends[piece]);
  }
  return words;
}

export interface SpecialTokenIds {
  cls: number;
  sep: number;
  pad: number;
}

type Json = Record<string, unknown>;

/**
 * Wraps a Hugging Face `tokenizers` tokenizer and reports pieces with JavaScript offsets. Plain BERT
 * tokenizers encode the texts BertWordPiece covers in JavaScript, with the same result, and send
 * the rest to the library.
 */
export class WordPieceTokenizer {
  private constructor(
    private readonly tokenizer: Tokenizer,
    readonly special: SpecialTokenIds,
    private readonly bert: BertWordPiece | undefined,
  ) {}

  /** `json` is a tokenizer.json object; `file` names it in errors. */
  static fromJson(json: Json, file: string): WordPieceTokenizer {
    let tokenizer: Tokenizer;
    try {
      tokenizer = Tokenizer.fromString(JSON.stringify(json));
    } catch (error) {
      throw new ModelFolderError(file, `is not a tokenizer the tokenizers library can load (${(error as Error).message})`);
    }
    // Windows are cut by the engine, so a truncation or padding setting in the file must not apply.
    tokenizer.disableTruncation();
    tokenizer.disablePadding();
    return new WordPieceTokenizer(tokenizer, specialTokenIds(tokenizer, json, file), BertWordPiece.fromTokenizerJson(json));
  }

  async encodeBatch(texts: readonly string[]): Promise<WordPieceEncoding[]> {
    const encodings = texts.map((text) => this.bert?.encode(text));
    const left = texts.flatMap((_, i) => (encodings[i] ? [] : [i]));
    const fromLibrary = await this.encodeWithLibrary(left.map((i) => texts[i]));
    left.forEach((i, k) => {
      encodings[i] = fromLibrary[k];
    });
    return encodings as WordPieceEncoding[];
  }

  /** The library's encodings, whatever the tokenizer; for tests of BertWordPiece and for the texts it leaves. */
  async encodeWithLibrary(texts: readonly string[]): Promise<WordPieceEncoding[]> {
    if (texts.length === 0) return [];
    const encodings = await this.tokenizer.encodeBatch([...texts], { addSpecialTokens: false });
    return encodings.map((encoding, i) => {
      const codePoints = new CodePointOffsets(texts[i]);
      const offsets = encoding.getOffsets();
      const rawWordIds = encoding.getWordIds();
      const wordIds: number[] = [];
      let wordCount = 0;
      let previous: number | null | undefined;
      rawWordIds.forEach((raw, piece) => {
        // A piece without a word (an added token met in the text) is a word of its own.
        if (piece === 0 || raw === null || raw === undefined || raw !== previous) wordCount++;
        wordIds.push(wordCount - 1);
        previous = raw;
      });
      return {
        ids: encoding.getIds(),
        // the library's offsets always fall on characters of the text
        starts: offsets.map((o) => codePoints.toUtf16(o[0])!),
        ends: offsets.map((o) => codePoints.toUtf16(o[1])!),
        wordIds,
        wordCount,
      };
    });
  }
}

function specialTokenIds(tokenizer: Tokenizer, json: Json, file: string): SpecialTokenIds {
  const processor = (json.post_processor ?? {}) as Json;
  const fromPair = (value: unknown): number | undefined =>
    Array.isArray(value) && typeof value[1] === 'number' ? value[1] : undefined;
  const byName = (...names: string[]): number | undefined => {
    for (const name of names) {
      const id = tokenizer.tokenToId(name);
      if (id !== null && id !== undefined) return id;
    }
    return undefined;
  };
  const cls = fromPair(processor.cls) ?? byName('[CLS]', '<s>');
  const sep = fromPair(processor.sep) ?? byName('[SEP]', '</s>');
  if (cls === undefined || sep === undefined) {
    throw new ModelFolderError(file, 'defines no [CLS]/[SEP] tokens (post_processor BertProcessing or a [CLS] and [SEP] in the vocabulary)');
  }
  const padding = json.padding as Json | null | undefined;
  const pad = (typeof padding?.pad_id === 'number' ? padding.pad_id : undefined) ?? byName('[PAD]', '<pad>') ?? 0;
  return { cls, sep, pad };
}
