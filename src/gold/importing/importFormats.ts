import { readBrat } from '../formats/bratStandoff';
import { readConll } from '../formats/conll';
import { readDoccano } from '../formats/doccanoJsonl';
import type { TextFile } from '../formats/documentFiles';
import { readLabelStudio } from '../formats/labelStudioJson';
import { importNative } from '../formats/nativeJsonl';
import { readSeedLayout } from '../formats/seedLayout';
import type { SourceDocument } from '../formats/sourceDocument';
import { readSpacy } from '../formats/spacyJsonl';
import { readWebAnno } from '../formats/webannoTsv';
import type { GoldDocument } from '../goldDocument';

export const IMPORT_FORMATS = ['brat', 'doccano', 'spacy', 'conll-bio', 'conll-bioes', 'label-studio', 'webanno-tsv', 'seed', 'native'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** brat and WebAnno TSV keep one document per file (or file pair): they read a folder, or a single file. */
export const FOLDER_FORMATS: readonly ImportFormat[] = ['brat', 'webanno-tsv'];

/** A gold file's own documents, or documents of another tool, still to be placed on their text and mapped. */
export type ImportInput = { kind: 'native'; documents: GoldDocument[] } | { kind: 'annotated'; sources: SourceDocument[] };

/** Reads the input of an import; `files` are a folder's (paths relative to it), or the one file given. Throws FormatError. */
export function readImport(format: ImportFormat, files: readonly TextFile[]): ImportInput {
  const single = () => files.map((f) => f.content).join('');
  switch (format) {
    case 'native':
      return { kind: 'native', documents: importNative(single()) };
    case 'brat':
      return { kind: 'annotated', sources: readBrat(files) };
    case 'webanno-tsv':
      return { kind: 'annotated', sources: readWebAnno(files) };
    case 'doccano':
      return { kind: 'annotated', sources: readDoccano(single()) };
    case 'spacy':
      return { kind: 'annotated', sources: readSpacy(single()) };
    case 'label-studio':
      return { kind: 'annotated', sources: readLabelStudio(single()) };
    case 'conll-bio':
    case 'conll-bioes':
      return { kind: 'annotated', sources: readConll(single()) };
    case 'seed':
      return { kind: 'annotated', sources: readSeedLayout(single(), files[0]?.path.toLowerCase().endsWith('.tsv') ? '\t' : ',') };
  }
}
