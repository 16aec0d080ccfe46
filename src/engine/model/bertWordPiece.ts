import type { WordPieceEncoding } from './wordPieceTokenizer';

type Json = Record<string, unknown>;

/**
 * The characters this tokenizer handles itself: Latin script with its Latin-1 and Extended-A/B
 * letters, Greek, General Punctuation, the euro sign, letter-like symbols (℃), arrows, mathematical
 * operators (≤ ≥ ±) and the older emoji; code points still unassigned are left out. All of them
 * were assigned by Unicode 9, so the Rust library, whose category tables are older than the
 * JavaScript engine's, treats them as this file does; the unit test compares the two on each of
 * them. A text with any other character is left to the library.
 */
export const COVERED_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f], [0x0370, 0x03ff], [0x2000, 0x206f], [0x20ac, 0x20ac], [0x2100, 0x214f],
  [0x2190, 0x21ff], [0x2200, 0x22ff], [0x1f300, 0x1f64f],
];
const UNASSIGNED = /^\p{Cn}$/u;

const WHITESPACE = /^\p{White_Space}$/u;
const CONTROL = /^\p{C}$/u;
const NONSPACING_MARKS = /\p{Mn}/gu;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const UNICODE_PUNCTUATION = /^\p{P}$/u;

enum CharClass { Word, Space, Punctuation }

interface NormalizerSettings {
  cleanText: boolean;
  stripAccents: boolean;
  lowercase: boolean;
}

/** Word pieces of one pre-tokenized word: ids and where each ends, in UTF-16 units of the word. */
interface WordPieces {
  ids: number[];
  ends: number[];
}

/** What the normalizer makes of one covered character: its characters, and the class of each. */
interface MappedChar {
  chars: string[];
  classes: CharClass[];
}

const WORD_CACHE_LIMIT = 50_000;

/**
 * A JavaScript copy of the tokenizers library's BERT pipeline (BertNormalizer, BertPreTokenizer,
 * WordPiece) for the texts it covers (COVERED_RANGES). Tokenizing is most of what the engine adds
 * to the model's own time on a small model, and the library spends about 2.5 µs a word, mostly in
 * its offset bookkeeping and in the crossing into native code; this copy about a quarter of that.
 * It gives the library's ids, word ids and offsets exactly: test/unit/engine/model/bertWordPiece.test.ts
 * compares the two on every covered character, on every sentence of the project's notes and on
 * random texts, for the seed's tokenizer settings and the default model's.
 */
export class BertWordPiece {
  /** By code point: an array for the Basic Multilingual Plane, a map for the emoji above it. */
  private readonly bmp: MappedChar[] = [];
  private readonly astral = new Map<number, MappedChar>();
  private readonly cache = new Map<string, WordPieces>();
  private readonly longestPiece: number;

  private constructor(
    private readonly vocab: Map<string, number>,
    private readonly unkId: number,
    private readonly prefix: string,
    private readonly maxWordChars: number,
    private readonly addedTokens: string[],
    normalizer: NormalizerSettings | undefined,
  ) {
    let longest = 0;
    for (const piece of vocab.keys()) longest = Math.max(longest, piece.length);
    this.longestPiece = longest;
    for (const [from, to] of COVERED_RANGES) {
      for (let code = from; code <= to; code++) {
        if (UNASSIGNED.test(String.fromCodePoint(code))) continue;
        const chars = [...normalizeChar(String.fromCodePoint(code), normalizer)];
        const mapped = { chars, classes: chars.map(classify) };
        if (code > 0xffff) this.astral.set(code, mapped);
        else this.bmp[code] = mapped;
      }
    }
  }

  /**
   * The copy for a tokenizer.json object, or undefined when the file asks for anything other than
   * BertNormalizer (or none), BertPreTokenizer and WordPiece: those stay with the library.
   */
  static fromTokenizerJson(json: Json): BertWordPiece | undefined {
    const model = json.model as Json | undefined;
    const pre = json.pre_tokenizer as Json | null | undefined;
    const norm = json.normalizer as Json | null | undefined;
    if (model?.type !== 'WordPiece' || pre?.type !== 'BertPreTokenizer') return undefined;
    if (norm !== null && norm !== undefined && norm.type !== 'BertNormalizer') return undefined;
    const vocabObject = model.vocab as Record<string, number> | undefined;
    if (typeof vocabObject !== 'object' || vocabObject === null) return undefined;
    const vocab = new Map(Object.entries(vocabObject));
    const unkId = vocab.get(String(model.unk_token ?? '[UNK]'));
    if (unkId === undefined) return undefined;
    const addedTokens = Array.isArray(json.added_tokens)
      ? (json.added_tokens as Json[]).map((t) => String(t.content ?? '').toLowerCase()).filter((content) => content !== '')
      : [];
    const lowercase = norm ? norm.lowercase !== false : false;
    const normalizer = norm
      ? { cleanText: norm.clean_text !== false, lowercase, stripAccents: typeof norm.strip_accents === 'boolean' ? norm.strip_accents : lowercase }
      : undefined;
    const prefix = typeof model.continuing_subword_prefix === 'string' ? model.continuing_subword_prefix : '##';
    const maxWordChars = typeof model.max_input_chars_per_word === 'number' ? model.max_input_chars_per_word : 100;
    return new BertWordPiece(vocab, unkId, prefix, maxWordChars, addedTokens, normalizer);
  }

