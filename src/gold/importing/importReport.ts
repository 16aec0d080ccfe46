import type { ImportProblem } from './spanPlacement';

/** What an import read, what it added to gold, and everything it could not take, with the reasons. */
export interface ImportReport {
  format: string;
  /** Documents read (one per annotator where the format holds several). */
  documents: number;
  /** Spans read from the file (for `native`: decisions). */
  spans: number;
  /** Decisions added to the gold file. */
  imported: number;
  /** Spans the gold file already had for the same annotator, not added again. */
  alreadyInGold: number;
  /** Who the decisions are recorded for. */
  annotators: string[];
  problems: ImportProblem[];
  /** Documents not imported at all. */
  documentsLeftOut: { docId: string; annotator?: string; reason: string }[];
}

export function emptyImportReport(format: string): ImportReport {
  return { format, documents: 0, spans: 0, imported: 0, alreadyInGold: 0, annotators: [], problems: [], documentsLeftOut: [] };
}

/** The report for people: a summary line, then one line per document or span left out or changed. */
export function renderImportReport(report: ImportReport, target: string): string {
  const leftOut = report.problems.filter((p) => !p.kept);
  const kept = report.problems.filter((p) => p.kept);
  const who = report.annotators.length > 0 ? ` for ${report.annotators.join(', ')}` : '';
  let out = `imported ${report.imported} decision(s)${who} from ${report.documents} document(s) of ${report.spans} span(s) (${report.format}) into ${target}`;
  if (report.alreadyInGold > 0) out += `; ${report.alreadyInGold} already there`;
  out += '\n';
  if (report.documentsLeftOut.length > 0) {
    out += `left out ${report.documentsLeftOut.length} document(s):\n`;
    for (const d of report.documentsLeftOut) out += `  ${d.docId}${d.annotator ? ` (${d.annotator})` : ''}: ${d.reason}\n`;
  }
  const line = (p: ImportProblem) => `  ${p.docId}${p.where ? ` ${p.where}` : ''} [${p.span.start}, ${p.span.end}) ${p.span.label}: ${p.reason}\n`;
  if (leftOut.length > 0) out += `left out ${leftOut.length} span(s):\n${leftOut.map(line).join('')}`;
  if (kept.length > 0) out += `imported with a remark ${kept.length} span(s):\n${kept.map(line).join('')}`;
  return out;
}
