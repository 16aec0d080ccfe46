import type { Entity, Label } from '../engine/entity';

const COLOUR: Record<Label, string> = { PROBLEM: '\x1b[31m', TEST: '\x1b[34m', TREATMENT: '\x1b[32m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

/** The text with every entity bracketed and labelled, coloured for a terminal when asked. */
export function highlightText(text: string, entities: readonly Entity[], colour: boolean): string {
  let out = '';
  let cursor = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (e.start < cursor) continue;
    out += text.slice(cursor, e.start);
    const tag = `${e.label}${e.assertion && e.assertion !== 'present' ? `:${e.assertion}` : ''}`;
    const marked = `[${text.slice(e.start, e.end)}]${tag}`;
    out += colour ? `${COLOUR[e.label]}${e.assertion === 'negated' ? DIM : ''}${marked}${RESET}` : marked;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** One row per entity: offsets, label, score, assertion, sources and text, in aligned columns. */
export function entityRows(entities: readonly Entity[]): string {
  const rows = [['start', 'end', 'label', 'score', 'assertion', 'source', 'text']];
  for (const e of entities) {
    rows.push([String(e.start), String(e.end), e.label, e.score.toFixed(2), e.assertion ?? 'present', e.source.join('+'), e.text]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n');
}
