import type { Label, Span } from '../../engine/entity';
import { tokenizeWords } from '../../engine/text/wordTokenizer';

export type TokenClass = Label | 'O';

/** rows: gold class, columns: predicted class, cells: word-token counts. */
export interface ConfusionMatrix {
  classes: TokenClass[];
  counts: Record<TokenClass, Record<TokenClass, number>>;
}

export function emptyConfusionMatrix(labels: readonly Label[]): ConfusionMatrix {
  const classes: TokenClass[] = [...labels, 'O'];
  const counts = {} as ConfusionMatrix['counts'];
  for (const row of classes) {
    counts[row] = {} as Record<TokenClass, number>;
    for (const column of classes) counts[row][column] = 0;
  }
  return { classes, counts };
}

/**
 * Adds one document's word tokens to the matrix. A token takes the label of the first span that
 * covers any of its characters (spans sorted by start), O otherwise; labels outside the matrix
 * count as O.
 */
export function addToConfusionMatrix(matrix: ConfusionMatrix, text: string, gold: readonly Span[], pred: readonly Span[]): void {
  const classOf = (spans: readonly Span[], start: number, end: number): TokenClass => {
    const hit = spans.find((s) => s.start < end && start < s.end && matrix.classes.includes(s.label));
    return hit ? hit.label : 'O';
  };
  const sortedGold = [...gold].sort((a, b) => a.start - b.start);
  const sortedPred = [...pred].sort((a, b) => a.start - b.start);
  for (const token of tokenizeWords(text)) {
    matrix.counts[classOf(sortedGold, token.start, token.end)][classOf(sortedPred, token.start, token.end)]++;
  }
}
