import type { TextRange } from '../entity';

// Lower-case forms, without the final period. A period after one of these never ends a sentence,
// so a sentence that really ends with one (`… da 3 gg. Nega febbre.`) is joined to the next: the
// lesser harm, since the model windows long sentences. Words often written without a period at a
// sentence end (`dx`, `sx`, `ev`, `mm`) are deliberately absent.
const ABBREVIATIONS = new Set([
  'dott', 'dr', 'dott.ssa', 'dssa', 'prof', 'prof.ssa', 'sig', 'sig.ra', 'sigg', 'sig.na', 'pz',
  'p.es', 'es', 'ecc', 'etc', 'cfr', 'vs', 'ca', 'c.a', 'a.c', 'p.c', 'cp', 'cpr', 'cps', 'compr',
  'fl', 'tab', 'gtt', 'gg', 'aa', 'mm', 'sett', 'h', 'hh', 'min', 'max', 'n', 'nr', 'num', 'pag',
  'art', 'tel', 'rif', 'rep', 'osp', 'az', 'u.o', 'u.o.c', 'u.o.s', 'bil', 'tot', 'sup', 'inf',
  'ant', 'post', 'lat', 'med', 'prox', 'dist', 'e.v', 'i.m', 'i.v', 's.c', 'v.n', 'v.r', 'mod',
  'gr', 'ecc.ecc', 'es.o', 'e.o',
  'a.p.r', 'a.p.p', 'a.f', 'm.m.g', 'mmg', 'p.s', 'ps', 'c.d', 'cd', 'd.d', 'dd', 'gen', 'feb',
  'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'ott', 'nov', 'dic',
  // references in published case reports: `(Fig. 1)`, `(Tab. 2)`, `vol. 3`, `pagg. 12-15`
  'fig', 'figg', 'tabb', 'vol', 'pagg', 'cap', 'suppl',
]);

const TERMINAL = /[.!?…]/;
const LIST_ITEM = /^\s*(?:[-–—*•·]\s|\d{1,2}[).]\s|[a-zA-Z][)]\s)/;

interface Line extends TextRange {
  /** The line with its outer whitespace removed; empty for a blank line. */
  content: string;
}

/**
 * Splits an Italian clinical note into sentence ranges (UTF-16, end exclusive, trimmed of
 * whitespace, in order, never overlapping, together covering every non-space character).
 *
 * Line breaks: a blank line always ends a sentence. A single line break ends one too – notes
 * often hold one item per line without punctuation – unless the next line clearly continues the
 * current one: it starts with a lower-case letter, is not a list item, and the current line is not
 * a header and does not end with terminal punctuation. A header alone on a line (`ANAMNESI:`,
 * `ESAME OBIETTIVO`) is a sentence of its own; an inline one (`ANAMNESI FAMILIARE: madre …`) stays
 * with its text, which lets the assertion layer use it as a cue.
 *
 * Within a line, `.`, `!`, `?` and `…` end a sentence when followed by white space and then a
 * character that is not lower-case, unless the word before a period is a known abbreviation.
 * Decimals (`9,8`, `3.5`) and dates (`12.03.2024`) are safe because no space follows their period.
 * A single letter before a period (`M. Rossi`, `epatite C.`) is treated as a sentence end:
 * splitting a name costs nothing to the entities, merging two sentences leaks assertion scope.
 */
export function splitSentences(text: string): TextRange[] {
  const sentences: TextRange[] = [];
  for (const block of groupLines(splitLines(text))) {
    for (const piece of splitAtTerminalPunctuation(text, block)) {
      const trimmed = trim(text, piece);
      if (trimmed.end > trimmed.start) sentences.push(trimmed);
    }
  }
  return sentences;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(lineBreak)) {
    const end = m.index ?? 0;
    lines.push({ start, end, content: text.slice(start, end).trim() });
    start = end + m[0].length;
  }
  lines.push({ start, end: text.length, content: text.slice(start).trim() });
  return lines;
}

/** Groups consecutive lines into blocks that may hold several sentences but never cross a line boundary that ends one. */
function groupLines(lines: Line[]): TextRange[] {
  const blocks: TextRange[] = [];
  let current: TextRange | undefined;
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.content === '') {
      if (current) blocks.push(current);
      current = undefined;
    } else if (current && previous && continuesLine(previous.content, line.content)) {
      current.end = line.end;
    } else {
      if (current) blocks.push(current);
      current = { start: line.start, end: line.end };
    }
    previous = line;
  }
  if (current) blocks.push(current);
  return blocks;
}

function continuesLine(previous: string, next: string): boolean {
  if (TERMINAL.test(previous.slice(-1)) || isHeader(previous)) return false;
  if (LIST_ITEM.test(next)) return false;
  return /^\p{Ll}/u.test(next);
}

export function isHeader(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(line) && /^[\p{Lu}\p{N}\s'’/().,&-]+:?$/u.test(line);
}

function splitAtTerminalPunctuation(text: string, block: TextRange): TextRange[] {
  const pieces: TextRange[] = [];
  let start = block.start;
  const terminal = /([.!?…]+)[)\]"»”’]*(?=\s)/g;
  terminal.lastIndex = block.start;
  for (let m = terminal.exec(text); m && m.index < block.end; m = terminal.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= block.end) break;
    if (m[1] === '.' && precededByAbbreviation(text, start, m.index)) continue;
    const next = nextNonSpace(text, end, block.end);
    if (next === undefined || /\p{Ll}/u.test(next)) continue;
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: block.end });
  return pieces;
}

function precededByAbbreviation(text: string, from: number, period: number): boolean {
  const before = text.slice(from, period).match(/[\p{L}.]+$/u);
  return before !== null && ABBREVIATIONS.has(before[0].toLowerCase());
}

function nextNonSpace(text: string, from: number, limit: number): string | undefined {
  for (let i = from; i < limit; i++) if (!/\s/.test(text[i])) return text[i];
  return undefined;
}

function trim(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
