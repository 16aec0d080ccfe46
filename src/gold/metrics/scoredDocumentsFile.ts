import { FormatError } from '../formats/annotatedDocument';
import { parseJsonLines } from '../formats/jsonLines';
import { requireAssertion, requireLabel, requireObject, requireOffset, requireString } from '../formats/spanChecks';
import { annotatorsOf, annotatorView } from '../annotators';
import { parseGoldDocument, SchemaError } from '../goldDocumentSchema';
import { goldScoredDocument } from './goldScoredDocument';
import type { ScoredDocument, ScoredSpan } from './scoredDocument';

export interface ReadScoredDocuments {
  documents: ScoredDocument[];
  /** Gold spans left out because their text was edited since the decision. */
  staleSpans: number;
}

/**
 * Reads JSONL in either shape, line by line: a gold-file line (it has `decisions`; its gold spans
 * are derived and stale ones left out) or `{id, text?, entities: [{start, end, label, assertion?}]}`
 * (the `annotate` output). A gold-file line is one annotator's gold: `annotator`'s (a line without
 * their decisions is left out), or its only annotator's. Throws FormatError naming the line, also
 * when several annotators decided in a note and none was named.
 */
export function parseScoredDocuments(content: string, annotator?: string): ReadScoredDocuments {
  let staleSpans = 0;
  const seen = new Set<string>();
  const documents = parseJsonLines(content).flatMap(({ value, line }): ScoredDocument[] => {
    const obj = requireObject(value, 'line', line);
    let doc: ScoredDocument;
    if ('decisions' in obj) {
      let gold;
      try {
        gold = parseGoldDocument(obj);
      } catch (e) {
        if (e instanceof SchemaError) throw new FormatError(e.message, line);
        throw e;
      }
      const annotators = annotatorsOf(gold);
      if (annotator !== undefined && !annotators.includes(annotator)) return [];
      if (annotator === undefined && annotators.length > 1) {
        throw new FormatError(`${gold.id} has decisions by several annotators (${annotators.join(', ')}): name one with --annotator`, line);
      }
      const scored = goldScoredDocument(annotator === undefined ? gold : annotatorView(gold, annotator));
      staleSpans += scored.staleSpans;
      doc = scored.document;
    } else {
      const id = requireString(obj.id, 'id', line);
      if (!Array.isArray(obj.entities)) throw new FormatError('entities: not a list', line);
      const entities: ScoredSpan[] = obj.entities.map((raw, i) => {
        const e = requireObject(raw, `entities[${i}]`, line);
        const start = requireOffset(e.start, `entities[${i}].start`, line);
        const end = requireOffset(e.end, `entities[${i}].end`, line);
        if (end < start) throw new FormatError(`entities[${i}]: end before start`, line);
        const span: ScoredSpan = { start, end, label: requireLabel(e.label, line) };
        if (e.assertion !== undefined) span.assertion = requireAssertion(e.assertion, `entities[${i}].assertion`, line);
        return span;
      });
      doc = { id, entities };
      if (obj.text !== undefined) doc.text = requireString(obj.text, 'text', line);
      const tooFar = doc.text !== undefined && entities.find((e) => e.end > doc.text!.length);
      if (tooFar) throw new FormatError(`entity [${tooFar.start}, ${tooFar.end}) is beyond the end of the text`, line);
    }
    if (seen.has(doc.id)) throw new FormatError(`duplicate document id "${doc.id}"`, line);
    seen.add(doc.id);
    return [doc];
  });
  return { documents, staleSpans };
}
