import type { Assertion, Source, Span } from '../engine/entity';

export type DecisionKind = 'accepted' | 'corrected' | 'added' | 'rejected';

/**
 * One reviewer action on a span. Offsets are UTF-16 code units into the document text as it is
 * now (the span tracker moves them when the text is edited); `text` is the text the reviewer saw,
 * so a decision whose `text` no longer matches its offsets is stale.
 */
export interface Decision extends Span {
  kind: DecisionKind;
  text: string;
  annotator: string;
  /** ISO 8601. */
  time: string;
  assertion?: Assertion;
  /** A code with its coding system (`ICD10:J18`, `ATC:C09AA05`), from the lexicon entry that matched or an imported file. */
  code?: string;
  /** Who proposed the span the decision is about (absent for spans the reviewer added). */
  source?: Source[];
  /** The suggestion a `corrected` decision replaces (relabelled and/or re-bounded). */
  original?: Span;
}

/** The identity used to merge two copies of a decision list: equal keys are the same decision. */
export function decisionKey(d: Decision): string {
  return JSON.stringify([d.kind, d.start, d.end, d.label, d.time, d.annotator]);
}
