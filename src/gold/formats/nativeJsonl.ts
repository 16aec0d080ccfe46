import type { GoldDocument } from '../goldDocument';
import { deriveGoldSpans } from '../goldDocument';
import { parseGoldFile, documentsOf } from '../goldFile';
import { serializeGoldDocument } from '../goldDocumentSchema';
import { FormatError, newReport, type ExportResult } from './annotatedDocument';

/**
 * The gold file's own lines: every decision, annotator, time and stale span, so nothing is lost
 * and the output can be opened as a gold file again.
 */
export function exportNative(docs: readonly GoldDocument[]): ExportResult<string> {
  const report = newReport(docs.length);
  report.exported = docs.reduce((n, doc) => n + deriveGoldSpans(doc).length, 0);
  return { output: docs.map((d) => serializeGoldDocument(d) + '\n').join(''), report };
}

export function importNative(content: string): GoldDocument[] {
  const parsed = parseGoldFile(content);
  const problem = parsed.issues.find((i) => i.severity === 'malformed');
  if (problem) throw new FormatError(problem.reason, problem.line);
  return documentsOf(parsed.entries);
}
