import type { Candidate, Entity, Label, Source } from '../entity';
import { candidatesForMode, type MergeMode } from './mergeMode';
import { noisyOr } from './noisyOr';

export interface MergeOptions {
  /** Most trusted first; it decides overlaps before score and length. Unlisted sources come last. */
  sourcePriority: Source[];
  mode?: MergeMode;
}

/** The candidates that share one span and label. */
interface Cluster {
  start: number;
  end: number;
  label: Label;
  /** Best score of each source on exactly this span. */
  exact: Map<Source, number>;
  /** Best overlap-weighted score of each source that agrees partially (see below). */
  partial: Map<Source, number>;
  code?: string;
}

/**
 * Turns the candidates of one sentence into entities, one per span, none overlapping.
 *
 * Candidates with the same span and label agree; each source counts once, with its best score.
 * Overlapping spans are decided by source priority, then combined score, then length (longer
 * wins), then position. A losing candidate with the same label as the winner it overlaps
 * counts as agreeing partially: its source joins the entity and its score enters the
 * combination weighted by the overlap (shared characters / characters of either span), so
 * `dolore toracico` from the model and `dolore toracico oppressivo` from the lexicon give one
 * entity that both sources support, without counting a near miss as a full vote. Candidates
 * losing to another label are dropped. The score is the noisy-or of the per-source scores.
 * Offsets are UTF-16 code units relative to `sentence`, end exclusive.
 */
export function mergeCandidates(sentence: string, candidates: readonly Candidate[], options: MergeOptions): Entity[] {
  const rank = (source: Source) => {
    const i = options.sourcePriority.indexOf(source);
    return i < 0 ? options.sourcePriority.length : i;
  };
  const clusters = clusterBySpan(sentence, candidatesForMode(candidates, options.mode ?? 'merged'));
  const ordered = clusters
    .map((cluster) => ({ cluster, rank: Math.min(...[...cluster.exact.keys()].map(rank)), score: noisyOr(cluster.exact.values()) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.score - a.score ||
        b.cluster.end - b.cluster.start - (a.cluster.end - a.cluster.start) ||
        a.cluster.start - b.cluster.start,
    )
    .map((r) => r.cluster);

  const winners: Cluster[] = [];
  const losers: Cluster[] = [];
  for (const cluster of ordered) {
    const before = lastStartingBefore(winners, cluster.end);
    if (before >= 0 && winners[before].end > cluster.start) losers.push(cluster);
    else winners.splice(before + 1, 0, cluster);
  }
  for (const loser of losers) foldIntoWinner(loser, winners);

  return winners.map((w) => {
    const scores = new Map(w.partial);
    for (const [source, score] of w.exact) scores.set(source, Math.max(score, scores.get(source) ?? 0));
    return {
      start: w.start,
      end: w.end,
      label: w.label,
      text: sentence.slice(w.start, w.end),
      score: noisyOr(scores.values()),
      source: [...scores.keys()].sort((a, b) => rank(a) - rank(b)),
      ...(w.code !== undefined ? { code: w.code } : {}),
    };
  });
}

function clusterBySpan(sentence: string, candidates: readonly Candidate[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  for (const c of candidates) {
    if (!(Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= sentence.length)) {
      throw new RangeError(`candidate [${c.start}, ${c.end}) from ${c.source} is not a non-empty span of a ${sentence.length}-unit sentence`);
    }
    const key = `${c.start}:${c.end}:${c.label}`;
    let cluster = byKey.get(key);
    if (!cluster) {
      cluster = { start: c.start, end: c.end, label: c.label, exact: new Map(), partial: new Map() };
      byKey.set(key, cluster);
    }
    cluster.exact.set(c.source, Math.max(c.score, cluster.exact.get(c.source) ?? 0));
    if (c.code !== undefined && (cluster.code === undefined || c.source === 'lexicon')) cluster.code = c.code;
  }
  return [...byKey.values()];
}

function foldIntoWinner(loser: Cluster, winners: Cluster[]): void {
  let best: Cluster | undefined;
  let bestOverlap = 0;
  for (let i = lastStartingBefore(winners, loser.end); i >= 0 && winners[i].end > loser.start; i--) {
    const w = winners[i];
    if (w.label !== loser.label) continue;
    const shared = Math.min(w.end, loser.end) - Math.max(w.start, loser.start);
    if (shared > bestOverlap) {
      best = w;
      bestOverlap = shared;
    }
  }
  if (!best) return;
  const union = Math.max(best.end, loser.end) - Math.min(best.start, loser.start);
  const weight = bestOverlap / union;
  for (const [source, score] of loser.exact) best.partial.set(source, Math.max(score * weight, best.partial.get(source) ?? 0));
  best.code ??= loser.code;
}

/**
 * Index of the last of `sorted` (disjoint, by start) that starts before `end`, or -1. Being
 * disjoint, it is also the one reaching furthest, so only it can overlap a span ending at `end`.
 */
function lastStartingBefore(sorted: Cluster[], end: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid].start < end) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
