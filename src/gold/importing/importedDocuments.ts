import { annotatorView } from '../annotators';
import type { Decision } from '../decision';
import type { SourceDocument } from '../formats/sourceDocument';
import { deriveGoldSpans, type GoldDocument } from '../goldDocument';
import { textHash } from '../textHash';
import type { LabelMapping } from './labelMapping';
import type { ImportReport } from './importReport';
import { placeSpans } from './spanPlacement';

export interface ImportOptions {
  mapping: LabelMapping;
  /** Who the decisions are recorded for when the file does not say (the person importing). */
  annotator: string;
  /** ISO 8601: the time of every imported decision. */
  time: string;
}

/**
 * Turns a file's documents into gold documents to merge into a gold file: each span becomes an
 * `added` decision of its annotator. Left out, into the report: documents the file itself excludes,
 * documents whose text differs from the gold file's (or from another document of the file with
 * the same id), and the spans `placeSpans` refuses. A span the annotator's gold already has (same
 * bounds, label, status and code) is counted, not added again, so importing twice changes nothing.
 */
export function importedDocuments(sources: readonly SourceDocument[], existing: (id: string) => GoldDocument | undefined, options: ImportOptions, report: ImportReport): GoldDocument[] {
  const byId = new Map<string, GoldDocument>();
  const annotators = new Set(report.annotators);
  for (const source of sources) {
    report.documents++;
    report.spans += source.spans.length;
    const annotator = source.annotator ?? options.annotator;
    const leaveOut = (reason: string) => report.documentsLeftOut.push({ docId: source.id, ...(source.annotator ? { annotator } : {}), reason });
    if (source.excluded) {
      leaveOut(source.excluded);
      continue;
    }
    const inGold = existing(source.id);
    const inFile = byId.get(source.id);
    if (inFile && inFile.text !== source.text) {
      leaveOut('another document of the file has this id and another text');
      continue;
    }
    if (inGold && inGold.text !== source.text) {
      leaveOut('the gold file has this note with another text; its offsets would not fit');
      continue;
    }
    const { document, problems } = placeSpans(source, options.mapping);
    report.problems.push(...problems);
    const known = new Set([inGold, inFile].flatMap((d) => (d ? deriveGoldSpans(annotatorView(d, annotator)).filter((s) => !s.stale).map(identity) : [])));
    const doc = inFile ?? { id: source.id, text: source.text, textHash: textHash(source.text), decisions: [], updated: options.time };
    for (const span of document.spans) {
      if (known.has(identity(span))) {
        report.alreadyInGold++;
        continue;
      }
      const decision: Decision = { kind: 'added', start: span.start, end: span.end, label: span.label, text: source.text.slice(span.start, span.end), annotator, time: options.time };
      if (span.assertion) decision.assertion = span.assertion;
      if (span.code) decision.code = span.code;
      doc.decisions.push(decision);
      report.imported++;
      annotators.add(annotator);
    }
    byId.set(source.id, doc);
  }
  report.annotators = [...annotators].sort();
  return [...byId.values()];
}

function identity(s: { start: number; end: number; label: string; assertion?: string; code?: string }): string {
  return JSON.stringify([s.start, s.end, s.label, s.assertion ?? 'present', s.code ?? '']);
}
