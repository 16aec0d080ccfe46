import type { Label } from '../entity';

export const LEXICON_FLAGS = ['ambiguous', 'case_sensitive'] as const;
export type LexiconFlag = (typeof LEXICON_FLAGS)[number];

/** One row of a lexicon file. */
export interface LexiconEntry {
  term: string;
  label: Label;
  /** A code in some terminology (ICD-10, ATC, LOINC…), when known. */
  code?: string;
  /** Where the term comes from (a terminology, a corpus, the project). */
  source?: string;
  flags: LexiconFlag[];
  /** The file (or other name) the entry was read from, and its 1-based line. */
  origin: { name: string; line: number };
}
