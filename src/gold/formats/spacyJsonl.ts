import { CodePointOffsets } from '../../engine/text/codePointOffsets';
import { tokenizeWords } from '../../engine/text/wordTokenizer';
import { FormatError, newReport, type AnnotatedDocument, type ExportResult } from './annotatedDocument';
import { parseJsonLines, toJsonLines } from './jsonLines';
import type { SourceDocument, SourceSpan } from './sourceDocument';
import { requireObject, requireOffset, requireString } from './spanChecks';
import { tokenIndexRange } from './tokenAlignment';

/**
 * spaCy / Prodigy task JSONL: `{"text", "tokens", "spans", "meta": {"id"}}`. Offsets are code
 * points (Python `str` indices); `token_end` is inclusive, as in Prodigy. A span's status is its
 * `assertion`, its code (with the coding system, `ICD10:J18`) its `kb_id`, as spaCy's `Span.kb_id_`.
 * Tokens are our word tokens, so `doc.char_span` works for every exported span when the tokens are
 * used; spans that do not start and end on a token boundary are skipped and reported. Overlapping
 * spans are kept (fine for `doc.spans`, not for `doc.ents`). The reader takes Prodigy's
 * `_annotator_id` as the annotator and leaves out tasks answered `reject` or `ignore`.
 */
export function exportSpacy(docs: readonly AnnotatedDocument[]): ExportResult<string> {
  const report = newReport(docs.length);
  const lines = docs.map((doc) => {
    const offsets = new CodePointOffsets(doc.text);
    const words = tokenizeWords(doc.text);
    const tokens = words.map((t, id) => ({
      text: t.text,
      start: offsets.toCodePoints(t.start)!,
      end: offsets.toCodePoints(t.end)!,
      id,
      ws: /^\s/.test(doc.text.slice(t.end, t.end + 1)),
    }));
    const spans = [];
    for (const span of doc.spans) {
      const range = tokenIndexRange(words, span);
      const cp = offsets.rangeToCodePoints(span);
      if (!range || !cp) {
        report.skipped.push({ docId: doc.id, span, reason: 'not aligned to word tokens' });
        continue;
      }
      spans.push({
        start: cp.start,
        end: cp.end,
        token_start: range.first,
        token_end: range.last,
        label: span.label,
        ...(span.assertion ? { assertion: span.assertion } : {}),
        ...(span.code ? { kb_id: span.code } : {}),
      });
      report.exported++;
    }
    return { text: doc.text, tokens, spans, meta: { id: doc.id } };
  });
  return { output: toJsonLines(lines), report };
}

export function readSpacy(content: string): SourceDocument[] {
  return parseJsonLines(content).map(({ value, line }) => {
    const task = requireObject(value, 'task', line);
    const text = requireString(task.text, 'text', line);
    const meta = task.meta === undefined ? {} : requireObject(task.meta, 'meta', line);
    const id = typeof meta.id === 'string' ? meta.id : typeof task.id === 'string' ? task.id : `line-${line}`;
    const rawSpans = task.spans === undefined ? [] : task.spans;
    if (!Array.isArray(rawSpans)) throw new FormatError('spans: not a list', line);
    const spans = rawSpans.map((raw): SourceSpan => {
      const s = requireObject(raw, 'span', line);
      const span: SourceSpan = {
        start: requireOffset(s.start, 'span start', line),
        end: requireOffset(s.end, 'span end', line),
        label: requireString(s.label, 'span label', line),
        where: `line ${line}`,
      };
      if (s.assertion !== undefined) span.assertion = requireString(s.assertion, 'span assertion', line);
      if (typeof s.kb_id === 'string' && s.kb_id !== '') span.code = s.kb_id;
      return span;
    });
    const doc: SourceDocument = { id, text, offsets: 'codePoints', spans };
    if (typeof task._annotator_id === 'string' && task._annotator_id !== '') doc.annotator = task._annotator_id;
    if (task.answer === 'reject' || task.answer === 'ignore') doc.excluded = `answered "${task.answer}" in Prodigy`;
    return doc;
  });
}
