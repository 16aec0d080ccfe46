/** A run of word pieces of one sentence that goes through the model in one call. */
export interface TokenWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

function isWordStart(wordIds: readonly number[], index: number): boolean {
  return index === 0 || index === wordIds.length || wordIds[index] !== wordIds[index - 1];
}

function lastWordStartIn(wordIds: readonly number[], low: number, high: number): number | undefined {
  for (let i = high; i > low; i--) if (isWordStart(wordIds, i)) return i;
  return undefined;
}

/**
 * Cuts a sentence's word pieces into windows of at most `maxTokens`, starting about `stride`
 * pieces apart, with both ends on word boundaries; a single word longer than a window is the
 * only thing ever cut inside.
 */
export function planWindows(wordIds: readonly number[], maxTokens: number, stride: number): TokenWindow[] {
  const count = wordIds.length;
  if (count === 0) return [];
  const windows: TokenWindow[] = [];
  let start = 0;
  let previousEnd = 0;
  for (;;) {
    const limit = Math.min(start + maxTokens, count);
    let end = limit;
    if (limit < count) {
      const boundary = lastWordStartIn(wordIds, start, limit);
      if (boundary !== undefined && boundary > previousEnd) end = boundary;
    }
    windows.push({ start, end });
    if (end === count) return windows;
    previousEnd = end;
    const target = Math.min(start + stride, end);
    start = lastWordStartIn(wordIds, start, target) ?? target;
  }
}

/**
 * For every piece, the window whose prediction to keep: the one where the piece lies farthest
 * from an edge where the window cut the sentence (a sentence's own start and end are not such
 * edges: there is no context missing beyond them). Ties go to the earlier window.
 */
export function assignPiecesToWindows(windows: readonly TokenWindow[], count: number): Int32Array {
  const owner = new Int32Array(count).fill(-1);
  const best = new Float64Array(count).fill(-1);
  windows.forEach((window, w) => {
    for (let i = window.start; i < window.end; i++) {
      const left = window.start > 0 ? i - window.start : Infinity;
      const right = window.end < count ? window.end - 1 - i : Infinity;
      const distance = Math.min(left, right);
      if (distance > best[i]) {
        best[i] = distance;
        owner[i] = w;
      }
    }
  });
  return owner;
}
