import type { WordToken } from '../text/wordTokenizer';
import { foldCase, stemItalian } from './italianStemmer';

/** A token of a lexicon term or of a sentence, with the keys the term table compares. */
export interface TermToken extends WordToken {
  /** Case-, accent- and inflection-insensitive key. */
  loose: string;
  /** Key that only the same spelling matches (`TC` but not `tc`). */
  exact: string;
  isWord: boolean;
  /** Joined to the next word by a hyphen (`steroido` in `steroido-indotta`): no term may end here. */
  joinsNext: boolean;
  /** Joined to the previous word by a hyphen: no term may start here. */
  joinsPrevious: boolean;
}

// The same tokens as `tokenizeWords` (a word, or one other non-space character), scanned here
// directly because this runs on every word of every note: group 1 is an abbreviation written
// with dots (`B.P.C.O.`, `p.a.`), one token whose key is its letters; group 2 is a word, group 3
// a symbol.
const WORD_OR_SYMBOL = /(?<![\p{L}\p{N}\p{M}.])((?:\p{L}{1,3}\.){2,}(?:\p{L}{1,3})?(?![\p{L}\p{N}]))|([\p{L}\p{N}\p{M}]+)|([^\s\p{L}\p{N}\p{M}])/gu;
// Hyphens are dropped so that `beta-bloccante` and `beta bloccante` are one term; a hyphenated
// compound is still one word, so a term cannot start or end inside it.
const HYPHENS = new Set(['-', '‐', '‑', '–']);
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`', '´']);
const EXACT_PREFIX = '\u0000';
const STEM_CACHE_LIMIT = 100_000;
const stemCache = new Map<string, string>();

/** Tokenises text into the tokens the lexicon compares, with UTF-16 offsets. */
export function termTokens(text: string): TermToken[] {
  const tokens: TermToken[] = [];
  let hyphenJoinedAt = -1;
  WORD_OR_SYMBOL.lastIndex = 0;
  for (let m = WORD_OR_SYMBOL.exec(text); m; m = WORD_OR_SYMBOL.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const dotted = m[1];
    const word = m[2];
    if (dotted !== undefined) {
      // Dots mark an abbreviation whatever its case: `b.p.c.o.` is BPCO.
      const letters = dotted.replace(/\./g, '');
      tokens.push({ start, end, text: dotted, loose: looseKey(letters), exact: EXACT_PREFIX + letters.toUpperCase(), isWord: true, joinsNext: false, joinsPrevious: false });
    } else if (word !== undefined) {
      const joinsPrevious = start === hyphenJoinedAt;
      tokens.push({ start, end, text: word, loose: looseKey(word), exact: EXACT_PREFIX + word, isWord: true, joinsNext: false, joinsPrevious });
    } else if (HYPHENS.has(m[0])) {
      const previous = tokens[tokens.length - 1];
      const nextIsWord = /[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (previous?.isWord && previous.end === start && nextIsWord) {
        previous.joinsNext = true;
        hyphenJoinedAt = end;
      }
    } else {
      const key = APOSTROPHES.has(m[0]) ? "'" : m[0];
      tokens.push({ start, end, text: m[0], loose: key, exact: key, isWord: false, joinsNext: false, joinsPrevious: false });
    }
  }
  return tokens;
}

/**
 * The tokens with each hyphenated compound (`bronco-pneumopatia`) joined into one word
 * (`broncopneumopatia`) when `accept` takes the joined token, so that a compound matches a term
 * spelt as one word, and the other way round.
 */
export function joinHyphenated(tokens: readonly TermToken[], accept: (joined: TermToken) => boolean): TermToken[] {
  const result: TermToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let last = i;
    while (tokens[last].joinsNext && last + 1 < tokens.length) last++;
    if (last > i) {
      const parts = tokens.slice(i, last + 1);
      const text = parts.map((t) => t.text).join('');
      const joined: TermToken = { start: parts[0].start, end: parts[last - i].end, text, loose: looseKey(text), exact: EXACT_PREFIX + text, isWord: true, joinsNext: false, joinsPrevious: false };
      if (accept(joined)) {
        result.push(joined);
        i = last;
        continue;
      }
    }
    result.push(tokens[i]);
  }
  return result;
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
