/** Turns rows of `width` logits into probabilities, in place. */
export function softmaxRows(values: Float32Array, width: number): Float32Array {
  for (let row = 0; row < values.length; row += width) {
    let max = -Infinity;
    for (let j = row; j < row + width; j++) if (values[j] > max) max = values[j];
    let sum = 0;
    for (let j = row; j < row + width; j++) {
      values[j] = Math.exp(values[j] - max);
      sum += values[j];
    }
    for (let j = row; j < row + width; j++) values[j] /= sum;
  }
  return values;
}

/** The softmax probability of entry `index` of the row of `width` scores starting at `row`. */
export function probabilityAt(scores: ArrayLike<number>, row: number, width: number, index: number): number {
  let sum = 0;
  for (let j = row; j < row + width; j++) sum += Math.exp(scores[j] - scores[index]);
  return 1 / sum;
}
