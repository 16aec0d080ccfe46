/** What two runs are compared on: an entity's offsets and label. */
export interface SpanKey {
  start: number;
  end: number;
  label: string;
}

export interface Agreement {
  /** Entities found by both / entities found by either, over all units (1 when none). */
  entityAgreement: number;
  /** Units (sentences, notes) with exactly the same entities / units. */
  sentenceAgreement: number;
  ours: number;
  theirs: number;
  both: number;
}

/**
 * How far two runs over the same units agree: an entity agrees when the other run has one with the
 * same offsets and label. The measure is common / union, which counts every entity that one run
 * has and the other lacks (stricter than an F1 between the two).
 */
export function agreement(ours: readonly SpanKey[][], theirs: readonly SpanKey[][]): Agreement {
  let both = 0;
  let union = 0;
  let sameSentences = 0;
  let oursCount = 0;
  let theirsCount = 0;
  ours.forEach((sentence, i) => {
    const a = new Set(sentence.map((s) => `${s.start}:${s.end}:${s.label}`));
    const b = new Set((theirs[i] ?? []).map((s) => `${s.start}:${s.end}:${s.label}`));
    const common = [...a].filter((k) => b.has(k)).length;
    both += common;
    union += a.size + b.size - common;
    oursCount += a.size;
    theirsCount += b.size;
    if (common === a.size && common === b.size) sameSentences++;
  });
  return {
    entityAgreement: union === 0 ? 1 : both / union,
    sentenceAgreement: ours.length === 0 ? 1 : sameSentences / ours.length,
    ours: oursCount,
    theirs: theirsCount,
    both,
  };
}
