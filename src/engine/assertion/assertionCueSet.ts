import { isLabel, type Assertion, type Label } from '../entity';
import { tokenizeWords } from '../text/wordTokenizer';
import defaultCues from './assertionCues.json';

export const CUE_CATEGORIES = ['negated', 'uncertain', 'historical', 'family'] as const;
export type CueCategory = (typeof CUE_CATEGORIES)[number] & Assertion;
export type CueDirection = 'forward' | 'backward' | 'bidirectional';

/** The JSON form of one cue entry; see README.md in this folder. */
export interface AssertionCueJson {
  cue: string | string[];
  category: CueCategory;
  direction: CueDirection;
  /** Word tokens the scope reaches from the cue (default `defaultMaxScope`). */
  maxScope?: number;
  /** The cue introduces a list: `scopeBreakers` (commas, `e`) do not end its scope. */
  list?: boolean;
  /** Only entities with these labels take the cue's category (default: all). */
  labels?: Label[];
}

export interface AssertionCuesFile {
  provenance?: string;
  /** Which category an entity takes when cues of several categories reach it, strongest first. */
  precedence: CueCategory[];
  defaultMaxScope?: number;
  /** End the scope of a cue that is not a `list` cue. */
  scopeBreakers: string[];
  /** End the scope of every cue. */
  terminators: string[];
  /** Phrases that contain a cue but are not one (`non solo`); they are skipped. */
  pseudoCues: string[];
  cues: AssertionCueJson[];
}

export interface Cue {
  category: CueCategory;
  direction: CueDirection;
  maxScope: number;
  list: boolean;
  labels?: Label[];
}

export type Phrase = { kind: 'cue'; cues: Cue[] } | { kind: 'pseudo' } | { kind: 'terminator' } | { kind: 'breaker' };

export interface PhraseMatch {
  phrase: Phrase;
  /** Tokens the phrase covers. */
  length: number;
}

/**
 * Cue tokens are compared lower-cased but with their accents, because `è` (is) and `e` (and),
 * or `né` (nor) and `ne`, are different words; a cue commonly typed without its accent lists
 * both spellings. Typographic apostrophes count as `'`.
 */
export function cueToken(text: string): string {
  return text.toLowerCase().replace(/[’ʼ`´]/g, "'");
}

const DEFAULT_MAX_SCOPE = 8;

/** Italian NegEx/ConText cues, indexed for longest-phrase lookup over sentence tokens. */
export class AssertionCueSet {
  private readonly byFirstToken = new Map<string, { tokens: string[]; phrase: Phrase }[]>();
  private static defaultSet: AssertionCueSet | undefined;

  private constructor(readonly precedence: readonly CueCategory[]) {}

  /** The project's cues, `assertionCues.json`. */
  static default(): AssertionCueSet {
    return (AssertionCueSet.defaultSet ??= AssertionCueSet.fromJson(defaultCues));
  }

  /** Validates and indexes a cue file; throws an error naming the entry at fault. */
  static fromJson(json: unknown): AssertionCueSet {
    const file = json as AssertionCuesFile;
    if (typeof file !== 'object' || file === null || !Array.isArray(file.cues)) throw new Error('assertion cues: expected an object with a "cues" list');
    for (const key of ['scopeBreakers', 'terminators', 'pseudoCues', 'precedence'] as const) {
      if (!Array.isArray(file[key])) throw new Error(`assertion cues: "${key}" must be a list`);
    }
    for (const c of file.precedence) if (!(CUE_CATEGORIES as readonly string[]).includes(c)) throw new Error(`assertion cues: unknown category "${c}" in precedence`);
    const set = new AssertionCueSet(file.precedence);
    const fallbackScope = file.defaultMaxScope ?? DEFAULT_MAX_SCOPE;
    for (const text of file.pseudoCues) set.add(text, { kind: 'pseudo' }, 'pseudoCues');
    for (const text of file.terminators) set.add(text, { kind: 'terminator' }, 'terminators');
    for (const text of file.scopeBreakers) set.add(text, { kind: 'breaker' }, 'scopeBreakers');
    file.cues.forEach((entry, i) => {
      const where = `cues[${i}]`;
      if (!(CUE_CATEGORIES as readonly string[]).includes(entry.category)) throw new Error(`assertion cues: ${where}: unknown category "${entry.category}"`);
      if (!['forward', 'backward', 'bidirectional'].includes(entry.direction)) throw new Error(`assertion cues: ${where}: unknown direction "${entry.direction}"`);
      const maxScope = entry.maxScope ?? fallbackScope;
      if (!Number.isInteger(maxScope) || maxScope < 1) throw new Error(`assertion cues: ${where}: maxScope must be a positive integer`);
      for (const label of entry.labels ?? []) if (!isLabel(label)) throw new Error(`assertion cues: ${where}: unknown label "${label}"`);
      const cue: Cue = {
        category: entry.category,
        direction: entry.direction,
        maxScope,
        list: entry.list === true,
        ...(entry.labels ? { labels: entry.labels } : {}),
      };
      for (const text of Array.isArray(entry.cue) ? entry.cue : [entry.cue]) set.add(text, { kind: 'cue', cues: [cue] }, where);
    });
    return set;
  }

  /** The longest phrase starting at token `at`, if any. */
  match(tokens: readonly string[], at: number): PhraseMatch | undefined {
    for (const candidate of this.byFirstToken.get(tokens[at]) ?? []) {
      if (candidate.tokens.every((t, k) => tokens[at + k] === t)) return { phrase: candidate.phrase, length: candidate.tokens.length };
    }
    return undefined;
  }

  private add(text: string, phrase: Phrase, where: string): void {
    const tokens = tokenizeWords(text).map((t) => cueToken(t.text));
    if (tokens.length === 0) throw new Error(`assertion cues: ${where}: empty phrase`);
    const list = this.byFirstToken.get(tokens[0]) ?? [];
    const same = list.find((p) => p.tokens.join(' ') === tokens.join(' '));
    if (same) {
      if (same.phrase.kind === 'cue' && phrase.kind === 'cue') {
        same.phrase.cues.push(...phrase.cues);
        return;
      }
      throw new Error(`assertion cues: ${where}: "${text}" is already a ${same.phrase.kind}`);
    }
    list.push({ tokens, phrase });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirstToken.set(tokens[0], list);
  }
}
