import type { Label } from '../entity';
import { isCaseSensitiveAbbreviation, joinHyphenated, termTokens, type TermToken } from './termTokens';

/** What a path through the trie stands for: one label of one term, with its best score. */
export interface TrieTerm {
  label: Label;
  score: number;
  code?: string;
}

interface TrieNode {
  /** Absent on leaves: most nodes are, and 20,000 terms' worth of empty Maps made loading GC-bound. */
  children?: Map<string, TrieNode>;
  terms?: TrieTerm[];
}

/** The tokens a match covers and the terms it stands for; `from`/`to` index the token array, `to` exclusive. */
export interface TrieMatch {
  from: number;
  to: number;
  terms: TrieTerm[];
}

/** A trie over term tokens. Each edge is a loose key, or an exact key for case-sensitive tokens. */
export class LexiconTrie {
  private readonly root: TrieNode = { children: new Map() };
  private readonly keys = new Set<string>();

  /**
   * Adds a term; with `caseSensitive`, every word of it must match its spelling exactly. A
   * hyphenated term (`cardio-polmonare`) is also added as one word (`cardiopolmonare`).
   */
  add(term: string, value: TrieTerm, caseSensitive: boolean): boolean {
    const tokens = termTokens(term);
    if (!tokens.some((t) => t.isWord)) return false;
    this.addTokens(tokens, value, caseSensitive);
    if (tokens.some((t) => t.joinsNext)) this.addTokens(joinHyphenated(tokens, () => true), value, caseSensitive);
    return true;
  }

  /**
   * The sentence's tokens with each hyphenated compound joined into one word when some term
   * has that word (`bronco-pneumopatia` for `broncopneumopatia`).
   */
  joinKnownCompounds(tokens: TermToken[]): TermToken[] {
    if (!tokens.some((t) => t.joinsNext)) return tokens;
    return joinHyphenated(tokens, (joined) => this.keys.has(joined.loose) || this.keys.has(joined.exact));
  }

  private addTokens(tokens: TermToken[], value: TrieTerm, caseSensitive: boolean): void {
    let node = this.root;
    for (const token of tokens) {
      const key = caseSensitive || isCaseSensitiveAbbreviation(token) ? token.exact : token.loose;
      this.keys.add(key);
      node.children ??= new Map();
      let child = node.children.get(key);
      if (!child) {
        child = {};
        node.children.set(key, child);
      }
      node = child;
    }
    node.terms ??= [];
    const same = node.terms.find((t) => t.label === value.label);
    if (!same) node.terms.push({ ...value });
    else if (value.score > same.score) Object.assign(same, value);
    else if (same.code === undefined && value.code !== undefined) same.code = value.code;
  }

  /**
   * Leftmost-longest matches over the tokens: from each word token, the longest term that
   * starts there; the search resumes after it. Matches start and end on word tokens, never
   * inside a hyphenated compound.
   */
  matchTokens(tokens: TermToken[]): TrieMatch[] {
    const matches: TrieMatch[] = [];
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

  private longestFrom(tokens: TermToken[], from: number): TrieMatch | undefined {
    let frontier: TrieNode[] = [this.root];
    let best: TrieMatch | undefined;
    for (let j = from; j < tokens.length && frontier.length > 0; j++) {
      const token = tokens[j];
      const next: TrieNode[] = [];
      for (const node of frontier) {
        const loose = node.children?.get(token.loose);
        if (loose) next.push(loose);
        if (token.exact !== token.loose) {
          const exact = node.children?.get(token.exact);
          if (exact) next.push(exact);
        }
      }
      frontier = next;
      if (!token.isWord || token.joinsNext) continue;
      const terms = next.flatMap((n) => n.terms ?? []);
      if (terms.length > 0) best = { from, to: j + 1, terms: bestPerLabel(terms) };
    }
    return best;
  }
}

function bestPerLabel(terms: TrieTerm[]): TrieTerm[] {
  if (terms.length === 1) return terms;
  const byLabel = new Map<Label, TrieTerm>();
  for (const term of terms) {
    const seen = byLabel.get(term.label);
    if (!seen || term.score > seen.score) byLabel.set(term.label, term);
  }
  return [...byLabel.values()];
}
