import type { TagScheme } from '../../engine/model/tagScheme';
import { FormatError, newReport, type AnnotatedDocument, type ExportResult } from './annotatedDocument';
import type { SourceDocument } from './sourceDocument';
import { tagDocument, untagDocument, type TaggedSentence } from './tokenTagging';

const DOC_ID = '# doc_id = ';

/**
 * CoNLL, two tab-separated columns: `word<TAB>tag`, one word token per line, a blank line after
 * each sentence. Each document starts with a `# doc_id = <id>` comment line (CoNLL-U style; flair
 * reads it with `comment_symbol="#"`). Import rebuilds each text by joining words with spaces.
 */
export function exportConll(docs: readonly AnnotatedDocument[], scheme: TagScheme): ExportResult<string> {
  const report = newReport(docs.length);
  let out = '';
  for (const doc of docs) {
    const { sentences, skipped } = tagDocument(doc, scheme);
    report.skipped.push(...skipped);
    report.exported += doc.spans.length - skipped.length;
    out += `${DOC_ID}${doc.id}\n`;
    for (const sentence of sentences) {
      out += sentence.words.map((w, i) => `${w}\t${sentence.tags[i]}\n`).join('') + '\n';
    }
  }
  return { output: out, report };
}

/** Reads BIO or BIOES tags alike (see `decodeTags`). */
export function readConll(content: string): SourceDocument[] {
  const docs: { id: string; sentences: TaggedSentence[] }[] = [];
  let sentence: TaggedSentence = { words: [], tags: [] };
  const currentDoc = () => {
    if (docs.length === 0) docs.push({ id: 'doc-1', sentences: [] });
    return docs[docs.length - 1]!;
  };
  const endSentence = () => {
    if (sentence.words.length > 0) currentDoc().sentences.push(sentence);
    sentence = { words: [], tags: [] };
  };
  content.split('\n').forEach((raw, index) => {
    const row = raw.replace(/\r$/, '');
    if (row.startsWith(DOC_ID)) {
      endSentence();
      docs.push({ id: row.slice(DOC_ID.length), sentences: [] });
    } else if (row.trim() === '' || row.startsWith('-DOCSTART-')) {
      endSentence();
    } else {
      const columns = row.split('\t');
      if (columns.length < 2) throw new FormatError('expected word<TAB>tag', index + 1);
      sentence.words.push(columns[0]!);
      sentence.tags.push(columns[columns.length - 1]!);
    }
  });
  endSentence();
  return docs.map((d, i) => {
    try {
      return untagDocument(d.id, d.sentences);
    } catch (e) {
      throw new FormatError(`document ${i + 1} (${d.id}): ${(e as Error).message}`);
    }
  });
}
