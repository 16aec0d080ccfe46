import { LABELS, type Label, type Span } from '../../engine/entity';
import { addAssertionPairs, assertionScores, emptyAssertionTally, type AssertionScores } from './assertionScores';
import { addToConfusionMatrix, emptyConfusionMatrix, type ConfusionMatrix } from './confusionMatrix';
import { prf, type Counts, type Prf, type ScoredDocument, type ScoredSpan } from './scoredDocument';
import { matchSpans, type MatchRule } from './spanMatching';

export interface RuleScores {
  perLabel: Record<Label, Prf>;
  micro: Prf;
  /** Unweighted mean of the per-label scores. */
  macro: { precision: number; recall: number; f1: number };
}

export interface DocumentScore {
  id: string;
  strict: Prf;
  overlap: Prf;
}

export interface Evaluation {
  labels: Label[];
  strict: RuleScores;
  overlap: RuleScores;
  confusion: ConfusionMatrix;
  /** Statuses on overlap-matched pairs; only when some gold entity carries a status. */
  assertion?: AssertionScores;
  documents: DocumentScore[];
  /** Gold documents without text: left out of the confusion matrix. */
  documentsWithoutText: string[];
  /** Predicted documents with no gold document: not scored. */
  unmatchedPredictions: string[];
  review: ReviewCoverage;
}

/** How far the reviewer got in the gold documents, as the predictions show it. */
export interface ReviewCoverage {
  /** Gold documents the reviewer marked done (reviewed to the end: every prediction in them counts). */
  done: number;
  /** Gold documents in which every prediction falls on a range the reviewer decided on (done ones included). */
  fullyReviewed: number;
  /** The other gold documents, each with its predictions that no decision covers. */
  partlyReviewed: { id: string; undecided: number }[];
  /** Whether those undecided predictions were counted as false positives (else left out). */
  undecidedCounted: boolean;
}

export interface EvaluateOptions {
  /** Only these labels are scored; spans with other labels are ignored on both sides. */
  labels?: readonly Label[];
  /**
   * Count as false positives the predictions where the reviewer decided nothing (right when every
   * note was reviewed to the end, e.g. to score a model other than the one reviewed).
   */
  countUndecided?: boolean;
}

/**
 * Scores predictions against gold, document by document (a gold document without predictions
 * counts as predicting nothing). In gold from a reviewer's decisions, a prediction no decision
 * covers was not reviewed: it is left out, not counted as a false positive, unless
 * `countUndecided`. Pure.
 */
export function evaluate(gold: readonly ScoredDocument[], pred: readonly ScoredDocument[], options: EvaluateOptions = {}): Evaluation {
  const labels = [...(options.labels ?? LABELS)];
  const keep = (spans: readonly ScoredSpan[]) => spans.filter((s) => labels.includes(s.label));
  const predById = new Map(pred.map((d) => [d.id, d]));
  const goldIds = new Set(gold.map((d) => d.id));
  const totals = { strict: zeroCounts(labels), overlap: zeroCounts(labels) };
  const confusion = emptyConfusionMatrix(labels);
  const statuses = emptyAssertionTally();
  const documents: DocumentScore[] = [];
  const documentsWithoutText: string[] = [];
  const review: ReviewCoverage = { done: gold.filter((d) => d.done).length, fullyReviewed: 0, partlyReviewed: [], undecidedCounted: options.countUndecided === true };

  for (const goldDoc of gold) {
    const g = keep(goldDoc.entities);
    const predicted = keep(predById.get(goldDoc.id)?.entities ?? []);
    const decided = goldDoc.decided;
    const isDecided = (s: Span) => !decided || decided.some((d) => d.start < s.end && s.start < d.end);
    const undecided = predicted.filter((s) => !isDecided(s)).length;
    if (undecided === 0) review.fullyReviewed++;
    else review.partlyReviewed.push({ id: goldDoc.id, undecided });
    const p = review.undecidedCounted ? predicted : predicted.filter(isDecided);
    const perRule = {} as Record<MatchRule, Counts>;
    for (const rule of ['strict', 'overlap'] as const) {
      const pairs = matchSpans(g, p, rule);
      const doc: Counts = { tp: pairs.length, fp: p.length - pairs.length, fn: g.length - pairs.length };
      perRule[rule] = doc;
      if (rule === 'overlap') addAssertionPairs(statuses, g, p, pairs);
      const matchedGold = new Set(pairs.map(([gi]) => gi));
      const matchedPred = new Set(pairs.map(([, pi]) => pi));
      g.forEach((s, i) => (matchedGold.has(i) ? totals[rule][s.label].tp++ : totals[rule][s.label].fn++));
      p.forEach((s, i) => {
        if (!matchedPred.has(i)) totals[rule][s.label].fp++;
      });
    }
    documents.push({ id: goldDoc.id, strict: prf(perRule.strict), overlap: prf(perRule.overlap) });
    if (goldDoc.text === undefined) documentsWithoutText.push(goldDoc.id);
    else addToConfusionMatrix(confusion, goldDoc.text, g, p);
  }

  const assertion = assertionScores(statuses);
  return {
    labels,
    strict: ruleScores(labels, totals.strict),
    overlap: ruleScores(labels, totals.overlap),
    confusion,
    ...(assertion ? { assertion } : {}),
    documents,
    documentsWithoutText,
    unmatchedPredictions: pred.map((d) => d.id).filter((id) => !goldIds.has(id)),
    review,
  };
}

/** Lowest strict F1 first; ties by more errors first, then id. */
export function worstDocuments(documents: readonly DocumentScore[], count: number): DocumentScore[] {
  const errors = (d: DocumentScore) => d.strict.fp + d.strict.fn;
  return [...documents].sort((a, b) => a.strict.f1 - b.strict.f1 || errors(b) - errors(a) || a.id.localeCompare(b.id)).slice(0, count);
}

function zeroCounts(labels: readonly Label[]): Record<Label, Counts> {
  const counts = {} as Record<Label, Counts>;
  for (const label of labels) counts[label] = { tp: 0, fp: 0, fn: 0 };
  return counts;
}

function ruleScores(labels: readonly Label[], counts: Record<Label, Counts>): RuleScores {
  const perLabel = {} as Record<Label, Prf>;
  const sum: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const label of labels) {
    perLabel[label] = prf(counts[label]);
    sum.tp += counts[label].tp;
    sum.fp += counts[label].fp;
    sum.fn += counts[label].fn;
  }
  const mean = (key: 'precision' | 'recall' | 'f1') => (labels.length === 0 ? 0 : labels.reduce((s, l) => s + perLabel[l][key], 0) / labels.length);
  return { perLabel, micro: prf(sum), macro: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') } };
}
