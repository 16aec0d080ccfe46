import type { Assertion, Label, Span } from '../../engine/entity';
import type { Decision } from '../decision';
import type { ReviewItem } from './reviewItem';

/** Who decides, when, and on which text: what every decision needs besides its span. */
export interface DecisionContext {
  text: string;
  annotator: string;
  /** ISO 8601. */
  time: string;
}

function base(span: Span, kind: Decision['kind'], ctx: DecisionContext): Decision {
  return { kind, start: span.start, end: span.end, label: span.label, text: ctx.text.slice(span.start, span.end), annotator: ctx.annotator, time: ctx.time };
}

function withDetails(decision: Decision, item: ReviewItem): Decision {
  if (item.assertion) decision.assertion = item.assertion;
  if (item.code && item.label === decision.label) decision.code = item.code;
  if (item.source.length > 0) decision.source = [...item.source];
  return decision;
}

/** Accepting a suggestion puts it into gold; accepting a stale gold span confirms it on its text now. */
export function acceptDecision(item: ReviewItem, ctx: DecisionContext): Decision {
  return withDetails(base(item, 'accepted', ctx), item);
}

/** Rejecting a suggestion hides it; rejecting a gold span removes it from gold. */
export function rejectDecision(item: ReviewItem, ctx: DecisionContext): Decision {
  return withDetails(base(item, 'rejected', ctx), item);
}

/** A new label on the same bounds: a correction that replaces the original span (its code, for the old label's term, is dropped). */
export function relabelDecision(item: ReviewItem, label: Label, ctx: DecisionContext): Decision {
  const decision = withDetails(base({ ...item, label }, 'corrected', ctx), item);
  decision.original = { start: item.start, end: item.end, label: item.label };
  return decision;
}

/**
 * Another status for an entity: it goes into gold (or stays there) with the status the reviewer
 * gave, replacing whatever the engine said (a later decision on the same bounds wins).
 */
export function statusDecision(item: ReviewItem, assertion: Assertion, ctx: DecisionContext): Decision {
  return { ...withDetails(base(item, 'accepted', ctx), item), assertion };
}

/** A span the reviewer marked by hand. */
export function addDecision(span: Span, ctx: DecisionContext): Decision {
  return { ...base(span, 'added', ctx), source: ['manual'] };
}
