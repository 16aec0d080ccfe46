import { tokenClasses } from '../metrics/tokenClasses';
import type { AgreementMeasure, MeasureResult } from './agreementMeasure';
import { comparedDocuments } from './comparedDocuments';

export interface KappaResult extends MeasureResult {
  /** Word tokens compared. */
  tokens: number;
  /** Observed agreement: the share of tokens given the same class. */
  observed: number;
  /** Agreement expected by chance from each rater's own class proportions. */
  chance: number;
  /** (observed − chance) / (1 − chance); null when chance is 1 (every token in one class for everyone: nothing to agree on). */
  kappa: number | null;
}

/**
 * Cohen's kappa on word tokens, for two raters: each token's class is the label of the span that
 * covers it, or O (see `tokenClasses`). Tokens nobody annotates count as agreement on O, as in
 * MedTator and Prodigy's token-level measure, which raises kappa on notes with few entities.
 */
export const cohenKappa: AgreementMeasure<KappaResult> = {
  name: "Cohen's kappa",
  measure(raters, options) {
    if (raters.length !== 2) throw new Error("Cohen's kappa compares two raters");
    const { compared, leftOut } = comparedDocuments(raters, options.doneOnly);
    const first = new Map<string, number>();
    const second = new Map<string, number>();
    let tokens = 0;
    let same = 0;
    for (const doc of compared) {
      const a = tokenClasses(doc.text, doc.versions[0]!.spans, options.labels);
      const b = tokenClasses(doc.text, doc.versions[1]!.spans, options.labels);
      a.forEach((x, i) => {
        const y = b[i]!;
        tokens++;
        if (x === y) same++;
        first.set(x, (first.get(x) ?? 0) + 1);
        second.set(y, (second.get(y) ?? 0) + 1);
      });
    }
    const observed = tokens === 0 ? 0 : same / tokens;
    const chance = tokens === 0 ? 1 : [...first].reduce((sum, [c, n]) => sum + (n / tokens) * ((second.get(c) ?? 0) / tokens), 0);
    return { documents: compared.length, leftOut, tokens, observed, chance, kappa: chance === 1 ? null : (observed - chance) / (1 - chance) };
  },
};
