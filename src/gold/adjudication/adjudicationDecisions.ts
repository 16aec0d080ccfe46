import type { AnnotatedSpan } from '../formats/annotatedDocument';
import type { Decision } from '../decision';
import { deriveGoldSpans, type GoldDocument } from '../goldDocument';
import { identity, type Disagreement } from './disagreements';

/** Who adjudicates, when, and on which text. */
export interface AdjudicationContext {
  text: string;
  adjudicator: string;
  /** ISO 8601. */
  time: string;
}

/** The versions an adjudicator may compose a resolution from: each distinct span either annotator gave, the first annotator's first. */
export function candidateSpans(d: Disagreement): AnnotatedSpan[] {
  const seen = new Set<string>();
  return [...d.a, ...d.b].filter((s) => !seen.has(identity(s)) && seen.add(identity(s)));
}

/**
 * The adjudicated gold file's decisions for a settled disagreement: `chosen` accepted (one side's
 * spans, or any choice among `candidateSpans`), every other candidate rejected. A resolution
 * therefore always leaves a decision on the disagreement's spans, even when nothing is chosen,
 * which is how `isResolved` finds it again after a restart.
 */
export function resolutionDecisions(d: Disagreement, chosen: readonly AnnotatedSpan[], ctx: AdjudicationContext): Decision[] {
  const kept = new Set(chosen.map(identity));
  const rejected = candidateSpans(d).filter((s) => !kept.has(identity(s)));
  return [...rejected.map((s) => decisionOf('rejected', s, ctx)), ...chosen.map((s) => decisionOf('accepted', s, ctx))];
}

/** The spans both annotators agree on that the adjudicated document does not have yet, as accepted decisions. */
export function agreedDecisions(spans: readonly AnnotatedSpan[], adjudicated: GoldDocument | undefined, ctx: AdjudicationContext): Decision[] {
  const present = new Set(adjudicated ? deriveGoldSpans(adjudicated).map(identity) : []);
  return spans.filter((s) => !present.has(identity(s))).map((s) => decisionOf('accepted', s, ctx));
}

/** Whether the adjudicated document has a decision on one of the disagreement's spans (same bounds and label). */
export function isResolved(d: Disagreement, adjudicated: GoldDocument | undefined): boolean {
  if (!adjudicated) return false;
  const spans = [...d.a, ...d.b];
  return adjudicated.decisions.some((x) => spans.some((s) => s.start === x.start && s.end === x.end && s.label === x.label));
}

function decisionOf(kind: 'accepted' | 'rejected', s: AnnotatedSpan, ctx: AdjudicationContext): Decision {
  const decision: Decision = { kind, start: s.start, end: s.end, label: s.label, text: ctx.text.slice(s.start, s.end), annotator: ctx.adjudicator, time: ctx.time };
  if (s.assertion) decision.assertion = s.assertion;
  if (s.code) decision.code = s.code;
  return decision;
}
