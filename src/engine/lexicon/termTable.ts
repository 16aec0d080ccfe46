import { isLabel, type Label } from '../entity';
import { isCaseSensitiveAbbreviation, joinHyphenated, termTokens, type TermToken } from './termTokens';

/** What a term's tokens stand for: one label, with its best score. */
export interface TableTerm {
  label: Label;
  score: number;
  code?: string;
}

/** The tokens a match covers and the terms it stands for; `from`/`to` index the token array, `to` exclusive. */
export interface TermMatch {
  from: number;
  to: number;
  terms: TableTerm[];
}

/** A term to put in a table: with `caseSensitive`, every word must match its spelling exactly. */
export interface TableInput {
  term: string;
  value: TableTerm;
  caseSensitive: boolean;
}

// Keys are tokens, which hold no whitespace, so never a TAB. A token of U+0001 itself (a control
// character in a term or a note) is the one key that could hold the key separator: a term with one
// is not stored, and a sentence's token of it matches nothing (see `usableKey`).
const KEY_SEPARATOR = '\u0001';
const FIELD_SEPARATOR = '\t';
// Where a path's terms come in the lexicon, zero-padded so that the lines of one path sort in that order.
const ORDER_DIGITS = 7;

/**
 * The terms of a lexicon as sorted lines `path<TAB>order<TAB>label<TAB>score<TAB>code`, where a
 * path is the keys of a term's tokens (a loose key, or an exact one for case-sensitive tokens)
 * joined by U+0001, one line per path and label, and `order` keeps the labels of one path in the
 * order the lexicon gives them (the merge breaks ties by it); and the sorted list of every key of
 * every path. A match walks the sentence's tokens with binary searches in these lines.
 *
 * Lines rather than a trie of objects, because a table can be read ready-made (`lines`, `keys`:
 * what `lexiconIndex.ts` stores) in tens of milliseconds while the user waits for a note's first
 * suggestions; building 30,000 trie nodes took a third of a second there.
 */
export class TermTable {
  // The paths looked up so far, as a trie grown from the lines on demand: a note repeats its
  // words, and a Map lookup costs less than a binary search over strings.
  private readonly root: TableNode = { path: '', terms: [], continued: true };
  // Lookups that found nothing, remembered up to MISSES_REMEMBERED: every word of every note is one.
  private misses = 0;

  private constructor(
    readonly lines: readonly string[],
    readonly keys: readonly string[],
  ) {}

  /** The table of these terms; for the same path and label the higher score wins. */
  static build(inputs: Iterable<TableInput>): TermTable {
    const byPathAndLabel = new Map<string, TableTerm>();
    const keys = new Set<string>();
    for (const { term, value, caseSensitive } of inputs) {
      for (const path of termPaths(term, caseSensitive)) {
        for (const key of path) keys.add(key);
        const id = path.join(KEY_SEPARATOR) + FIELD_SEPARATOR + value.label;
        const same = byPathAndLabel.get(id);
        if (!same) byPathAndLabel.set(id, { ...value });
        else if (value.score > same.score) Object.assign(same, value);
        else if (same.code === undefined && value.code !== undefined) same.code = value.code;
      }
    }
    const lines = [...byPathAndLabel].map(([id, t], order) => {
      const [path, label] = id.split(FIELD_SEPARATOR);
      return [path, String(order).padStart(ORDER_DIGITS, '0'), label, t.score, t.code ?? ''].join(FIELD_SEPARATOR);
    });
    return new TermTable(lines.sort(), [...keys].sort());
  }

  /** A table from the lines and keys of another; undefined when they are not sorted as `build` sorts them. */
  static fromLines(lines: readonly string[], keys: readonly string[]): TermTable | undefined {
    return isSorted(lines) && isSorted(keys) ? new TermTable(lines, keys) : undefined;
  }

  /** The paths a term is stored under, each a list of keys: none when it has no word. */
  static pathsOf(term: string, caseSensitive: boolean): string[] {
    return termPaths(term, caseSensitive).map((path) => path.join(KEY_SEPARATOR));
  }

  /**
   * The sentence's tokens with each hyphenated compound joined into one word when some term
   * has that word (`bronco-pneumopatia` for `broncopneumopatia`).
   */
  joinKnownCompounds(tokens: TermToken[]): TermToken[] {
    if (!tokens.some((t) => t.joinsNext)) return tokens;
    return joinHyphenated(tokens, (joined) => this.hasKey(joined.loose) || this.hasKey(joined.exact));
  }

