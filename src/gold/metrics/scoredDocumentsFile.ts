import { FormatError } from '../formats/annotatedDocument';
import { parseJsonLines } from '../formats/jsonLines';
import { requireAssertion, requireLabel, requireObject, requireOffset, requireString } from '../formats/spanChecks';
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
 * (the `annotate` output). Throws FormatError naming the line.
 */
export function parseScoredDocuments(content: string): ReadScoredDocuments {
  let staleSpans = 0;
  const seen = new Set<string>();
  const documents = parseJsonLines(content).map(({ value, line }) => {
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
      const scored = goldScoredDocument(gold);
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
    return doc;
  });
  return { documents, staleSpans };
}
