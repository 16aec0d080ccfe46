import type { TextRange } from '../../engine/entity';

/** Indices of the first and last token a span covers, or undefined unless it starts and ends exactly on token boundaries. */
export function tokenIndexRange(tokens: readonly TextRange[], span: TextRange): { first: number; last: number } | undefined {
  const first = tokens.findIndex((t) => t.start === span.start);
  if (first < 0) return undefined;
  for (let i = first; i < tokens.length && tokens[i]!.start < span.end; i++) {
    if (tokens[i]!.end === span.end) return { first, last: i };
  }
  return undefined;
}
