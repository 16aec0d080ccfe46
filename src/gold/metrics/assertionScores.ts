import { ASSERTIONS, type Assertion } from '../../engine/entity';
import { prf, type Prf, type ScoredSpan } from './scoredDocument';

/** Rows: gold status, columns: predicted status; cells: matched entity pairs. */
export type StatusConfusion = Record<Assertion, Record<Assertion, number>>;

/**
 * How well predicted statuses agree with gold ones, on the entity pairs the overlap rule matched
 * (same label, a character in common): a status is scored even where the bounds differ, while an
 * entity that was not found says nothing about the assertion layer.
 */
export interface AssertionScores {
  matching: 'overlap';
  /** Matched pairs whose gold entity carries a status: the pairs scored. */
  pairs: number;
  correct: number;
  accuracy: number;
  /** Per status, over the scored pairs: tp = gold and prediction say it, fp = only the prediction, fn = only gold. */
  perStatus: Record<Assertion, Prf>;
  /** A prediction without a status counts as present. */
  confusion: StatusConfusion;
  /** Matched pairs left out because their gold entity has no status. */
  pairsWithoutGoldStatus: number;
}

/** What evaluation gathers document by document. */
export interface AssertionTally {
  confusion: StatusConfusion;
  pairsWithoutGoldStatus: number;
  /** Whether any gold entity, matched or not, carries a status. */
  goldHasStatuses: boolean;
}

export function emptyAssertionTally(): AssertionTally {
  const confusion = {} as StatusConfusion;
  for (const gold of ASSERTIONS) confusion[gold] = Object.fromEntries(ASSERTIONS.map((p) => [p, 0])) as Record<Assertion, number>;
  return { confusion, pairsWithoutGoldStatus: 0, goldHasStatuses: false };
}

/** Adds one document's overlap-matched pairs (indices into `gold` and `pred`). */
export function addAssertionPairs(tally: AssertionTally, gold: readonly ScoredSpan[], pred: readonly ScoredSpan[], pairs: readonly [number, number][]): void {
  if (gold.some((g) => g.assertion !== undefined)) tally.goldHasStatuses = true;
  for (const [g, p] of pairs) {
    const expected = gold[g]!.assertion;
    if (expected === undefined) tally.pairsWithoutGoldStatus++;
    else tally.confusion[expected][pred[p]!.assertion ?? 'present']++;
  }
}

/** The scores of a tally; undefined when no gold entity carries a status. */
export function assertionScores(tally: AssertionTally): AssertionScores | undefined {
  if (!tally.goldHasStatuses) return undefined;
  const { confusion } = tally;
  const perStatus = {} as Record<Assertion, Prf>;
  let pairs = 0;
  let correct = 0;
  for (const status of ASSERTIONS) {
    const tp = confusion[status][status];
    const goldTotal = ASSERTIONS.reduce((sum, p) => sum + confusion[status][p], 0);
    const predictedTotal = ASSERTIONS.reduce((sum, g) => sum + confusion[g][status], 0);
    perStatus[status] = prf({ tp, fp: predictedTotal - tp, fn: goldTotal - tp });
    pairs += goldTotal;
    correct += tp;
  }
  return { matching: 'overlap', pairs, correct, accuracy: pairs === 0 ? 0 : correct / pairs, perStatus, confusion, pairsWithoutGoldStatus: tally.pairsWithoutGoldStatus };
}
