import type { TextRange } from '../entity';

/** The states of one label's tagger: outside, begin, inside, end, single-word. */
export const TAGGER_STATES = ['O', 'B', 'I', 'E', 'S'] as const;
export const O = 0;
export const B = 1;
export const I = 2;
export const E = 3;
export const S = 4;

/** Spans read from decoded states, each scored with the mean marginal probability of its words' states. */
export function spansFromStates(words: readonly TextRange[], states: readonly number[], marginals: readonly Float64Array[]): (TextRange & { score: number })[] {
  const spans: (TextRange & { score: number })[] = [];
  let first = -1;
  states.forEach((state, i) => {
    if (state === B) first = i;
    if (state === S || (state === E && first >= 0)) {
      const from = state === S ? i : first;
      let sum = 0;
      for (let w = from; w <= i; w++) sum += marginals[w][states[w]];
      spans.push({ start: words[from].start, end: words[i].end, score: sum / (i - from + 1) });
      first = -1;
    }
    if (state === O) first = -1;
  });
  return spans;
}
