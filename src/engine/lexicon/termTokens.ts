import { tokenizeWords, type WordToken } from '../text/wordTokenizer';
import { foldCase, stemItalian } from './italianStemmer';

/** A token of a lexicon term or of a sentence, with the keys the trie compares. */
export interface TermToken extends WordToken {
  /** Case-, accent- and inflection-insensitive key. */
  loose: string;
  /** Key that only the same spelling matches (`TC` but not `tc`). */
  exact: string;
  isWord: boolean;
}

// Hyphens are dropped so that `beta-bloccante` and `beta bloccante` are one term.
const HYPHEN = /^[-‐‑–]$/;
const APOSTROPHE = /^['’ʼ`´]$/;
const EXACT_PREFIX = '\u0000';
const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, string>();

/** Tokenises text into the tokens the lexicon compares, with UTF-16 offsets. */
export function termTokens(text: string): TermToken[] {
  const tokens: TermToken[] = [];
  for (const token of tokenizeWords(text)) {
    if (HYPHEN.test(token.text)) continue;
    const isWord = /^[\p{L}\p{N}\p{M}]/u.test(token.text);
    const loose = isWord ? looseKey(token.text) : APOSTROPHE.test(token.text) ? "'" : token.text;
    tokens.push({ ...token, loose, exact: isWord ? EXACT_PREFIX + token.text : loose, isWord });
  }
  return tokens;
}

/**
 * A short abbreviation written with capitals in the lexicon (`TC`, `PA`, `IMA`, `ECG`, `Hb`,
 * `SpO2`) only matches the same spelling: `pa`, `ima` and `tc` are ordinary Italian or other words.
 */
export function isCaseSensitiveAbbreviation(token: TermToken): boolean {
  return token.isWord && token.text.length <= 4 && /\p{Lu}/u.test(token.text);
}

function looseKey(word: string): string {
  let key = stemCache.get(word);
  if (key === undefined) {
    key = stemItalian(foldCase(word));
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, key);
  }
  return key;
}
