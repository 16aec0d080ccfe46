import type { TextRange } from '../../engine/entity';

/** How a file counts offsets: UTF-16 code units (JavaScript, Java) or code points (Python). */
export type OffsetUnit = 'utf16' | 'codePoints';

/** A span as a file states it: offsets in the file's unit, label and status as written, nothing checked yet. */
export interface SourceSpan extends TextRange {
  label: string;
  /** The status as the file writes it (i2b2 words, or brat's attribute names already mapped to them). */
  assertion?: string;
  /** A code with its coding system, `ICD10:J18`. */
  code?: string;
  /** The text the file says the span covers, where the format records one (brat, Label Studio, WebAnno). */
  text?: string;
  /** Where the span is in the file, for the import report (`line 4`, `T3`). */
  where?: string;
}

/**
 * A document as an annotation file holds it, before the import places its spans on the text,
 * maps their labels and checks them (see gold/importing). Formats with several annotators per
 * document (Label Studio) give one SourceDocument per annotator.
 */
export interface SourceDocument {
  id: string;
  text: string;
  offsets: OffsetUnit;
  spans: SourceSpan[];
  /** Who annotated it, when the file says. */
  annotator?: string;
  /** Why the file itself says the document is not annotated (a Prodigy task answered `reject`, a cancelled Label Studio annotation). */
  excluded?: string;
}
