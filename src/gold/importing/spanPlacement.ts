import { isAssertion } from '../../engine/entity';
import { CodePointOffsets } from '../../engine/text/codePointOffsets';
import { compareSpans, type AnnotatedDocument, type AnnotatedSpan } from '../formats/annotatedDocument';
import type { SourceDocument, SourceSpan } from '../formats/sourceDocument';
import { resolveLabel, type LabelMapping } from './labelMapping';

/** Something the import could not take as the file has it. */
export interface ImportProblem {
  docId: string;
  /** Where in the file (`line 4`, `T3`), when the format says. */
  where?: string;
  /** The span as the file gives it. */
  span: { start: number; end: number; label: string };
  reason: string;
  /** The span was imported anyway (without what the reason names); otherwise it was left out. */
  kept: boolean;
}

/**
 * Puts a file's spans on its text: offsets to UTF-16, labels through the mapping, statuses and the
 * file's own text of each span checked. A span is left out, with the reason, when its label is
 * unknown or mapped to nothing, its offsets fall outside the text or inside a character, its text
 * is not what the file says it covers (ignoring white space, which brat and WebAnno rewrite), or
 * another span already has its bounds with another label (gold keeps one label per span). It is
 * kept, and reported, when its status is unknown (imported without one) or it overlaps another
 * span (fine for gold; BIO exports will hold only one). A span repeated with the same bounds and
 * label is taken once.
 */
export function placeSpans(source: SourceDocument, mapping: LabelMapping): { document: AnnotatedDocument; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const offsets = source.offsets === 'codePoints' ? new CodePointOffsets(source.text) : undefined;
  const toUtf16 = (n: number) => (offsets ? offsets.toUtf16(n) : n >= 0 && n <= source.text.length ? n : undefined);
  const byBounds = new Map<string, { span: AnnotatedSpan; raw: SourceSpan }>();
  for (const raw of source.spans) {
    const problem = (reason: string, kept = false) => problems.push(problemOf(source.id, raw, reason, kept));
    const start = toUtf16(raw.start);
    const end = toUtf16(raw.end);
    if (start === undefined || end === undefined) {
      problem(`offsets beyond the end of the text (${[...source.text].length} characters)`);
      continue;
    }
    if (end <= start) {
      problem(end < start ? 'ends before it starts' : 'covers no text');
      continue;
    }
    if (isInsidePair(source.text, start) || isInsidePair(source.text, end)) {
      problem('splits a character (surrogate pair)');
      continue;
    }
    const covered = source.text.slice(start, end);
    if (raw.text !== undefined && withoutSpaces(raw.text) !== withoutSpaces(covered)) {
      problem(`the file says it covers "${raw.text}" but the text has "${covered}" there`);
      continue;
    }
    const resolved = resolveLabel(raw.label, mapping);
    if (resolved.kind === 'unknown') {
      problem(`unknown label "${raw.label}" (map it, e.g. ${raw.label}=PROBLEM)`);
      continue;
    }
    if (resolved.kind === 'leftOut') {
      problem('left out by the label map');
      continue;
    }
    const span: AnnotatedSpan = { start, end, label: resolved.label };
    if (raw.assertion !== undefined) {
      if (isAssertion(raw.assertion)) span.assertion = raw.assertion;
      else problem(`unknown status "${raw.assertion}": imported without a status`, true);
    }
    if (raw.code !== undefined) span.code = raw.code;
    const key = `${start}:${end}`;
    const same = byBounds.get(key);
    if (same) {
      if (same.span.label !== span.label) problem(`the same words are already a ${same.span.label} (one label per span)`);
      continue;
    }
    byBounds.set(key, { span, raw });
  }
  const placed = [...byBounds.values()].sort((a, b) => compareSpans(a.span, b.span));
  placed.forEach(({ span, raw }, i) => {
    const other = placed.slice(0, i).find((p) => p.span.start < span.end && span.start < p.span.end)?.span;
    if (other) problems.push(problemOf(source.id, raw, `overlaps ${other.label} "${source.text.slice(other.start, other.end)}": kept (BIO exports hold only one)`, true));
  });
  return { document: { id: source.id, text: source.text, spans: placed.map((p) => p.span) }, problems };
}

function problemOf(docId: string, span: Pick<SourceSpan, 'start' | 'end' | 'label' | 'where'>, reason: string, kept: boolean): ImportProblem {
  const problem: ImportProblem = { docId, span: { start: span.start, end: span.end, label: span.label }, reason, kept };
  if (span.where !== undefined) problem.where = span.where;
  return problem;
}

function isInsidePair(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return code >= 0xdc00 && code <= 0xdfff && offset > 0;
}

function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}