  /**
   * Leftmost-longest matches over the tokens: from each word token, the longest term that
   * starts there; the search resumes after it. Matches start and end on word tokens, never
   * inside a hyphenated compound.
   */
  matchTokens(tokens: TermToken[]): TermMatch[] {
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = tokens[i].isWord && !tokens[i].joinsPrevious ? this.longestFrom(tokens, i) : undefined;
      if (match) {
        matches.push(match);
        i = match.to;
      } else {
        i++;
      }
    }
    return matches;
  }

  private longestFrom(tokens: TermToken[], from: number): TermMatch | undefined {
    // the nodes walked so far that some longer term continues
    let frontier = [this.root];
    let best: TermMatch | undefined;
    for (let j = from; j < tokens.length && frontier.length > 0; j++) {
      const token = tokens[j];
      const canEnd = token.isWord && !token.joinsNext;
      const next: TableNode[] = [];
      const ended: TableTerm[] = [];
      const step = (child: TableNode | undefined) => {
        if (!child) return;
        if (canEnd) ended.push(...child.terms);
        if (child.continued) next.push(child);
      };
      for (const node of frontier) {
        step(this.child(node, token.loose));
        if (token.exact !== token.loose) step(this.child(node, token.exact));
      }
      frontier = next;
      if (ended.length > 0) best = { from, to: j + 1, terms: bestPerLabel(ended) };
    }
    return best;
  }

  private child(node: TableNode, key: string): TableNode | undefined {
    const children = (node.children ??= new Map());
    let child = children.get(key);
    if (child === undefined) {
      if (!usableKey(key)) return undefined;
      const path = node === this.root ? key : node.path + KEY_SEPARATOR + key;
      const terms = this.termsAtPath(path);
      const prefix = path + KEY_SEPARATOR;
      const continued = this.lines[lowerBound(this.lines, prefix)]?.startsWith(prefix) ?? false;
      child = terms.length > 0 || continued ? { path, terms, continued } : null;
      if (child || this.misses++ < MISSES_REMEMBERED) children.set(key, child);
    }
    return child ?? undefined;
  }

  /** The terms stored under a path (as `pathsOf` gives it), in the lexicon's order. */
  termsAtPath(path: string): TableTerm[] {
    const terms: TableTerm[] = [];
    const start = path + FIELD_SEPARATOR;
    for (let i = lowerBound(this.lines, start); i < this.lines.length && this.lines[i].startsWith(start); i++) {
      const [, , label, scoreText, code] = this.lines[i].split(FIELD_SEPARATOR);
      const score = Number(scoreText);
      if (!isLabel(label) || !Number.isFinite(score)) continue;
      terms.push(code ? { label, score, code } : { label, score });
    }
    return terms;
  }

  private hasKey(key: string): boolean {
    return this.keys[lowerBound(this.keys, key)] === key;
  }
}

/** A path looked up: the terms that end there, and whether longer terms continue it (null in a Map: neither). */
interface TableNode {
  path: string;
  terms: TableTerm[];
  continued: boolean;
  children?: Map<string, TableNode | null>;
}

const MISSES_REMEMBERED = 200_000;

/** A term's paths: its tokens' keys, and for a hyphenated term (`cardio-polmonare`) also with the compound as one word. */
function termPaths(term: string, caseSensitive: boolean): string[][] {
  const tokens = termTokens(term);
  if (!tokens.some((t) => t.isWord)) return [];
  const keysOf = (ts: TermToken[]) => ts.map((t) => (caseSensitive || isCaseSensitiveAbbreviation(t) ? t.exact : t.loose));
  const paths = [keysOf(tokens)];
  if (tokens.some((t) => t.joinsNext)) paths.push(keysOf(joinHyphenated(tokens, () => true)));
  return paths.every((path) => path.every(usableKey)) ? paths : [];
}

function usableKey(key: string): boolean {
  return !key.includes(KEY_SEPARATOR);
}

/** The first index whose item is not below `target` (the items sorted by UTF-16 code units). */
function lowerBound(items: readonly string[], target: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isSorted(items: readonly string[]): boolean {
  for (let i = 1; i < items.length; i++) if (!(items[i - 1] < items[i])) return false;
  return true;
}

function bestPerLabel(terms: TableTerm[]): TableTerm[] {
  if (terms.length === 1) return terms;
  const byLabel = new Map<Label, TableTerm>();
  for (const term of terms) {
    const seen = byLabel.get(term.label);
    if (!seen || term.score > seen.score) byLabel.set(term.label, term);
  }
  return [...byLabel.values()];
}
