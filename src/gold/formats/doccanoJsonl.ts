import { CodePointOffsets } from '../../engine/text/codePointOffsets';
import { FormatError, newReport, type AnnotatedDocument, type ExportResult } from './annotatedDocument';
import { parseJsonLines, toJsonLines } from './jsonLines';
import type { SourceDocument, SourceSpan } from './sourceDocument';
import { requireObject, requireOffset, requireString } from './spanChecks';

/**
 * doccano sequence-labelling JSONL: `{"id", "text", "label": [[start, end, "LABEL"]]}`, offsets in
 * code points. Assertions and codes have no place in it and are dropped. The reader also takes
 * the older `labels` key and the relation-mode `entities: [{start_offset, end_offset, label}]`.
 */
export function exportDoccano(docs: readonly AnnotatedDocument[]): ExportResult<string> {
  const report = newReport(docs.length);
  const lines = docs.map((doc) => {
    const offsets = new CodePointOffsets(doc.text);
    const label: [number, number, string][] = [];
    for (const span of doc.spans) {
      const cp = offsets.rangeToCodePoints(span);
      if (!cp) {
        report.skipped.push({ docId: doc.id, span, reason: 'splits a character (surrogate pair)' });
        continue;
      }
      label.push([cp.start, cp.end, span.label]);
      report.exported++;
    }
    return { id: doc.id, text: doc.text, label };
  });
  return { output: toJsonLines(lines), report };
}

export function readDoccano(content: string): SourceDocument[] {
  return parseJsonLines(content).map(({ value, line }) => {
    const task = requireObject(value, 'line', line);
    const text = requireString(task.text, 'text', line);
    const id = typeof task.id === 'string' || typeof task.id === 'number' ? String(task.id) : `line-${line}`;
    const triples: [unknown, unknown, unknown][] = [];
    const list = task.label ?? task.labels;
    if (list !== undefined) {
      if (!Array.isArray(list)) throw new FormatError('label: not a list', line);
      for (const item of list) {
        if (!Array.isArray(item) || item.length < 3) throw new FormatError('label: expected [start, end, "LABEL"]', line);
        triples.push([item[0], item[1], item[2]]);
      }
    } else if (Array.isArray(task.entities)) {
      for (const e of task.entities) {
        const entity = requireObject(e, 'entity', line);
        triples.push([entity.start_offset, entity.end_offset, entity.label]);
      }
    }
    const spans = triples.map(([s, e, l]): SourceSpan => ({
      start: requireOffset(s, 'start', line),
      end: requireOffset(e, 'end', line),
      label: requireString(l, 'label', line),
      where: `line ${line}`,
    }));
    return { id, text, offsets: 'codePoints', spans };
  });
}
