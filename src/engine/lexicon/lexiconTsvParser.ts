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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split('\n');
  let sawContent = false;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.charCodeAt(0) === 35 /* # */) continue;
    const columns = raw.split('\t');
    for (let i = 0; i < columns.length; i++) columns[i] = columns[i]!.trim();
    if (!sawContent && columns[0]!.toLowerCase() === 'term') {
      sawContent = true;
      if (columns.join('\t').toLowerCase() !== LEXICON_TSV_HEADER.join('\t')) {
        throw new LexiconFormatError(sourceName, line, `header must be "${LEXICON_TSV_HEADER.join('\\t')}"`);
      }
      continue;
    }
    sawContent = true;
    entries.push(parseRow(columns, sourceName, line));
  }
  return entries;
}

const FLAG = /^[a-z][a-z0-9_]*$/;

function parseRow(columns: string[], sourceName: string, line: number): LexiconEntry {
  if (columns.length < 2) throw new LexiconFormatError(sourceName, line, 'expected at least term<TAB>label');
  if (columns.length > LEXICON_TSV_HEADER.length) {
    throw new LexiconFormatError(sourceName, line, `expected at most ${LEXICON_TSV_HEADER.length} tab-separated columns, found ${columns.length}`);
  }
  const [term, label, code = '', source = '', flagList = ''] = columns as [string, string, ...string[]];
  if (term === '') throw new LexiconFormatError(sourceName, line, 'empty term');
  if (!isLabel(label)) throw new LexiconFormatError(sourceName, line, `unknown label "${label}" (PROBLEM, TEST or TREATMENT)`);
  const entry: LexiconEntry = { term, label, flags: flagList === '' ? [] : parseFlags(flagList, sourceName, line), origin: { name: sourceName, line } };
  if (code !== '') entry.code = code;
  if (source !== '') entry.source = source;
  return entry;
}

function parseFlags(flagList: string, sourceName: string, line: number): string[] {
  const flags: string[] = [];
  for (const part of flagList.split(',')) {
    const flag = part.trim();
    if (flag === '') continue;
    if (!FLAG.test(flag)) throw new LexiconFormatError(sourceName, line, `malformed flag "${flag}" (lower-case letters, digits and _)`);
    flags.push(flag);
  }
  return flags;
}
