import { LABELS, type Label, type Span, type TextRange } from '../engine/entity';
import { splitSentences } from '../engine/text/sentenceSplitter';
import { FormatError } from '../gold/formats/annotatedDocument';
import { parseJsonLines } from '../gold/formats/jsonLines';
import { goldOfOneAnnotator, isDone } from '../gold/annotators';
import { deriveGoldSpans, type GoldDocument } from '../gold/goldDocument';
import { parseGoldDocument, SchemaError } from '../gold/goldDocumentSchema';
import { parseScoredDocuments } from '../gold/metrics/scoredDocumentsFile';

/**
 * A document a person reviewed, as the learners see it. Offsets are UTF-16 code units, end
 * exclusive. `labels` are the labels whose annotation is complete inside `reviewed` (partial
 * annotation: gold that covers only PROBLEM teaches nothing about TEST or TREATMENT, and text
 * nobody reviewed teaches nothing at all).
 */
export interface ReviewedDocument {
  id: string;
  text: string;
  /** The gold entities. */
  entities: (Span & { text: string })[];
  /** Suggestions the reviewer rejected (the term memory stops suggesting them in that context). */
  rejected: (Span & { text: string })[];
  labels: Label[];
  /** The parts of the text that were reviewed; the whole text when every sentence was. */
  reviewed: TextRange[];
}

/** Thrown when a gold file holds several annotators' decisions in a note and none was named. */
export class AnnotatorNeededError extends Error {}

/**
 * Reads what `learn --gold` takes: a workspace gold file (one annotator's decisions: in a note
 * marked done every sentence counts as reviewed, otherwise only the sentences where the reviewer
 * decided something) or JSONL `{id, text, entities}` (every sentence reviewed). `labels` narrows
 * what the gold is complete for. Notes without text, or without any reviewed sentence, are left
 * out and counted.
 */
export function readReviewedDocuments(content: string, labels: readonly Label[] = LABELS, annotator?: string): { documents: ReviewedDocument[]; skipped: number } {
  const documents: ReviewedDocument[] = [];
  let skipped = 0;
  const lines = parseJsonLines(content);
  const isGoldFile = lines.some(({ value }) => typeof value === 'object' && value !== null && 'decisions' in value);
  if (!isGoldFile) {
    for (const doc of parseScoredDocuments(content).documents) {
      if (doc.text === undefined) {
        skipped++;
        continue;
      }
      const text = doc.text;
      const entities = doc.entities.filter((e) => labels.includes(e.label)).map((e) => ({ ...e, text: text.slice(e.start, e.end) }));
      documents.push({ id: doc.id, text, entities, rejected: [], labels: [...labels], reviewed: [{ start: 0, end: text.length }] });
    }
    return { documents, skipped };
  }
  const golds: GoldDocument[] = lines.map(({ value, line }) => {
    try {
      return parseGoldDocument(value);
    } catch (e) {
      if (e instanceof SchemaError) throw new FormatError(e.message, line);
      throw e;
    }
  });
  const chosen = goldOfOneAnnotator(golds, annotator);
  if (!('documents' in chosen)) {
    const names = [...new Set(chosen.shared.flatMap((s) => s.annotators))].join(', ');
    throw new AnnotatorNeededError(`${chosen.shared.length} note(s) hold decisions by several annotators (${names}): name one with --annotator`);
  }
  for (const gold of chosen.documents) {
    const decided = gold.decisions.filter((d) => gold.text.slice(d.start, d.end) === d.text);
    const sentences = splitSentences(gold.text);
    const reviewed = isDone(gold) ? [{ start: 0, end: gold.text.length }] : sentences.filter((s) => decided.some((d) => d.start < s.end && d.end > s.start));
    if (reviewed.length === 0) {
      skipped++;
      continue;
    }
    const entities = deriveGoldSpans(gold)
      .filter((s) => !s.stale && labels.includes(s.label))
      .map(({ start, end, label, text }) => ({ start, end, label, text }));
    const rejected = decided
      .filter((d) => d.kind === 'rejected' && labels.includes(d.label) && !entities.some((e) => e.start === d.start && e.end === d.end && e.label === d.label))
      .map(({ start, end, label, text }) => ({ start, end, label, text }));
    documents.push({ id: gold.id, text: gold.text, entities, rejected, labels: [...labels], reviewed });
  }
  return { documents, skipped };
}
