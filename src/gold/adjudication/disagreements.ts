import type { TextRange } from '../../engine/entity';
import { annotatorsOf, annotatorView } from '../annotators';
import { compareSpans, type AnnotatedSpan } from '../formats/annotatedDocument';
import { deriveGoldSpans, type GoldDocument } from '../goldDocument';

/** Where two annotators' versions of a note differ: overlapping spans that are not the same in both. */
export interface Disagreement extends TextRange {
  docId: string;
  /** The first annotator's spans in this place (possibly none). */
  a: AnnotatedSpan[];
  b: AnnotatedSpan[];
}

/** What adjudicating two annotators takes: the spans they agree on, note by note, and every disagreement, in note order. */
export interface AdjudicationPlan {
  agreed: { docId: string; text: string; spans: AnnotatedSpan[] }[];
  disagreements: Disagreement[];
}

/**
 * Compares two annotators on every note both worked on (decided on or marked done). A span is
 * agreed when both have it with the same bounds, label and status (a code only one gave is kept);
 * the other spans are grouped into disagreements: spans that overlap, directly or through one
 * another, form one, so that each is settled in one look (INCEpTION's curation pre-merges what
 * agrees the same way).
 */
export function adjudicationPlan(docs: readonly GoldDocument[], a: string, b: string): AdjudicationPlan {
  const plan: AdjudicationPlan = { agreed: [], disagreements: [] };
  for (const doc of docs) {
    const annotators = annotatorsOf(doc);
    if (!annotators.includes(a) || !annotators.includes(b)) continue;
    const spansOf = (annotator: string) => deriveGoldSpans(annotatorView(doc, annotator)).filter((s) => !s.stale).map(annotatedSpan);
    const first = spansOf(a);
    const second = spansOf(b);
    const secondKeys = new Map(second.map((s) => [identity(s), s]));
    const firstKeys = new Set(first.map(identity));
    const agreed = first.flatMap((s) => {
      const other = secondKeys.get(identity(s));
      if (!other) return [];
      const code = s.code ?? other.code;
      return [{ ...s, ...(code ? { code } : {}) }];
    });
    plan.agreed.push({ docId: doc.id, text: doc.text, spans: agreed });
    const rest = [...first.filter((s) => !secondKeys.has(identity(s))).map((s) => ({ side: 'a' as const, s })), ...second.filter((s) => !firstKeys.has(identity(s))).map((s) => ({ side: 'b' as const, s }))];
    for (const cluster of overlapClusters(rest)) {
      plan.disagreements.push({
        docId: doc.id,
        start: Math.min(...cluster.map((x) => x.s.start)),
        end: Math.max(...cluster.map((x) => x.s.end)),
        a: cluster.filter((x) => x.side === 'a').map((x) => x.s).sort(compareSpans),
        b: cluster.filter((x) => x.side === 'b').map((x) => x.s).sort(compareSpans),
      });
    }
  }
  return plan;
}

/** Same bounds, label and status: the same span to both annotators. */
export function identity(s: AnnotatedSpan): string {
  return JSON.stringify([s.start, s.end, s.label, s.assertion ?? 'present']);
}

function annotatedSpan(s: AnnotatedSpan): AnnotatedSpan {
  return { start: s.start, end: s.end, label: s.label, ...(s.assertion ? { assertion: s.assertion } : {}), ...(s.code ? { code: s.code } : {}) };
}

/** Groups of items whose spans overlap, directly or through others; in text order. */
function overlapClusters<T extends { s: TextRange }>(items: readonly T[]): T[][] {
  const sorted = [...items].sort((x, y) => x.s.start - y.s.start || x.s.end - y.s.end);
  const clusters: T[][] = [];
  let end = -1;
  for (const item of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && item.s.start < end) {
      last.push(item);
      end = Math.max(end, item.s.end);
    } else {
      clusters.push([item]);
      end = item.s.end;
    }
  }
  return clusters;
}
