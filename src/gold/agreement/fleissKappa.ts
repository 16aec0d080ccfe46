import { tokenClasses } from '../metrics/tokenClasses';
import type { AgreementMeasure } from './agreementMeasure';
import type { KappaResult } from './cohenKappa';
import { comparedDocuments } from './comparedDocuments';

export interface FleissResult extends KappaResult {
  raters: number;
}

/**
 * Fleiss' kappa on word tokens, for any number of raters (reported for three or more): each token
 * is an item every rater puts in one class, the label of the span that covers it or O. Observed
 * agreement is the mean share of agreeing rater pairs per token; chance agreement comes from the
 * classes' overall proportions.
 */
export const fleissKappa: AgreementMeasure<FleissResult> = {
  name: "Fleiss' kappa",
  measure(raters, options) {
    if (raters.length < 2) throw new Error("Fleiss' kappa needs two raters or more");
    const n = raters.length;
    const { compared, leftOut } = comparedDocuments(raters, options.doneOnly);
    const totals = new Map<string, number>();
    let tokens = 0;
    let agreement = 0;
    for (const doc of compared) {
      const classes = doc.versions.map((v) => tokenClasses(doc.text, v.spans, options.labels));
      classes[0]!.forEach((_, i) => {
        const perClass = new Map<string, number>();
        for (const rater of classes) perClass.set(rater[i]!, (perClass.get(rater[i]!) ?? 0) + 1);
        for (const [c, count] of perClass) totals.set(c, (totals.get(c) ?? 0) + count);
        agreement += ([...perClass.values()].reduce((sum, count) => sum + count * count, 0) - n) / (n * (n - 1));
        tokens++;
      });
    }
    const observed = tokens === 0 ? 0 : agreement / tokens;
    const chance = tokens === 0 ? 1 : [...totals.values()].reduce((sum, count) => sum + (count / (tokens * n)) ** 2, 0);
    return { documents: compared.length, leftOut, raters: n, tokens, observed, chance, kappa: chance === 1 ? null : (observed - chance) / (1 - chance) };
  },
};
