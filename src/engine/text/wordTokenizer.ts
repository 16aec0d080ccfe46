import type { TextRange } from '../entity';

export interface WordToken extends TextRange {
  text: string;
}

// A word is a run of letters, digits and combining marks; every other non-space character
// (punctuation, apostrophes, symbols, emoji) is a token of its own. Offsets are UTF-16.
const WORD_OR_SYMBOL = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

/** Splits text into words and single punctuation marks, keeping their offsets. */
export function tokenizeWords(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD_OR_SYMBOL)) {
    const start = offset + (m.index ?? 0);
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}

export function isWordToken(token: WordToken): boolean {
  return /^[\p{L}\p{N}\p{M}]/u.test(token.text);
}
