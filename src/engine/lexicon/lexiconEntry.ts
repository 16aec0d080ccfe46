import type { Label } from '../entity';

/**
 * Flags the matcher acts on: `ambiguous` entries match only their exact spelling, with a lower
 * score; `case_sensitive` and `abbreviation` entries match only their exact spelling (`IRA`, not
 * `ira`, which is anger). Other flags (`brand`…) are kept for other tools and ignored here.
 */
export const MATCHING_FLAGS = ['ambiguous', 'case_sensitive', 'abbreviation'] as const;

/** One row of a lexicon file. */
export interface LexiconEntry {
  term: string;
  label: Label;
  /** A code in some terminology (ICD-10, ATC, LOINC…), when known. */
  code?: string;
  /** Where the term comes from (a terminology, a corpus, the project). */
  source?: string;
  /** Lower-case identifiers; see {@link MATCHING_FLAGS}. */
  flags: string[];
  /** The file (or other name) the entry was read from, and its 1-based line. */
  origin: { name: string; line: number };
}
