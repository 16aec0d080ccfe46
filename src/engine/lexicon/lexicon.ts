import type { Candidate } from '../entity';
import type { LexiconEntry } from './lexiconEntry';
import { parseLexiconTsv } from './lexiconTsvParser';
import { TermTable, type TableInput, type TableTerm } from './termTable';
import { termTokens } from './termTokens';

// An exact lexicon hit is strong evidence but not certainty (a term can be used in another
// sense); an `ambiguous` term (e.g. `PA`, `FA`, `IMA`, which are also ordinary words or other
// abbreviations) is weaker still, so the merge lets the model or a pattern outrank it.
export const LEXICON_SCORE = 0.85;
export const AMBIGUOUS_LEXICON_SCORE = 0.5;

/**
 * A dictionary of PROBLEM, TEST and TREATMENT terms matched against one sentence at a time:
 * longest match, whole words only, insensitive to case, accents and Italian inflection (see
 * `italianStemmer.ts`), except for short capitalised abbreviations and `ambiguous`,
 * `case_sensitive` and `abbreviation` entries, which match their exact spelling. An elided article or preposition
 * before a term (`l'ecografia`, `all'ECG`) stays outside the span; one inside a term
 * (`ecografia dell'addome`) is part of it.
 */
export class Lexicon {
  private constructor(
    /** The terms as matched; what a lexicon index stores. */
    readonly table: TermTable,
    /** Entries read (lines of the file). */
    readonly size: number,
  ) {}

  /** Reads a lexicon TSV file's text; `sourceName` (usually the path) appears in error messages. */
  static fromTsv(text: string, sourceName: string): Lexicon {
    return Lexicon.fromEntries(parseLexiconTsv(text, sourceName));
  }

  static fromEntries(entries: readonly LexiconEntry[]): Lexicon {
    return new Lexicon(TermTable.build(entries.map(tableInput)), entries.length);
  }

  /** A lexicon of `size` entries whose table was built before (see lexiconIndex.ts). */
  static fromTable(table: TermTable, size: number): Lexicon {
    return new Lexicon(table, size);
  }

  /** Candidates in the sentence, offsets relative to it (UTF-16, end exclusive), in text order. */
  match(sentence: string): Candidate[] {
    const tokens = this.table.joinKnownCompounds(termTokens(sentence));
    const candidates: Candidate[] = [];
    for (const m of this.table.matchTokens(tokens)) {
      for (const term of m.terms) {
        candidates.push({
          start: tokens[m.from].start,
          end: tokens[m.to - 1].end,
          label: term.label,
          score: term.score,
          source: 'lexicon',
          ...(term.code !== undefined ? { code: term.code } : {}),
        });
      }
    }
    return candidates;
  }
}

/** How an entry is matched: its score, and whether it matches its exact spelling only. */
export function tableInput(entry: Pick<LexiconEntry, 'term' | 'label' | 'code' | 'flags'>): TableInput {
  const ambiguous = entry.flags.includes('ambiguous');
  const value: TableTerm = { label: entry.label, score: ambiguous ? AMBIGUOUS_LEXICON_SCORE : LEXICON_SCORE };
  if (entry.code !== undefined) value.code = entry.code;
  return { term: entry.term, value, caseSensitive: ambiguous || entry.flags.includes('case_sensitive') || entry.flags.includes('abbreviation') };
}
