// How the lexicon sources drop a spelling that an earlier row already has: the first row wins
// (hand-written files come before families, so a family never overrides a person). When the
// dropped row has another label, the kept one becomes `ambiguous` (`vitamina D` is a drug and a
// lab test). PROBLEM terms also fold hyphens and Italian inflection (`ernia inguinale` /
// `ernie inguinali`), except terms that match only their exact spelling (`confuso` and `confusa`
// are both needed); TREATMENT and TEST keep hyphenated spellings apart (`PET TC`, `PET-TC`).
import { MATCHING_FLAGS, type LexiconEntry } from '../../src/engine/lexicon/lexiconEntry';

export type DuplicateKey = (entry: LexiconEntry) => string;

/** Case, accents, typographic apostrophes and runs of spaces folded. */
export function plainKey({ term }: Pick<LexiconEntry, 'term'>): string {
  return withoutAccents(term.toLowerCase()).replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

/** {@link plainKey}, with hyphens as spaces and a space after every apostrophe. */
export function spellingKey({ term }: Pick<LexiconEntry, 'term'>): string {
  return plainKey({ term: term.replace(/’/g, "'").replace(/-/g, ' ').replace(/'/g, "' ") });
}

/**
 * Each lower-case word without its final vowel (and a plural -i, and the h of -chi/-ghi); the
 * spelling itself for a term that the matcher takes only as written.
 */
export function inflectionKey(entry: LexiconEntry): string {
  if (entry.flags.some((f) => (MATCHING_FLAGS as readonly string[]).includes(f))) return `=${spellingKey(entry)}`;
  return entry.term.split(/[\s\-'’/]+/).filter((w) => w !== '').map((word) => {
    let key = spellingKey({ term: word });
    if (word !== word.toLowerCase() || !/^\p{L}+$/u.test(key) || key.length <= 3 || !'aeiou'.includes(key.at(-1)!)) return key;
    key = key.slice(0, -1);
    if (key.endsWith('i') && key.length > 3) key = key.slice(0, -1);
    if (key.endsWith('ch') || key.endsWith('gh')) key = key.slice(0, -1);
    return key;
  }).join(' ');
}

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '');
}

export interface Deduplicated {
  kept: LexiconEntry[];
  /** Each dropped row, and the row that kept its spelling. */
  dropped: { entry: LexiconEntry; keptAs: LexiconEntry }[];
}

/** The rows whose keys no earlier row has, in order. */
export function deduplicate(entries: readonly LexiconEntry[], keys: readonly DuplicateKey[]): Deduplicated {
  const seen = keys.map(() => new Map<string, LexiconEntry>());
  const kept: LexiconEntry[] = [];
  const dropped: Deduplicated['dropped'] = [];
  for (const entry of entries) {
    const entryKeys = keys.map((key) => key(entry));
    const earlier = entryKeys.map((k, i) => seen[i].get(k)).find((e) => e !== undefined);
    if (earlier !== undefined) {
      if (earlier.label !== entry.label && earlier.flags.length === 0) earlier.flags = ['ambiguous'];
      dropped.push({ entry, keptAs: earlier });
      continue;
    }
    const copy = { ...entry, flags: [...entry.flags] };
    entryKeys.forEach((k, i) => seen[i].set(k, copy));
    kept.push(copy);
  }
  return { kept, dropped };
}
