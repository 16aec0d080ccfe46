import type { GoldStore } from '../goldStore';
import { importedDocuments, type ImportOptions } from './importedDocuments';
import type { ImportInput } from './importFormats';
import { emptyImportReport, type ImportReport } from './importReport';

/**
 * Adds what an import read to a gold store (not yet written: the caller flushes). Other formats'
 * spans become decisions (see `importedDocuments`); a gold file's documents join as they are,
 * decisions, annotators, times and done marks included, each decision once. A document whose
 * text differs from the store's is left out and reported.
 */
export function importIntoGold(store: GoldStore, format: string, input: ImportInput, options: ImportOptions): ImportReport {
  const report = emptyImportReport(format);
  if (input.kind === 'annotated') {
    for (const doc of importedDocuments(input.sources, (id) => store.getDocument(id), options, report)) store.importDocument(doc);
    return report;
  }
  const annotators = new Set<string>();
  for (const doc of input.documents) {
    report.documents++;
    report.spans += doc.decisions.length;
    const before = store.getDocument(doc.id)?.decisions.length ?? 0;
    if (!store.importDocument(doc)) {
      report.documentsLeftOut.push({ docId: doc.id, reason: 'the gold file has this note with another text; its offsets would not fit' });
      continue;
    }
    const added = (store.getDocument(doc.id)?.decisions.length ?? 0) - before;
    report.imported += added;
    report.alreadyInGold += doc.decisions.length - added;
    if (added > 0) for (const d of doc.decisions) annotators.add(d.annotator);
  }
  report.annotators = [...annotators].sort();
  return report;
}
