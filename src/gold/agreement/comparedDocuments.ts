import type { RatedDocument, Rater } from './rater';

/** A note an agreement measure did not compare, and why. */
export interface LeftOutDocument {
  id: string;
  reason: string;
}

/** The notes every rater reviewed, with each rater's version (in rater order), and the notes left out. */
export interface Comparison {
  compared: { id: string; text: string; versions: RatedDocument[] }[];
  leftOut: LeftOutDocument[];
}

/**
 * What agreement is computed on: the notes every rater reviewed (with `doneOnly`, marked done),
 * on the same text. Any other note any rater has is left out with the reason, so a report never
 * hides what it did not compare.
 */
export function comparedDocuments(raters: readonly Rater[], doneOnly: boolean): Comparison {
  const ids = [...new Set(raters.flatMap((r) => [...r.documents.keys()]))].sort();
  const comparison: Comparison = { compared: [], leftOut: [] };
  for (const id of ids) {
    const versions = raters.map((r) => r.documents.get(id));
    const missing = raters.filter((_, i) => !versions[i]).map((r) => r.name);
    const notDone = raters.filter((_, i) => versions[i] && !versions[i]!.done).map((r) => r.name);
    const first = versions.find((v) => v !== undefined)!;
    const otherText = raters.find((_, i) => versions[i] && versions[i]!.text !== first.text);
    if (missing.length > 0) comparison.leftOut.push({ id, reason: `not reviewed by ${missing.join(', ')}` });
    else if (doneOnly && notDone.length > 0) comparison.leftOut.push({ id, reason: `not marked done by ${notDone.join(', ')}` });
    else if (otherText) comparison.leftOut.push({ id, reason: `${otherText.name} has another text for it` });
    else comparison.compared.push({ id, text: first.text, versions: versions as RatedDocument[] });
  }
  return comparison;
}
