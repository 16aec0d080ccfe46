import type { GoldDocument } from '../goldDocument';
import { annotatedFromGold, type ExportReport, type ExportResult } from '../formats/annotatedDocument';
import { exportBrat } from '../formats/bratStandoff';
import { exportConll } from '../formats/conll';
import { exportDoccano } from '../formats/doccanoJsonl';
import type { TextFile } from '../formats/documentFiles';
import { exportLabelStudio } from '../formats/labelStudioJson';
import { exportNative } from '../formats/nativeJsonl';
import { exportSeedLayout, type Delimiter } from '../formats/seedLayout';
import { exportSpacy } from '../formats/spacyJsonl';
import { exportWebAnno } from '../formats/webannoTsv';

export const EXPORT_FORMAT_NAMES = ['native', 'spacy', 'doccano', 'brat', 'conll-bio', 'conll-bioes', 'seed', 'label-studio', 'webanno-tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMAT_NAMES)[number];

export interface ExportFormatInfo {
  format: ExportFormat;
  title: string;
  /** A folder of files (brat, WebAnno TSV) rather than one file. */
  folder: boolean;
  /** File name suggested for single-file formats. */
  fileName: string;
}

export const EXPORT_FORMATS: readonly ExportFormatInfo[] = [
  { format: 'native', title: 'Native JSONL (lossless, re-importable)', folder: false, fileName: 'gold.native.jsonl' },
  { format: 'spacy', title: 'spaCy / Prodigy JSONL (text, spans)', folder: false, fileName: 'gold.spacy.jsonl' },
  { format: 'doccano', title: 'doccano JSONL', folder: false, fileName: 'gold.doccano.jsonl' },
  { format: 'brat', title: 'brat standoff (.txt + .ann)', folder: true, fileName: 'brat' },
  { format: 'conll-bio', title: 'CoNLL, BIO tags', folder: false, fileName: 'gold.bio.conll' },
  { format: 'conll-bioes', title: 'CoNLL, BIOES tags', folder: false, fileName: 'gold.bioes.conll' },
  { format: 'seed', title: "The seed model's training layout (sentence, word, tag)", folder: false, fileName: 'gold.seed.csv' },
  { format: 'label-studio', title: 'Label Studio JSON (tasks with annotations)', folder: false, fileName: 'gold.label-studio.json' },
  { format: 'webanno-tsv', title: "INCEpTION's WebAnno TSV 3.3 (a .tsv per note)", folder: true, fileName: 'webanno' },
];

/**
 * Gold documents in one export format, as files relative to the chosen target (one file, or a
 * folder); the seed layout is CSV unless `seedDelimiter` is a tab. Spans a format cannot hold,
 * and stale ones, are in the report.
 */
export function exportGold(docs: readonly GoldDocument[], format: ExportFormat, seedDelimiter: Delimiter = ','): { files: TextFile[]; report: ExportReport } {
  const info = EXPORT_FORMATS.find((f) => f.format === format);
  if (!info) throw new Error(`unknown export format "${format}"`);
  if (format === 'native') return single(info, exportNative(docs));
  const { documents, skipped } = annotatedFromGold(docs);
  const withStale = ({ files, report }: { files: TextFile[]; report: ExportReport }) => ({ files, report: { ...report, skipped: [...skipped, ...report.skipped] } });
  switch (format) {
    case 'brat':
      return withStale(folder(exportBrat(documents)));
    case 'webanno-tsv':
      return withStale(folder(exportWebAnno(documents)));
    case 'spacy':
      return withStale(single(info, exportSpacy(documents)));
    case 'doccano':
      return withStale(single(info, exportDoccano(documents)));
    case 'label-studio':
      return withStale(single(info, exportLabelStudio(documents)));
    case 'seed':
      return withStale(single(info, exportSeedLayout(documents, seedDelimiter)));
    case 'conll-bio':
    case 'conll-bioes':
      return withStale(single(info, exportConll(documents, format === 'conll-bio' ? 'BIO' : 'BIOES')));
  }
}

function single(info: ExportFormatInfo, { output, report }: ExportResult<string>): { files: TextFile[]; report: ExportReport } {
  return { files: [{ path: info.fileName, content: output }], report };
}

function folder({ output, report }: ExportResult<TextFile[]>): { files: TextFile[]; report: ExportReport } {
  return { files: output, report };
}
