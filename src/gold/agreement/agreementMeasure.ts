import type { Label } from '../../engine/entity';
import type { LeftOutDocument } from './comparedDocuments';
import type { Rater } from './rater';

export interface AgreementOptions {
  labels: readonly Label[];
  /** Compare only the notes every rater marked done. */
  doneOnly: boolean;
}

/** What every measure says besides its figure: how many notes it compared and which it left out, and why. */
export interface MeasureResult {
  documents: number;
  leftOut: LeftOutDocument[];
}

/**
 * One inter-annotator agreement measure (INCEpTION keeps Cohen, Fleiss and Krippendorff each
 * behind one such interface). Pairwise measures take two raters, the others any number.
 */
export interface AgreementMeasure<R extends MeasureResult> {
  readonly name: string;
  measure(raters: readonly Rater[], options: AgreementOptions): R;
}
