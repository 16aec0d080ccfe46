import type { Assertion, Entity } from '../entity';
import { isWordToken, tokenizeWords, type WordToken } from '../text/wordTokenizer';
import { AssertionCueSet, cueToken, type CueCategory, type Phrase, type Relay } from './assertionCueSet';

interface Occurrence {
  phrase: Phrase;
  from: number;
  to: number;
}

/** How far a scope reaches and what ends it. `category` undefined: a relay, which any cue ends. */
interface Reach {
  category?: CueCategory;
  maxScope: number;
  list: boolean;
}

/** First and last token of an entity. */
interface TokenSpan {
  first: number;
  last: number;
}

/**
 * Sets `assertion` on every entity of one sentence (offsets relative to it), ConText style:
 * each cue reaches forward and/or backward over at most `maxScope` word tokens, stopping at a
 * terminator (`ma`, `tuttavia`, `;`…), at a cue of another category (unless it directly follows
 * the cue: `nega pregressi eventi`), and, unless the cue introduces a list (`nega`, `assenza
 * di`), at a comma or `e`. Pseudo-cues (`non solo`) are skipped, and words inside an entity
 * never act as cues (`linfoma non Hodgkin`). An entity is reached when its first token (forward)
 * or last token (backward) is in scope. When cues of several categories reach it, the cue file's
 * precedence decides; with none it is `present`. Then, left to right, an entity in brackets right
 * after another (`sindrome coronarica acuta (STEMI)`) takes that one's status, and a relay
 * (`trattato con`) passes the status of the entity just before it to the entities it reaches.
 * Returns new entity objects; the input is not changed.
 */
export function assignAssertions(sentence: string, entities: readonly Entity[], cues: AssertionCueSet = AssertionCueSet.default()): Entity[] {
  const tokens = tokenizeWords(sentence);
  const spans = entities.map((e) => tokenSpanOf(tokens, e));
  const occurrences = findOccurrences(tokens, tokensInEntities(tokens, entities), cues);
  const scopes = cueScopes(occurrences, tokens);
  const statuses = entities.map((entity, i) => {
    const { first, last } = spans[i]!;
    const reached = new Set<CueCategory>();
    for (const { cue, forward, backward } of scopes) {
      if (cue.labels && !cue.labels.includes(entity.label)) continue;
      if ((first >= forward.from && first < forward.to) || (last > backward.from && last <= backward.to)) reached.add(cue.category);
    }
    return cues.precedence.find((c) => reached.has(c)) ?? 'present';
  });
  passStatusesOn(spans, statuses, relayScopes(occurrences, tokens), tokens);
  return entities.map((entity, i) => ({ ...entity, source: [...entity.source], assertion: statuses[i] }));
}

function tokenSpanOf(tokens: WordToken[], entity: Entity): TokenSpan {
  const first = tokens.findIndex((t) => t.end > entity.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < entity.end) last++;
  return { first, last };
}

/** Token ranges each cue reaches: forward `[from, to)`, backward `(from, to]`; empty for the other direction. */
function cueScopes(occurrences: Occurrence[], tokens: WordToken[]) {
  const startsAt = new Map(occurrences.map((o) => [o.from, o]));
  const endsAt = new Map(occurrences.map((o) => [o.to - 1, o]));
  const none = { from: 0, to: 0 };
  return occurrences.flatMap((occurrence) =>
    occurrence.phrase.kind !== 'cue'
      ? []
      : occurrence.phrase.cues.map((cue) => ({
          cue,
          forward: cue.direction === 'backward' ? none : { from: occurrence.to, to: forwardLimit(occurrence, cue, tokens, startsAt) },
          backward: cue.direction === 'forward' ? none : { from: backwardLimit(occurrence, cue, tokens, endsAt), to: occurrence.from - 1 },
        })),
  );
}

interface RelayScope {
  relay: Relay;
  /** The relay's first token: its anchor ends before it. */
  at: number;
  /** Tokens `[from, to)` it reaches. */
  from: number;
  to: number;
}

function relayScopes(occurrences: Occurrence[], tokens: WordToken[]): RelayScope[] {
  const startsAt = new Map(occurrences.map((o) => [o.from, o]));
  return occurrences.flatMap((occurrence) =>
    occurrence.phrase.kind !== 'relay'
      ? []
      : [{ relay: occurrence.phrase.relay, at: occurrence.from, from: occurrence.to, to: forwardLimit(occurrence, { maxScope: occurrence.phrase.relay.maxScope, list: true }, tokens, startsAt) }],
  );
}

/**
 * Left to right, so that a status passed on can be passed on again: a bracketed entity right after
 * another names the same thing; a relay's entities take its anchor's status when the relay passes it.
 */
