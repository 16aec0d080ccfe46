import * as path from 'node:path';
import type { Label } from '../../engine/entity';
import { annotatorsOf, annotatorView, isDone } from '../annotators';
import type { GoldDocument } from '../goldDocument';
import { deriveGoldSpans } from '../goldDocument';
import type { ScoredSpan } from '../metrics/scoredDocument';

/** A note as one annotator left it: their gold spans (stale ones left out) and whether they marked it done. */
export interface RatedDocument {
  id: string;
  text: string;
  spans: ScoredSpan[];
  done: boolean;
}

/** One annotator's gold in one gold file: the notes they decided on or marked done. */
export interface Rater {
  /** The annotator, with the file's name when the same annotator is in several files. */
  name: string;
  annotator: string;
  file: string;
  documents: ReadonlyMap<string, RatedDocument>;
}

/**
 * Every annotator of every gold file as a rater (only `annotators`, when given), in file order
 * then by name. A gold file per annotator and one file shared by several give the same raters.
 */
export function ratersOf(files: readonly { file: string; documents: readonly GoldDocument[] }[], labels: readonly Label[], annotators?: readonly string[]): Rater[] {
  const raters: Omit<Rater, 'name'>[] = [];
  for (const { file, documents } of files) {
    const names = [...new Set(documents.flatMap(annotatorsOf))].sort().filter((a) => !annotators || annotators.includes(a));
    for (const annotator of names) {
      const rated = new Map<string, RatedDocument>();
      for (const doc of documents) {
        if (!annotatorsOf(doc).includes(annotator)) continue;
        const view = annotatorView(doc, annotator);
        const spans = deriveGoldSpans(view)
          .filter((s) => !s.stale && labels.includes(s.label))
          .map(({ start, end, label, assertion }) => ({ start, end, label, ...(assertion ? { assertion } : {}) }));
        rated.set(doc.id, { id: doc.id, text: doc.text, spans, done: isDone(view) });
      }
      raters.push({ annotator, file, documents: rated });
    }
  }
  const inSeveralFiles = (annotator: string) => new Set(raters.filter((r) => r.annotator === annotator).map((r) => r.file)).size > 1;
  return raters.map((r) => ({ ...r, name: inSeveralFiles(r.annotator) ? `${r.annotator} (${path.basename(r.file)})` : r.annotator }));
}
