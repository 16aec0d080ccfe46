/** The three entity labels of the project (i2b2-2010 style). */
export const LABELS = ['PROBLEM', 'TEST', 'TREATMENT'] as const;
export type Label = (typeof LABELS)[number];

export type Source = 'model' | 'lexicon' | 'pattern' | 'learned' | 'manual';
/** An entity's status, i2b2-2010 style: uncertain is i2b2's "possible"; hypothetical is planned, future or conditional. */
export const ASSERTIONS = ['present', 'negated', 'uncertain', 'hypothetical', 'historical', 'family'] as const;
export type Assertion = (typeof ASSERTIONS)[number];

/** A labelled span of text. Offsets are UTF-16 code units (JavaScript string indices), `end` exclusive. */
export interface Span {
  start: number;
  end: number;
  label: Label;
}

/** An entity found by the engine (a suggestion until a person reviews it). */
export interface Entity extends Span {
  text: string;
  /** In [0, 1]: the combined confidence of every source that agrees on the span. */
  score: number;
  /** Every source that agrees with this span, most trusted first. */
  source: Source[];
  assertion?: Assertion;
  /** Lexicon code (e.g. ICD-10, ATC) when a lexicon entry matched. */
  code?: string;
  /** With source `learned`: how many of the reviewer's decisions taught this term. */
  learnedFrom?: number;
}

export function isLabel(value: string): value is Label {
  return (LABELS as readonly string[]).includes(value);
}

export function isAssertion(value: string): value is Assertion {
  return (ASSERTIONS as readonly string[]).includes(value);
}

/** A half-open range of UTF-16 code units in some text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A labelled span proposed by one source (model, lexicon or pattern) before the merge. */
export interface Candidate extends Span {
  score: number;
  source: Source;
  code?: string;
}
