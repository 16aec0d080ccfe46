import type { Label } from '../entity';

/** The JSON form of a pattern file; see README.md in this folder for the schema. */
export interface PatternFile {
  provenance?: string;
  description?: string;
  /** Named regular-expression pieces, used as `{name}` inside any `regex`; a list is joined as alternatives. */
  fragments?: Record<string, string | string[]>;
  /** Named token elements, used as `{"ref": "name"}`. */
  definitions?: Record<string, TokenElement>;
  rules: PatternRuleJson[];
}

export type PatternRuleJson = RegexRuleJson | TokenRuleJson;

interface RuleBase {
  id: string;
  label: Label;
  /** The candidate's score, in [0, 1]. */
  score: number;
  description?: string;
  /** A regex (with `{fragments}`) the whole span must not match. */
  exclude?: string;
  /** A regex (with `{fragments}`) the text before the span must not end with (case-insensitive). */
  notAfter?: string;
}

/** A regular expression over the sentence; the span is the named group `span`, or the whole match. */
export interface RegexRuleJson extends RuleBase {
  regex: string;
  /** Extra flags, e.g. `i`; `g`, `u` and `d` are always set. */
  flags?: string;
}

/** A sequence of token elements; the span is the element marked `capture`, or the whole match. */
export interface TokenRuleJson extends RuleBase {
  tokens: TokenElement[];
}

export interface Quantified {
  /** Least and most repetitions (default 1 and 1; `optional` is min 0). */
  min?: number;
  max?: number;
  optional?: boolean;
  /** This element's tokens are the entity span. */
  capture?: boolean;
}

export type TokenElement = Quantified &
  (
    | { literal: string | string[]; caseSensitive?: boolean }
    | { regex: string; caseSensitive?: boolean; exclude?: string }
    | { lexicon: Label | Label[] }
    | { anyOf: TokenElement[] }
    | { sequence: TokenElement[] }
    | { ref: string }
  );

export class PatternFormatError extends Error {
  constructor(where: string, reason: string) {
    super(`${where}: ${reason}`);
    this.name = 'PatternFormatError';
  }
}
