/** Scores of a linear chain over `states` states; -Infinity forbids a move. */
export interface ChainScores {
  states: number;
  /** Row-major [from][to]. */
  transitions: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

/**
 * The state sequence with the highest total score (emissions plus transitions), for
 * `emissions` laid out as [step][state]. Returns [] for zero steps.
 */
export function viterbi(emissions: ArrayLike<number>, steps: number, scores: ChainScores): number[] {
  const n = scores.states;
  if (steps === 0) return [];
  const { first, from: predecessors } = allowedPredecessors(scores);
  const transitions = scores.transitions;
  let best = new Float64Array(n);
  let next = new Float64Array(n);
  const backPointers = new Int32Array(steps * n);
  for (let s = 0; s < n; s++) best[s] = scores.start[s] + emissions[s];
  for (let t = 1; t < steps; t++) {
    for (let to = 0; to < n; to++) {
      let bestScore = -Infinity;
      let bestFrom = 0;
      for (let k = first[to]; k < first[to + 1]; k++) {
        const from = predecessors[k];
        const score = best[from] + transitions[from * n + to];
        if (score > bestScore) {
          bestScore = score;
          bestFrom = from;
        }
      }
      next[to] = bestScore + emissions[t * n + to];
      backPointers[t * n + to] = bestFrom;
    }
    [best, next] = [next, best];
  }
  let last = 0;
  let lastScore = -Infinity;
  for (let s = 0; s < n; s++) {
    const score = best[s] + scores.end[s];
    if (score > lastScore) {
      lastScore = score;
      last = s;
    }
  }
  const path = new Array<number>(steps);
  path[steps - 1] = last;
  for (let t = steps - 1; t > 0; t--) path[t - 1] = backPointers[t * n + path[t]];
  return path;
}

/** Per state `to`, the states that may precede it: from[first[to] .. first[to + 1]). */
interface Predecessors {
  first: Int32Array;
  from: Int32Array;
}

const predecessorsCache = new WeakMap<ChainScores, Predecessors>();

/** BIOES forbids most moves (-Infinity); listing the allowed ones lets Viterbi skip the rest. */
function allowedPredecessors(scores: ChainScores): Predecessors {
  let predecessors = predecessorsCache.get(scores);
  if (!predecessors) {
    const n = scores.states;
    const first = new Int32Array(n + 1);
    const from: number[] = [];
    for (let to = 0; to < n; to++) {
      first[to] = from.length;
      for (let f = 0; f < n; f++) if (scores.transitions[f * n + to] !== -Infinity) from.push(f);
      // a state nothing may precede keeps one candidate, so that its score stays -Infinity
      if (from.length === first[to]) from.push(0);
    }
    first[n] = from.length;
    predecessors = { first, from: Int32Array.from(from) };
    predecessorsCache.set(scores, predecessors);
  }
  return predecessors;
}
