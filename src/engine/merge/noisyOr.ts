/**
 * Combines the scores of independent sources: the probability that at least one is right,
 * 1 − Π(1 − sᵢ). Two sources at 0.8 give 0.96; a source at 0 adds nothing.
 */
export function noisyOr(scores: Iterable<number>): number {
  let allWrong = 1;
  for (const s of scores) allWrong *= 1 - Math.min(1, Math.max(0, s));
  return 1 - allWrong;
}
