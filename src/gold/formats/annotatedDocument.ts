import type { Assertion, Span } from '../../engine/entity';
import { deriveGoldSpans, type GoldDocument } from '../goldDocument';

export interface AnnotatedSpan extends Span {
  assertion?: Assertion;
  /** A code with its coding system, `ICD10:J18`, as the lexicon writes it (the entity's `code`). */
  code?: string;
}

/** A document and its gold spans: what every export format writes and every import reads. */
export interface AnnotatedDocument {
  id: string;
  text: string;
  spans: AnnotatedSpan[];
}

export interface SkippedSpan {
  docId: string;
  span: AnnotatedSpan;
  reason: string;
}

/** A document written under another name than its id gives, because another document took that name. */
export interface RenamedDocument {
  docId: string;
  path: string;
}

/** What an export wrote, and every span it could not write with the reason. */
export interface ExportReport {
  /** Spans written. */
  exported: number;
  documents: number;
  skipped: SkippedSpan[];
  /** Formats with a file per document (brat): documents whose ids map to a file name already taken. */
  renamed?: RenamedDocument[];
}

export interface ExportResult<T> {
  output: T;
  report: ExportReport;
}

/** Thrown by importers; `line` is 1-based when the format is line-oriented. */
export class FormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
  }
}

/** Gold spans of each document; stale spans (their text was edited since the decision) are reported, not exported. */
export function annotatedFromGold(docs: readonly GoldDocument[]): { documents: AnnotatedDocument[]; skipped: SkippedSpan[] } {
  const skipped: SkippedSpan[] = [];
  const documents = docs.map((doc) => {
    const spans: AnnotatedSpan[] = [];
    for (const gold of deriveGoldSpans(doc)) {
      const span: AnnotatedSpan = { start: gold.start, end: gold.end, label: gold.label };
      if (gold.assertion) span.assertion = gold.assertion;
      if (gold.code) span.code = gold.code;
      if (gold.stale) skipped.push({ docId: doc.id, span, reason: `stale: the text was edited since "${gold.text}" was decided` });
      else spans.push(span);
    }
    return { id: doc.id, text: doc.text, spans };
  });
  return { documents, skipped };
}

export function newReport(documents: number): ExportReport {
  return { exported: 0, documents, skipped: [] };
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end || a.label.localeCompare(b.label);
}
