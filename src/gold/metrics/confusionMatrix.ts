import type { Label, Span } from '../../engine/entity';
import { tokenClasses, type TokenClass } from './tokenClasses';

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

/** Adds one document's word tokens to the matrix, each in the class `tokenClasses` gives it (labels outside the matrix count as O). */
export function addToConfusionMatrix(matrix: ConfusionMatrix, text: string, gold: readonly Span[], pred: readonly Span[]): void {
  const labels = matrix.classes.filter((c): c is Label => c !== 'O');
  const predicted = tokenClasses(text, pred, labels);
  tokenClasses(text, gold, labels).forEach((g, i) => matrix.counts[g][predicted[i]!]++);
}
