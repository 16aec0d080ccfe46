import type { GoldDocument } from '../goldDocument';
import { annotatedFromGold, type ExportReport } from '../formats/annotatedDocument';
import { exportBrat, type TextFile } from '../formats/bratStandoff';
import { exportConll } from '../formats/conll';
import { exportDoccano } from '../formats/doccanoJsonl';
import { exportNative } from '../formats/nativeJsonl';
import { exportSeedLayout } from '../formats/seedLayout';
import { exportSpacy } from '../formats/spacyJsonl';

export type ExportFormat = 'native' | 'spacy' | 'doccano' | 'brat' | 'conll-bio' | 'conll-bioes' | 'seed';

export interface ExportFormatInfo {
  format: ExportFormat;
  title: string;
  /** A folder of files (brat) rather than one file. */
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
];

/** Gold documents in one export format, as files relative to the chosen target (one file, or a brat folder). */
export function exportGold(docs: readonly GoldDocument[], format: ExportFormat): { files: TextFile[]; report: ExportReport } {
  const info = EXPORT_FORMATS.find((f) => f.format === format);
  if (!info) throw new Error(`unknown export format "${format}"`);
  if (format === 'native') {
    const { output, report } = exportNative(docs);
    return { files: [{ path: info.fileName, content: output }], report };
  }
  const { documents, skipped } = annotatedFromGold(docs);
  const result = format === 'brat'
    ? exportBrat(documents)
    : (() => {
      const single = format === 'spacy' ? exportSpacy(documents)
        : format === 'doccano' ? exportDoccano(documents)
          : format === 'seed' ? exportSeedLayout(documents)
            : exportConll(documents, format === 'conll-bio' ? 'BIO' : 'BIOES');
      return { output: [{ path: info.fileName, content: single.output }], report: single.report };
    })();
  return { files: result.output, report: { ...result.report, skipped: [...skipped, ...result.report.skipped] } };
}
