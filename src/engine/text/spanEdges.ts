import type { Candidate, TextRange } from '../entity';

// Characters that never begin or end an entity (GUIDELINES.md, "Orthography"): quotes of every
// kind, apostrophes, dashes, separators and symbols such as emoji. A model trained on words sees
// `«ipertensione` or `febbre 🤒` as one more piece and glues them to a span.
const EDGE_NOISE = /[\s'"«»“”„‘’‚‹›`´ʼ\-‐‑‒–—―,;:/\\|*•·…!?¿¡\p{So}\p{Sk}\p{Cf}\p{Cs}]/u;
// An elided article or preposition before a term stays outside it: l’, dell’, all’, un’, d’, c’…
const ELIDED_WORD = '(?:[dlcnstv]|un|gl|dell|dall|nell|sull|all|coll|quell|quest|sott|tutt|buon|bell|sant)';
const LEADING_ELISION = new RegExp(`^${ELIDED_WORD}['’ʼ\`´](?=\\p{L})`, 'iu');
const ELIDED_WORD_ALONE = new RegExp(`^${ELIDED_WORD}$`, 'iu');
const APOSTROPHE = /['’ʼ`´]/;
// Letters each followed by a period (`B.P.C.O.`, `p.a.`): the last period belongs to the abbreviation.
const DOTTED_ABBREVIATION_END = /(?:^|[^\p{L}])(?:\p{L}{1,3}\.){2,}$/u;
const CLUSTER_CONTINUATION = /\p{M}|\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}]/u;
const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * The span with what can never be an entity's edge removed: surrounding quotes, apostrophes and
 * dashes, an elided article in front (`l’ecografia` → `ecografia`), a sentence's final period (the
 * dots of `B.P.C.O.` stay), an unbalanced bracket, emoji; its end is moved past any combining
 * mark, so that it never cuts a grapheme cluster. Undefined when nothing of the span is left.
 * Offsets are UTF-16 code units into `text`, end exclusive.
 */
export function tidySpanEdges(text: string, range: TextRange): TextRange | undefined {
  let { start, end } = range;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const elision = text.slice(start, Math.min(end, start + 8)).match(LEADING_ELISION);
    if (elision && start + elision[0].length < end) {
      start += elision[0].length;
      changed = true;
    }
    while (start < end && (isNoise(text, start) || text[start] === '.' || isCombiningMark(text, start) || isUnbalancedOpener(text, start, end))) {
      start = nextCodePoint(text, start);
      changed = true;
    }
    while (end > start && (isNoise(text, previousCodePoint(text, end)) || isUnbalancedCloser(text, start, end) || isFinalPeriod(text, start, end))) {
      end = previousCodePoint(text, end);
      changed = true;
    }
  }
  while (end < text.length && end > start && isCombiningMark(text, end)) {
    end = nextCodePoint(text, end);
  }
  if (end <= start || (ELIDED_WORD_ALONE.test(text.slice(start, end)) && APOSTROPHE.test(text[end] ?? ''))) return undefined;
  return { start, end };
}

function isNoise(text: string, index: number): boolean {
  return EDGE_NOISE.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
}

function isCombiningMark(text: string, index: number): boolean {
  return CLUSTER_CONTINUATION.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
}

function isFinalPeriod(text: string, start: number, end: number): boolean {
  if (text[end - 1] !== '.') return false;
  return !DOTTED_ABBREVIATION_END.test(text.slice(Math.max(start, end - 24), end));
}

/** An opening bracket never closed inside the span, or a closing one at its start. */
function isUnbalancedOpener(text: string, start: number, end: number): boolean {
  if (text[start] in OPENER_OF) return true;
  const closer = Object.keys(OPENER_OF).find((c) => OPENER_OF[c] === text[start]);
  return closer !== undefined && !text.slice(start + 1, end).includes(closer);
}

/** A closing bracket never opened inside the span, or an opening one at its end. */
function isUnbalancedCloser(text: string, start: number, end: number): boolean {
  if (Object.values(OPENER_OF).includes(text[end - 1])) return true;
  const opener = OPENER_OF[text[end - 1]];
  return opener !== undefined && !text.slice(start, end - 1).includes(opener);
}

function nextCodePoint(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

function previousCodePoint(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
}

/** Candidates with their edges tidied (see tidySpanEdges); those with nothing left are dropped. */
export function tidyCandidates(sentence: string, candidates: readonly Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  for (const candidate of candidates) {
    const range = tidySpanEdges(sentence, candidate);
    if (range) result.push(range.start === candidate.start && range.end === candidate.end ? candidate : { ...candidate, ...range });
  }
  return result;
}
