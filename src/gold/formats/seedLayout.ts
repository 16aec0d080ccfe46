import { FormatError, newReport, type AnnotatedDocument, type ExportResult } from './annotatedDocument';
import { formatRow, parseRows } from './delimitedText';
import type { SourceDocument } from './sourceDocument';
import { tagDocument, untagDocument, type TaggedSentence } from './tokenTagging';

export type Delimiter = ',' | '\t';

/**
 * The layout the seed model (HUMADEX/italian_medical_ner) was trained from, as read by
 * simpletransformers' `NERModel`: a header `sentence_id,words,labels`, one row per word, BIOES
 * tags. A fourth column, `document_id`, lets the import give each document back its id; trainers
 * that group by `sentence_id` ignore it. Sentence ids count from 0 across the whole file. Read it
 * in pandas with `keep_default_na=False`, or words such as "NA" (sodium) become NaN.
 */
export function exportSeedLayout(docs: readonly AnnotatedDocument[], delimiter: Delimiter = ','): ExportResult<string> {
  const report = newReport(docs.length);
  let out = formatRow(['sentence_id', 'words', 'labels', 'document_id'], delimiter);
  let sentenceId = 0;
  for (const doc of docs) {
    const { sentences, skipped } = tagDocument(doc, 'BIOES');
    report.skipped.push(...skipped);
    report.exported += doc.spans.length - skipped.length;
    for (const sentence of sentences) {
      sentence.words.forEach((word, i) => {
        out += formatRow([String(sentenceId), word, sentence.tags[i]!, doc.id], delimiter);
      });
      sentenceId++;
    }
  }
  return { output: out, report };
}

/** Without a `document_id` column, every sentence goes into one document, `seed`. */
export function readSeedLayout(content: string, delimiter: Delimiter = ','): SourceDocument[] {
  const [header, ...rows] = parseRows(content, delimiter);
  if (!header) return [];
  const column = (name: string) => header.fields.indexOf(name);
  const [sentenceCol, wordCol, labelCol, docCol] = ['sentence_id', 'words', 'labels', 'document_id'].map(column);
  if (sentenceCol! < 0 || wordCol! < 0 || labelCol! < 0) throw new FormatError('header must name sentence_id, words and labels', header.line);

  const docs = new Map<string, Map<string, TaggedSentence>>();
  for (const { fields, line } of rows) {
    if (fields.length < header.fields.length) throw new FormatError(`expected ${header.fields.length} columns, found ${fields.length}`, line);
    const docId = docCol! >= 0 ? fields[docCol!]! : 'seed';
    const sentences = docs.get(docId) ?? new Map<string, TaggedSentence>();
    docs.set(docId, sentences);
    const sentenceId = fields[sentenceCol!]!;
    const sentence = sentences.get(sentenceId) ?? { words: [], tags: [] };
    sentences.set(sentenceId, sentence);
    sentence.words.push(fields[wordCol!]!);
    sentence.tags.push(fields[labelCol!]!);
  }
  return [...docs].map(([id, sentences]) => {
    try {
      return untagDocument(id, [...sentences.values()]);
    } catch (e) {
      throw new FormatError(`document ${id}: ${(e as Error).message}`);
    }
  });
}
