import type { Assertion } from '../engine/entity';

/** What each status means, i2b2 style, for a reader who does not know the word. */
export const STATUS_MEANING: Record<Assertion, string> = {
  present: 'holds for the patient now',
  negated: 'stated absent',
  uncertain: 'possible, suspected',
  hypothetical: 'planned, future or conditional',
  historical: 'past, no longer active',
  family: 'about a relative',
};
