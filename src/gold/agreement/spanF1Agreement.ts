import type { AssertionScores } from '../metrics/assertionScores';
import { evaluate, type RuleScores } from '../metrics/evaluate';
import type { AgreementMeasure, MeasureResult } from './agreementMeasure';
import { comparedDocuments } from './comparedDocuments';

export interface SpanF1Result extends MeasureResult {
  /** Same bounds and label. */
  strict: RuleScores;
  /** Same label and a character in common, each span matched once. */
  overlap: RuleScores;
  /** Statuses on the spans both share (overlap-matched), the first rater's taken as reference; absent when the first rater gave none. */
  assertion?: AssertionScores;
}

/**
 * Pairwise span F1 (MedTator, Prodigy's `metric.iaa.span`): one rater's spans scored against the
 * other's as if they were gold. F1 is symmetric (swapping the raters swaps precision and recall),
 * so it needs no chance correction and, unlike token-level kappa, is not inflated by the many
 * words nobody annotates.
 */
export const spanF1Agreement: AgreementMeasure<SpanF1Result> = {
  name: 'span F1',
  measure(raters, options) {
    if (raters.length !== 2) throw new Error('span F1 compares two raters');
    const { compared, leftOut } = comparedDocuments(raters, options.doneOnly);
    const side = (r: 0 | 1) => compared.map((d) => ({ id: d.id, text: d.text, entities: d.versions[r]!.spans }));
    const evaluation = evaluate(side(0), side(1), { labels: options.labels, countUndecided: true });
    const result: SpanF1Result = { documents: compared.length, leftOut, strict: evaluation.strict, overlap: evaluation.overlap };
    if (evaluation.assertion) result.assertion = evaluation.assertion;
    return result;
  },
};
