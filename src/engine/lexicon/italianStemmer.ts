/**
 * Lower-cases a word and removes its accents (`Perché` → `perche`), so that `emorragìa`,
 * `Emorragia` and `EMORRAGIA` compare equal.
 */
export function foldCase(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: most clinical words are plain ASCII and need no decomposition.
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * A light Italian stemmer that maps the singular, plural, masculine and feminine forms of a
 * folded word to one key. It is applied to lexicon terms and sentence words alike, so it need not
 * produce a linguistic root, only the same key for forms of one word:
 *
 * 1. Words of three letters or fewer, and words with anything but `a`–`z`, are left alone
 *    (`di`, `via`, `b12`, `t4`).
 * 2. Words in `-osi` are invariable nouns (`trombosi`, `artrosi`, `fibrosi`) and are left alone, so
 *    that `fibrosi` does not meet `fibroso`. The price: the masculine plural of an `-oso`
 *    adjective (`linfonodi dolorosi`) does not match its singular.
 * 3. One final vowel `a e i o` goes: `-o/-a/-i/-e`, `-ite/-iti`, `-ale/-ali`, `-ore/-ori`,
 *    `-ma/-mi` (`carcinoma/carcinomi`).
 * 4. Then an `i` left at the end goes too: `-io/-i` (`episodio/episodi`), `-ia/-ie`
 *    (`anemia/anemie`, `emorragia/emorragie`), `-cia/-ce` and `-gia/-ge` (`goccia/gocce`,
 *    `spiaggia/spiagge`).
 * 5. Then the `h` of `-ch/-gh` goes: `-co/-chi`, `-ca/-che`, `-go/-ghi`, `-ico/-ica/-ici/-iche`
 *    (`fianco/fianchi`, `cronico/croniche`, `fungo/funghi`).
 *
 * 6. A stem shorter than four letters is not used: the word matches only as written. Short stems
 *    join common words to entities (`come` with `coma`, `mani` with `mania`, measured on the dev
 *    notes); the price is that a few short terms match only their own form (`ernia`, not `ernie`).
 *
 * Known collisions are words whose forms differ only in the ending that is removed, such as
 * `farmaco/farmacia` or `chirurgo/chirurgia`; none of these pairs is a pair of entities.
 */
export function stemItalian(folded: string): string {
  if (folded.length <= 3 || /[^a-z]/.test(folded) || folded.endsWith('osi')) return folded;
  let stem = folded.replace(/[aeio]$/, '');
  if (stem.endsWith('i')) stem = stem.slice(0, -1);
  if (stem.endsWith('ch') || stem.endsWith('gh')) stem = stem.slice(0, -1);
  return stem.length >= 4 ? stem : folded;
}
