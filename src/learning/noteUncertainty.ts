/** How many of a note's least certain suggestions decide how uncertain the note is. */
export const LEAST_CERTAIN_SUGGESTIONS = 5;

/**
 * How unsure the engine is about a note, from its suggestions' scores (in [0, 1]): the mean of
 * min(score, 1 − score) over its LEAST_CERTAIN_SUGGESTIONS least certain suggestions, so from 0
 * (every suggestion sure, or none at all) to 0.5 (all of them a coin toss).
 *
 * Why this measure: a decision teaches most where the engine hesitates (uncertainty sampling, as
 * Prodigy's ner.teach and INCEpTION's active learning pick spans), so the note to review next is
 * the one holding the most hesitant suggestions. Taking only the few least certain ones keeps a
 * long note's many sure suggestions from drowning its doubtful ones (as a mean over all would) and
 * does not prefer a note for its length alone (as a sum would). A suggestion scored 0.3 is as
 * doubtful as one scored 0.7: both are 0.3 from certainty.
 */
export function noteUncertainty(suggestions: readonly { score: number }[]): number {
  if (suggestions.length === 0) return 0;
  const doubts = suggestions.map((s) => Math.min(s.score, 1 - s.score)).sort((a, b) => b - a).slice(0, LEAST_CERTAIN_SUGGESTIONS);
  return doubts.reduce((sum, d) => sum + d, 0) / doubts.length;
}

/** A note that could be reviewed next, with what the engine suggests in it. */
export interface NoteCandidate {
  id: string;
  suggestions: readonly { score: number }[];
}

/**
 * The candidates, most uncertain first (noteUncertainty); ties go to the note with more
 * suggestions (more to decide), then to the id, so the order is the same on every run.
 */
export function byUncertainty<T extends NoteCandidate>(notes: readonly T[]): (T & { uncertainty: number })[] {
  return notes
    .map((n) => ({ ...n, uncertainty: noteUncertainty(n.suggestions) }))
    .sort((a, b) => b.uncertainty - a.uncertainty || b.suggestions.length - a.suggestions.length || a.id.localeCompare(b.id));
}
