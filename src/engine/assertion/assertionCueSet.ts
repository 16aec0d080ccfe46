import { isLabel, type Assertion, type Label } from '../entity';
import { tokenizeWords } from '../text/wordTokenizer';
import defaultCues from './assertionCues.json';

export const CUE_CATEGORIES = ['negated', 'uncertain', 'hypothetical', 'historical', 'family'] as const;
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

/** The JSON form of a relay: entities after it take the status of the entity just before it. */
export interface RelayJson {
  cue: string | string[];
  /** The statuses it passes on; an entity before it with another status passes nothing. */
  statuses: CueCategory[];
  /** Word tokens allowed between that entity and the relay (default 3). */
  reach?: number;
  /** Word tokens the relay reaches forward (default `defaultMaxScope`); commas and `e` do not end it. */
  maxScope?: number;
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
  relays?: RelayJson[];
}

export interface Cue {
  category: CueCategory;
  direction: CueDirection;
  maxScope: number;
  list: boolean;
  labels?: Label[];
}

export interface Relay {
  statuses: CueCategory[];
  reach: number;
  maxScope: number;
}

export type Phrase = { kind: 'cue'; cues: Cue[] } | { kind: 'relay'; relay: Relay } | { kind: 'pseudo' } | { kind: 'terminator' } | { kind: 'breaker' };

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
const DEFAULT_RELAY_REACH = 3;

/** Phrase words written `<name>` stand for any token of a kind (`nel <year>`). */
const TOKEN_CLASSES: Record<string, RegExp> = {
  '<year>': /^(?:19|20)\d\d$/,
  '<digits>': /^\d+$/,
  '<month>': /^(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)$/,
  '<number>': /^(?:\d+|un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|diciotto|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta)$/,
};

function tokenMatches(pattern: string, token: string | undefined): boolean {
  return pattern === token || (token !== undefined && (TOKEN_CLASSES[pattern]?.test(token) ?? false));
}

function isCategory(value: unknown): value is CueCategory {
  return (CUE_CATEGORIES as readonly unknown[]).includes(value);
}

function phrasesOf(cue: unknown, where: string): string[] {
  const phrases = Array.isArray(cue) ? cue : [cue];
  if (phrases.some((p) => typeof p !== 'string')) throw new Error(`assertion cues: ${where}: every phrase must be a string`);
  return phrases as string[];
}

function readCue(entry: AssertionCueJson, precedence: readonly CueCategory[], fallbackScope: number, where: string): Cue {
  if (!isCategory(entry.category)) throw new Error(`assertion cues: ${where}: unknown category "${entry.category}"`);
  if (!precedence.includes(entry.category)) throw new Error(`assertion cues: ${where}: category "${entry.category}" is missing from precedence`);
  if (!['forward', 'backward', 'bidirectional'].includes(entry.direction)) throw new Error(`assertion cues: ${where}: unknown direction "${entry.direction}"`);
  const maxScope = entry.maxScope ?? fallbackScope;
  if (!Number.isInteger(maxScope) || maxScope < 1) throw new Error(`assertion cues: ${where}: maxScope must be a positive integer`);
  for (const label of entry.labels ?? []) if (!isLabel(label)) throw new Error(`assertion cues: ${where}: unknown label "${label}"`);
  return { category: entry.category, direction: entry.direction, maxScope, list: entry.list === true, ...(entry.labels ? { labels: entry.labels } : {}) };
}

function readRelay(entry: RelayJson, fallbackScope: number, where: string): Relay {
  if (!Array.isArray(entry.statuses) || !entry.statuses.every(isCategory)) throw new Error(`assertion cues: ${where}: "statuses" must list categories of ${CUE_CATEGORIES.join(', ')}`);
  const relay: Relay = { statuses: entry.statuses, reach: entry.reach ?? DEFAULT_RELAY_REACH, maxScope: entry.maxScope ?? fallbackScope };
  if (!Number.isInteger(relay.reach) || relay.reach < 0) throw new Error(`assertion cues: ${where}: reach must be a whole number`);
  if (!Number.isInteger(relay.maxScope) || relay.maxScope < 1) throw new Error(`assertion cues: ${where}: maxScope must be a positive integer`);
  return relay;
}

