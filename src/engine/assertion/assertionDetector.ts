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
  const inEntity = tokens.map((t) => entities.some((e) => t.start < e.end && e.start < t.end));
  const occurrences = findOccurrences(keys, inEntity, cues);
  const startsAt = new Map(occurrences.map((o) => [o.from, o]));
  const endsAt = new Map(occurrences.map((o) => [o.to - 1, o]));

  return entities.map((entity) => {
    const first = tokens.findIndex((t) => t.end > entity.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < entity.end) last++;
    const reached = new Set<CueCategory>();
    for (const occurrence of occurrences) {
      if (occurrence.phrase.kind !== 'cue') continue;
      for (const cue of occurrence.phrase.cues) {
        if (cue.labels && !cue.labels.includes(entity.label)) continue;
        const forward = cue.direction !== 'backward' && first >= occurrence.to && first < forwardLimit(occurrence, cue, tokens, startsAt);
        const backward = cue.direction !== 'forward' && last < occurrence.from && last > backwardLimit(occurrence, cue, tokens, endsAt);
        if (forward || backward) reached.add(cue.category);
      }
    }
    const assertion = cues.precedence.find((c) => reached.has(c)) ?? 'present';
    return { ...entity, source: [...entity.source], assertion };
  });
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