  /** The encoding of `text`, or undefined when the text is not covered and must go to the library. */
  encode(text: string): WordPieceEncoding | undefined {
    const lower = text.toLowerCase();
    if (this.addedTokens.some((token) => lower.includes(token))) return undefined;
    const encoding: WordPieceEncoding = { ids: [], starts: [], ends: [], wordIds: [], wordCount: 0 };
    // the word being built; per UTF-16 unit of it, where in `text` its character starts and ends
    let word = '';
    let starts: number[] = [];
    let ends: number[] = [];
    const endWord = () => {
      if (word === '') return;
      this.addWord(encoding, word, starts, ends);
      word = '';
      starts = [];
      ends = [];
    };
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i)!;
      const next = i + (code > 0xffff ? 2 : 1);
      const mapped = code > 0xffff ? this.astral.get(code) : this.bmp[code];
      if (mapped === undefined) return undefined;
      for (let k = 0; k < mapped.chars.length; k++) {
        const charClass = mapped.classes[k];
        if (charClass !== CharClass.Word) endWord();
        if (charClass === CharClass.Space) continue;
        const char = mapped.chars[k];
        word += char;
        for (let units = char.length; units > 0; units--) {
          starts.push(i);
          ends.push(next);
        }
        if (charClass === CharClass.Punctuation) endWord();
      }
      i = next;
    }
    endWord();
    return encoding;
  }

  private addWord(encoding: WordPieceEncoding, word: string, starts: number[], ends: number[]): void {
    const pieces = this.piecesOf(word);
    const wordId = encoding.wordCount++;
    let start = 0;
    pieces.ids.forEach((id, k) => {
      const end = pieces.ends[k];
      encoding.ids.push(id);
      encoding.starts.push(starts[start]);
      encoding.ends.push(ends[end - 1]);
      encoding.wordIds.push(wordId);
      start = end;
    });
  }

  private piecesOf(word: string): WordPieces {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const pieces = this.wordPiece(word);
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, pieces);
    return pieces;
  }

  /** Greedy longest-match-first, as the library's WordPiece model: an unmatched rest makes the whole word [UNK]. */
  private wordPiece(word: string): WordPieces {
    const whole: WordPieces = { ids: [this.unkId], ends: [word.length] };
    if (word.length > this.maxWordChars && [...word].length > this.maxWordChars) return whole;
    const pieces: WordPieces = { ids: [], ends: [] };
    let start = 0;
    while (start < word.length) {
      let end = Math.min(word.length, start + this.longestPiece);
      let id: number | undefined;
      // an end inside a surrogate pair gives a piece no vocabulary has, as the library's char steps would skip it
      for (; end > start; end--) {
        const piece = start > 0 ? this.prefix + word.slice(start, end) : word.slice(start, end);
        id = this.vocab.get(piece);
        if (id !== undefined) break;
      }
      if (id === undefined) return whole;
      pieces.ids.push(id);
      pieces.ends.push(end);
      start = end;
    }
    return pieces;
  }
}

/** One character through BertNormalizer: clean_text, then strip_accents (NFD, no Mn), then lowercase. */
function normalizeChar(char: string, settings: NormalizerSettings | undefined): string {
  if (!settings) return char;
  let out = char;
  if (settings.cleanText) {
    if (char === '\0' || char === '\uFFFD' || (CONTROL.test(char) && !'\t\n\r'.includes(char))) return '';
    if (WHITESPACE.test(char)) out = ' ';
  }
  if (settings.stripAccents) out = out.normalize('NFD').replace(NONSPACING_MARKS, '');
  if (settings.lowercase) out = out.toLowerCase();
  return out;
}

function classify(char: string): CharClass {
  if (WHITESPACE.test(char)) return CharClass.Space;
  if (ASCII_PUNCTUATION.test(char) || UNICODE_PUNCTUATION.test(char)) return CharClass.Punctuation;
  return CharClass.Word;
}
