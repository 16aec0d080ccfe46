import { isLabel } from '../entity';
import type { LexiconEntry } from './lexiconEntry';

export const LEXICON_TSV_HEADER = ['term', 'label', 'code', 'source', 'flags'];

export class LexiconFormatError extends Error {
  constructor(readonly sourceName: string, readonly line: number, reason: string) {
    super(`${sourceName}:${line}: ${reason}`);
    this.name = 'LexiconFormatError';
  }
}

/**
 * Reads a lexicon in TSV form: `term<TAB>label<TAB>code<TAB>source<TAB>flags`, an optional header
 * line with exactly those names, `#` comment lines and blank lines. `code`, `source` and `flags`
 * may be empty or missing; `flags` is a comma-separated list of lower-case identifiers
 * (`ambiguous`, `case_sensitive`, `abbreviation`, `brand`…).
 * Throws a {@link LexiconFormatError} naming `sourceName:line` for a malformed line.
 */
export function parseLexiconTsv(text: string, sourceName: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let sawContent = false;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const columns = raw.split('\t').map((c) => c.trim());
    if (!sawContent && columns[0].toLowerCase() === 'term') {
      sawContent = true;
      if (columns.join('\t').toLowerCase() !== LEXICON_TSV_HEADER.join('\t')) {
        throw new LexiconFormatError(sourceName, line, `header must be "${LEXICON_TSV_HEADER.join('\\t')}"`);
      }
      return;
    }
    sawContent = true;
    entries.push(parseRow(columns, sourceName, line));
  });
  return entries;
}

function parseRow(columns: string[], sourceName: string, line: number): LexiconEntry {
  if (columns.length < 2) throw new LexiconFormatError(sourceName, line, 'expected at least term<TAB>label');
  if (columns.length > LEXICON_TSV_HEADER.length) {
    throw new LexiconFormatError(sourceName, line, `expected at most ${LEXICON_TSV_HEADER.length} tab-separated columns, found ${columns.length}`);
  }
  const [term, label, code = '', source = '', flagList = ''] = columns;
  if (term === '') throw new LexiconFormatError(sourceName, line, 'empty term');
  if (!isLabel(label)) throw new LexiconFormatError(sourceName, line, `unknown label "${label}" (PROBLEM, TEST or TREATMENT)`);
  const flags: string[] = [];
  for (const flag of flagList.split(',').map((f) => f.trim()).filter((f) => f !== '')) {
    if (!/^[a-z][a-z0-9_]*$/.test(flag)) {
      throw new LexiconFormatError(sourceName, line, `malformed flag "${flag}" (lower-case letters, digits and _)`);
    }
    flags.push(flag);
  }
  return {
    term,
    label,
    ...(code !== '' ? { code } : {}),
    ...(source !== '' ? { source } : {}),
    flags,
    origin: { name: sourceName, line },
  };
}