function passStatusesOn(spans: TokenSpan[], statuses: Assertion[], relays: RelayScope[], tokens: WordToken[]): void {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.first - spans[b]!.first);
  order.forEach((i, k) => {
    const { first, last } = spans[i]!;
    const before = k > 0 ? order[k - 1]! : undefined;
    if (before !== undefined && tokens[first - 1]?.text === '(' && tokens[last + 1]?.text === ')' && spans[before]!.last === first - 2) {
      statuses[i] = statuses[before]!;
      return;
    }
    if (statuses[i] !== 'present') return;
    for (const { relay, at, from, to } of relays) {
      if (first < from || first >= to) continue;
      const anchor = order.slice(0, k).reverse().find((j) => spans[j]!.last < at);
      if (anchor === undefined || wordsBetween(tokens, spans[anchor]!.last + 1, at) > relay.reach) continue;
      const status = statuses[anchor]!;
      if (status !== 'present' && relay.statuses.includes(status)) statuses[i] = status;
    }
  });
}

function wordsBetween(tokens: WordToken[], from: number, to: number): number {
  return tokens.slice(from, to).filter(isWordToken).length;
}

/** Whether each token overlaps an entity, by a sweep over entities sorted by start. */
function tokensInEntities(tokens: WordToken[], entities: readonly Entity[]): boolean[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const inside = new Array<boolean>(tokens.length).fill(false);
  let e = 0;
  let reach = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (e < sorted.length && sorted[e]!.start < t.end) reach = Math.max(reach, sorted[e++]!.end);
    inside[i] = reach > t.start;
  }
  return inside;
}

/** The longest phrase at each token that stays outside entities; a comma inside a number (`38,5`) is no phrase. */
function findOccurrences(tokens: WordToken[], inEntity: boolean[], cues: AssertionCueSet): Occurrence[] {
  const keys = tokens.map((t) => cueToken(t.text));
  // Tokens from each position to the next entity token, so that a phrase never runs into one.
  const room = new Array<number>(keys.length + 1).fill(0);
  for (let j = keys.length - 1; j >= 0; j--) room[j] = inEntity[j] ? 0 : room[j + 1]! + 1;
  const occurrences: Occurrence[] = [];
  let i = 0;
  while (i < keys.length) {
    const match = room[i]! > 0 && !isInsideNumber(tokens, i) ? cues.match(keys, i, room[i]) : undefined;
    if (match) {
      occurrences.push({ phrase: match.phrase, from: i, to: i + match.length });
      i += match.length;
    } else {
      i++;
    }
  }
  return occurrences;
}

function isInsideNumber(tokens: WordToken[], i: number): boolean {
  const [before, mark, after] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  return (mark.text === ',' || mark.text === '.') && before !== undefined && after !== undefined && before.end === mark.start && mark.end === after.start && /\d$/.test(before.text) && /^\d/.test(after.text);
}

/** The token index where a forward scope ends (exclusive). */
function forwardLimit(occurrence: Occurrence, reach: Reach, tokens: WordToken[], startsAt: Map<number, Occurrence>): number {
  let words = 0;
  let j = occurrence.to;
  while (j < tokens.length) {
    const other = startsAt.get(j);
    if (other && endsScope(other.phrase, reach, 'forward') && !(j === occurrence.to && other.phrase.kind === 'cue')) return j;
    if (isWordToken(tokens[j]!) && ++words > reach.maxScope) return j;
    j = other ? other.to : j + 1;
  }
  return j;
}

/** The token index where a backward scope ends (exclusive, below the scope). */
function backwardLimit(occurrence: Occurrence, reach: Reach, tokens: WordToken[], endsAt: Map<number, Occurrence>): number {
  let words = 0;
  let j = occurrence.from - 1;
  while (j >= 0) {
    const other = endsAt.get(j);
    if (other && endsScope(other.phrase, reach, 'backward')) return j;
    if (isWordToken(tokens[j]!) && ++words > reach.maxScope) return j;
    j = other ? other.from - 1 : j - 1;
  }
  return j;
}

/** A cue of another category ends a scope only when it reaches the same way: `a 64 anni` (backward) does not end `padre` (forward). */
function endsScope(phrase: Phrase, reach: Reach, scanning: 'forward' | 'backward'): boolean {
  switch (phrase.kind) {
    case 'terminator':
      return true;
    case 'relay':
      return reach.category === undefined;
    case 'breaker':
      return !reach.list;
    case 'cue':
      return reach.category === undefined || phrase.cues.some((c) => c.category !== reach.category && c.direction !== (scanning === 'forward' ? 'backward' : 'forward'));
    case 'pseudo':
      return false;
  }
}
