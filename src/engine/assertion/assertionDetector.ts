import type { Entity } from '../entity';
import { tokenizeWords, type WordToken } from '../text/wordTokenizer';
import { AssertionCueSet, cueToken, type Cue, type CueCategory, type Phrase } from './assertionCueSet';

interface Occurrence {
  phrase: Phrase;
  from: number;
  to: number;
}

/**
 * Sets `assertion` on every entity of one sentence (offsets relative to it), ConText style:
 * each cue reaches forward and/or backward over at most `maxScope` word tokens, stopping at a
 * terminator (`ma`, `tuttavia`, `riferisce`…), at a cue of another category, and, unless the
 * cue introduces a list (`nega`, `assenza di`), at a comma, semicolon or `e`. Pseudo-cues
 * (`non solo`) are skipped, and words inside an entity never act as cues (`linfoma non
 * Hodgkin`). An entity is reached when its first token (forward) or last token (backward) is
 * in scope. When cues of several categories reach it, the cue file's precedence decides;
 * with none it is `present`. Returns new entity objects; the input is not changed.
 */
export function assignAssertions(sentence: string, entities: readonly Entity[], cues: AssertionCueSet = AssertionCueSet.default()): Entity[] {
  const tokens = tokenizeWords(sentence);
  const keys = tokens.map((t) => cueToken(t.text));
  const occurrences = findOccurrences(keys, tokensInEntities(tokens, entities), cues);
  const scopes = cueScopes(occurrences, tokens);

  return entities.map((entity) => {
    const first = tokens.findIndex((t) => t.end > entity.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < entity.end) last++;
    const reached = new Set<CueCategory>();
    for (const { cue, forward, backward } of scopes) {
      if (cue.labels && !cue.labels.includes(entity.label)) continue;
      if ((first >= forward.from && first < forward.to) || (last > backward.from && last <= backward.to)) reached.add(cue.category);
    }
    const assertion = cues.precedence.find((c) => reached.has(c)) ?? 'present';
    return { ...entity, source: [...entity.source], assertion };
  });
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

/** Whether each token overlaps an entity, by a sweep over entities sorted by start. */
function tokensInEntities(tokens: WordToken[], entities: readonly Entity[]): boolean[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const inside = new Array<boolean>(tokens.length).fill(false);
  let e = 0;
  let reach = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (e < sorted.length && sorted[e].start < t.end) reach = Math.max(reach, sorted[e++].end);
    inside[i] = reach > t.start;
  }
  return inside;
}

function findOccurrences(keys: string[], inEntity: boolean[], cues: AssertionCueSet): Occurrence[] {
  const occurrences: Occurrence[] = [];
  let i = 0;
  while (i < keys.length) {
    const match = inEntity[i] ? undefined : cues.match(keys, i);
    if (match && !inEntity.slice(i, i + match.length).some(Boolean)) {
      occurrences.push({ phrase: match.phrase, from: i, to: i + match.length });
      i += match.length;
    } else {
      i++;
    }
  }
  return occurrences;
}

/** The token index where a forward scope ends (exclusive). */
function forwardLimit(occurrence: Occurrence, cue: Cue, tokens: WordToken[], startsAt: Map<number, Occurrence>): number {
  let words = 0;
  let j = occurrence.to;
  while (j < tokens.length) {
    const other = startsAt.get(j);
    if (other && endsScope(other.phrase, cue)) return j;
    if (/^[\p{L}\p{N}]/u.test(tokens[j].text) && ++words > cue.maxScope) return j;
    j = other ? other.to : j + 1;
  }
  return j;
}

/** The token index where a backward scope ends (exclusive, below the scope). */
function backwardLimit(occurrence: Occurrence, cue: Cue, tokens: WordToken[], endsAt: Map<number, Occurrence>): number {
  let words = 0;
  let j = occurrence.from - 1;
  while (j >= 0) {
    const other = endsAt.get(j);
    if (other && endsScope(other.phrase, cue)) return j;
    if (/^[\p{L}\p{N}]/u.test(tokens[j].text) && ++words > cue.maxScope) return j;
    j = other ? other.from - 1 : j - 1;
  }
  return j;
}

function endsScope(phrase: Phrase, cue: Cue): boolean {
  switch (phrase.kind) {
    case 'terminator':
      return true;
    case 'breaker':
      return !cue.list;
    case 'cue':
      return phrase.cues.every((c) => c.category !== cue.category);
    case 'pseudo':
      return false;
  }
}
