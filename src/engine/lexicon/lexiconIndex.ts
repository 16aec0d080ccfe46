import { createHash } from 'node:crypto';
import { Lexicon, tableInput } from './lexicon';
import type { LexiconEntry } from './lexiconEntry';
import { parseLexiconTsv } from './lexiconTsvParser';
import { TermTable } from './termTable';

/**
 * A lexicon index: a lexicon file's term table written out ready-made (`lexicon.index` beside
 * `lexicon.tsv` in a model folder), so that loading the lexicon is reading lines rather than
 * tokenising and stemming 20,000 terms while the user waits for a note's first suggestions.
 *
 * It is used only for the exact text it was written from (its SHA-256), and only if the engine
 * still gives its sample terms the paths it recorded (the stemmer or the tokeniser may have changed
 * since); otherwise the lexicon is built from its text as usual.
 *
 *     clinical-ner lexicon index 1
 *     sha256 <hex of the lexicon text>
 *     entries <N>
 *     checks <K>         then K lines: <1 if case-sensitive, else 0><TAB><term><TAB><its paths, TAB-separated>
 *     lines <L>          then the table's L lines
 *     keys <M>           then the table's M keys
 */
export const LEXICON_INDEX_FILE = 'lexicon.index';

const FORMAT = 'clinical-ner lexicon index 1';
const SAMPLE_SIZE = 64;

/** The index of a lexicon file's text (which must parse: errors are the parser's). */
export function writeLexiconIndex(tsvText: string, sourceName: string): string {
  const entries = parseLexiconTsv(tsvText, sourceName);
  const { table } = Lexicon.fromEntries(entries);
  const checks = sample(entries).map((entry) => {
    const { term, caseSensitive } = tableInput(entry);
    return [caseSensitive ? '1' : '0', term, ...TermTable.pathsOf(term, caseSensitive)].join('\t');
  });
  return [
    FORMAT,
    `sha256 ${sha256(tsvText)}`,
    `entries ${entries.length}`,
    `checks ${checks.length}`,
    ...checks,
    `lines ${table.lines.length}`,
    ...table.lines,
    `keys ${table.keys.length}`,
    ...table.keys,
    '',
  ].join('\n');
}

/**
 * The lexicon an index stands for, if it was written from this lexicon file (its bytes, or its
 * text) by an engine that matches as this one does.
 */
export function lexiconFromIndex(indexText: string, lexiconFile: Uint8Array | string): Lexicon | undefined {
  const lines = indexText.split('\n');
  if (lines[0] !== FORMAT || lines[1] !== `sha256 ${sha256(lexiconFile)}`) return undefined;
  const entries = countAfter(lines[2], 'entries');
  const checks = countAfter(lines[3], 'checks');
  if (entries === undefined || checks === undefined) return undefined;
  for (const check of lines.slice(4, 4 + checks)) {
    const [caseSensitive, term, ...paths] = check.split('\t');
    if (term === undefined || TermTable.pathsOf(term, caseSensitive === '1').join('\t') !== paths.join('\t')) return undefined;
  }
  const linesAt = 4 + checks;
  const lineCount = countAfter(lines[linesAt], 'lines');
  if (lineCount === undefined) return undefined;
  const keysAt = linesAt + 1 + lineCount;
  const keyCount = countAfter(lines[keysAt], 'keys');
  if (keyCount === undefined || lines.length !== keysAt + 1 + keyCount + 1) return undefined;
  const table = TermTable.fromLines(lines.slice(linesAt + 1, keysAt), lines.slice(keysAt + 1, keysAt + 1 + keyCount));
  return table && Lexicon.fromTable(table, entries);
}

function countAfter(line: string | undefined, name: string): number | undefined {
  const match = line === undefined ? null : new RegExp(`^${name} (\\d+)$`).exec(line);
  return match ? Number(match[1]) : undefined;
}

/** Entries spread over the file, and as many spelt with anything but lower-case letters and spaces, where tokenising does most. */
function sample(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const unusual = entries.filter((e) => /[^a-z ]/.test(e.term));
  return [...new Set([...spread(entries), ...spread(unusual)])];
}

function spread<T>(items: readonly T[]): T[] {
  const step = Math.max(1, Math.floor(items.length / SAMPLE_SIZE));
  return items.filter((_, i) => i % step === 0);
}

/** Of the UTF-8 bytes: the same for a file's bytes and for its text when it is valid UTF-8. */
function sha256(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}
