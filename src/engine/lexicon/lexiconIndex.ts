import { createHash } from 'node:crypto';
import { isLabel } from '../entity';
import { AMBIGUOUS_LEXICON_SCORE, LEXICON_SCORE, Lexicon, tableInput } from './lexicon';
import type { LexiconEntry } from './lexiconEntry';
import { parseLexiconTsv } from './lexiconTsvParser';
import { TermTable } from './termTable';

/**
 * A lexicon index: a lexicon file's term table written out ready-made (`lexicon.index` beside
 * `lexicon.tsv` in a model folder), so that loading the lexicon is reading lines rather than
 * tokenising and stemming 20,000 terms while the user waits for a note's first suggestions.
 *
 * It is used only for the exact text it was written from (its SHA-256), only when its own body is
 * intact (another SHA-256), and only if the engine still reads its sample entries as recorded:
 * the same paths, the same scores, the same case sensitivity (the stemmer, the tokeniser or the
 * scoring may have changed since). Otherwise the lexicon is built from its text as usual.
 *
 *     clinical-ner lexicon index 2
 *     lexicon <SHA-256 of the lexicon file>
 *     body <SHA-256 of every line below>
 *     entries <N>
 *     scores <LEXICON_SCORE> <AMBIGUOUS_LEXICON_SCORE>
 *     checks <K>         then K lines: <flags><TAB><label><TAB><term><TAB><its paths, TAB-separated>
 *     lines <L>          then the table's L lines
 *     keys <M>           then the table's M keys
 */
export const LEXICON_INDEX_FILE = 'lexicon.index';

const FORMAT = 'clinical-ner lexicon index 2';
const HEADER_LINES = 3;
const SAMPLE_SIZE = 32;
// Spellings where tokenising and stemming do most, each sampled apart: anything but lower-case
// letters and spaces, the -chi/-ghi and -che/-ghe plurals, the invariable -osi, hyphens, dots.
const SAMPLED_SPELLINGS = [/[^a-z ]/, /(?:ch|gh)[ie]\b/, /osi\b/, /-/, /\./];

/** The index of a lexicon file's text (which must parse: errors are the parser's). */
export function writeLexiconIndex(tsvText: string, sourceName: string): string {
  const entries = parseLexiconTsv(tsvText, sourceName);
  const { table } = Lexicon.fromEntries(entries);
  const checks = sample(entries).map((entry) => {
    const { term, caseSensitive } = tableInput(entry);
    return [entry.flags.join(','), entry.label, term, ...TermTable.pathsOf(term, caseSensitive)].join('\t');
  });
  const body = [
    `entries ${entries.length}`,
    `scores ${LEXICON_SCORE} ${AMBIGUOUS_LEXICON_SCORE}`,
    `checks ${checks.length}`,
    ...checks,
    `lines ${table.lines.length}`,
    ...table.lines,
    `keys ${table.keys.length}`,
    ...table.keys,
    '',
  ].join('\n');
  return [FORMAT, `lexicon ${sha256(tsvText)}`, `body ${sha256(body)}`, body].join('\n');
}

/**
 * The lexicon an index stands for, if it was written from this lexicon file (its bytes, or its
 * text) by an engine that reads entries as this one does.
 */
export function lexiconFromIndex(indexText: string, lexiconFile: Uint8Array | string): Lexicon | undefined {
  const headerEnd = endOfLines(indexText, HEADER_LINES);
  if (headerEnd < 0) return undefined;
  const header = indexText.slice(0, headerEnd).split('\n');
  const body = indexText.slice(headerEnd + 1);
  if (header[0] !== FORMAT || header[1] !== `lexicon ${sha256(lexiconFile)}` || header[2] !== `body ${sha256(body)}`) return undefined;
  const lines = body.split('\n');
  const entries = countAfter(lines[0], 'entries');
  if (lines[1] !== `scores ${LEXICON_SCORE} ${AMBIGUOUS_LEXICON_SCORE}`) return undefined;
  const checks = countAfter(lines[2], 'checks');
  if (entries === undefined || checks === undefined || (entries > 0 && checks === 0)) return undefined;
  const linesAt = 3 + checks;
  const lineCount = countAfter(lines[linesAt], 'lines');
  if (lineCount === undefined) return undefined;
  const keysAt = linesAt + 1 + lineCount;
  const keyCount = countAfter(lines[keysAt], 'keys');
  if (keyCount === undefined || lines.length !== keysAt + 1 + keyCount + 1) return undefined;
  const table = TermTable.fromLines(lines.slice(linesAt + 1, keysAt), lines.slice(keysAt + 1, keysAt + 1 + keyCount));
  if (!table || !lines.slice(3, linesAt).every((check) => readsAsRecorded(table, check))) return undefined;
  return Lexicon.fromTable(table, entries);
}

/** Whether this engine gives a sampled entry the paths recorded for it, and the table holds its label there with its score. */
function readsAsRecorded(table: TermTable, check: string): boolean {
  const [flags = '', label = '', term = '', ...paths] = check.split('\t');
  if (!isLabel(label)) return false;
  const input = tableInput({ term, label, flags: flags === '' ? [] : flags.split(',') });
  const computed = TermTable.pathsOf(term, input.caseSensitive);
  if (computed.join('\t') !== paths.join('\t')) return false;
  return computed.every((path) => table.termsAtPath(path).some((t) => t.label === label && t.score >= input.value.score));
}

/** Where the first `count` lines end (the index of the last of their line breaks), or -1. */
function endOfLines(text: string, count: number): number {
  let at = -1;
  for (let i = 0; i < count; i++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function countAfter(line: string | undefined, name: string): number | undefined {
  const match = line === undefined ? null : new RegExp(`^${name} (\\d+)$`).exec(line);
  return match ? Number(match[1]) : undefined;
}

/** Entries spread over the file, and as many of each spelling where tokenising and stemming do most. */
function sample(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const groups = [entries, ...SAMPLED_SPELLINGS.map((spelling) => entries.filter((e) => spelling.test(e.term)))];
  return [...new Set(groups.flatMap(spread))];
}

function spread<T>(items: readonly T[]): T[] {
  const step = Math.max(1, Math.floor(items.length / SAMPLE_SIZE));
  return items.filter((_, i) => i % step === 0);
}

/** Of the UTF-8 bytes: the same for a file's bytes and for its text when it is valid UTF-8. */
function sha256(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}