interface IndexedPhrase {
  tokens: string[];
  phrase: Phrase;
}

/** Italian NegEx/ConText cues, indexed for longest-phrase lookup over sentence tokens. */
export class AssertionCueSet {
  private readonly byFirstToken = new Map<string, IndexedPhrase[]>();
  /** The same phrases by their whole token sequence, to find a repeated phrase without a scan. */
  private readonly byTokens = new Map<string, IndexedPhrase>();
  /** Token classes that start a phrase: only these are tried on each token. */
  private readonly leadingClasses: string[] = [];
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
    if (file.relays !== undefined && !Array.isArray(file.relays)) throw new Error('assertion cues: "relays" must be a list');
    for (const c of file.precedence) if (!isCategory(c)) throw new Error(`assertion cues: unknown category "${c}" in precedence`);
    const set = new AssertionCueSet(file.precedence);
    const fallbackScope = file.defaultMaxScope ?? DEFAULT_MAX_SCOPE;
    for (const text of phrasesOf(file.pseudoCues, 'pseudoCues')) set.add(text, { kind: 'pseudo' }, 'pseudoCues');
    for (const text of phrasesOf(file.terminators, 'terminators')) set.add(text, { kind: 'terminator' }, 'terminators');
    for (const text of phrasesOf(file.scopeBreakers, 'scopeBreakers')) set.add(text, { kind: 'breaker' }, 'scopeBreakers');
    file.cues.forEach((entry, i) => {
      const where = `cues[${i}]`;
      const cue = readCue(entry, file.precedence, fallbackScope, where);
      for (const text of phrasesOf(entry.cue, where)) set.add(text, { kind: 'cue', cues: [cue] }, where);
    });
    (file.relays ?? []).forEach((entry, i) => {
      const where = `relays[${i}]`;
      const relay = readRelay(entry, fallbackScope, where);
      for (const text of phrasesOf(entry.cue, where)) set.add(text, { kind: 'relay', relay }, where);
    });
    return set;
  }

  /** The longest phrase of at most `maxLength` tokens starting at token `at`, if any. */
  match(tokens: readonly string[], at: number, maxLength = Infinity): PhraseMatch | undefined {
    const first = tokens[at]!;
    let best: PhraseMatch | undefined;
    for (const key of [first, ...this.leadingClasses.filter((c) => TOKEN_CLASSES[c]!.test(first))]) {
      for (const candidate of this.byFirstToken.get(key) ?? []) {
        const length = candidate.tokens.length;
        if (length > maxLength || (best && length <= best.length)) continue;
        if (candidate.tokens.every((t, k) => tokenMatches(t, tokens[at + k]))) best = { phrase: candidate.phrase, length };
      }
    }
    return best;
  }

  private add(text: string, phrase: Phrase, where: string): void {
    const tokens = text
      .trim()
      .split(/\s+/)
      .flatMap((word) => (word in TOKEN_CLASSES ? [word] : tokenizeWords(word).map((t) => cueToken(t.text))));
    if (tokens.length === 0) throw new Error(`assertion cues: ${where}: empty phrase`);
    const key = tokens.join(' ');
    const same = this.byTokens.get(key);
    if (same) {
      if (same.phrase.kind === 'cue' && phrase.kind === 'cue') {
        same.phrase.cues.push(...phrase.cues);
        return;
      }
      throw new Error(`assertion cues: ${where}: "${text}" is already a ${same.phrase.kind}`);
    }
    const indexed = { tokens, phrase };
    this.byTokens.set(key, indexed);
    const first = tokens[0]!;
    const list = this.byFirstToken.get(first);
    if (list) list.push(indexed);
    else this.byFirstToken.set(first, [indexed]);
    if (first in TOKEN_CLASSES && !this.leadingClasses.includes(first)) this.leadingClasses.push(first);
  }
}
