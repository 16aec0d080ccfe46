import type { Label, Span } from '../../engine/entity';
import { tokenizeWords } from '../../engine/text/wordTokenizer';

export type TokenClass = Label | 'O';

/**
 * The class of each word token of `text`: the label of the first span (by start) that covers any
 * of its characters, O when none does or its label is not among `labels`. What the confusion
 * matrix and the token-level agreement measures count.
 */
export function tokenClasses(text: string, spans: readonly Span[], labels: readonly Label[]): TokenClass[] {
  const sorted = spans.filter((s) => labels.includes(s.label)).sort((a, b) => a.start - b.start);
  return tokenizeWords(text).map((token) => sorted.find((s) => s.start < token.end && token.start < s.end)?.label ?? 'O');
}
