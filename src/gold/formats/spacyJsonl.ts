import { tokenizeWords } from '../../engine/text/wordTokenizer';
import { CodePointOffsets, fromCodePoints, spanToCodePoints } from './codePointOffsets';
import { FormatError, newReport, type AnnotatedDocument, type AnnotatedSpan, type ExportResult } from './annotatedDocument';
import { parseJsonLines, toJsonLines } from './jsonLines';
import { requireAssertion, requireLabel, requireObject, requireOffset, requireString } from './spanChecks';
import { tokenIndexRange } from './tokenAlignment';

/**
 * spaCy / Prodigy task JSONL: `{"text", "tokens", "spans", "meta": {"id"}}`. Offsets are code
 * points (Python `str` indices); `token_end` is inclusive, as in Prodigy. Tokens are our word
 * tokens, so `doc.char_span` works for every exported span when the tokens are used; spans that
 * do not start and end on a token boundary are skipped and reported. Overlapping spans are kept
 * (fine for `doc.spans`, not for `doc.ents`).
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
      const cp = spanToCodePoints(offsets, span);
      if (!range || !cp) {
        report.skipped.push({ docId: doc.id, span, reason: 'not aligned to word tokens' });
        continue;
      }
      spans.push({ start: cp.start, end: cp.end, token_start: range.first, token_end: range.last, label: span.label, ...(span.assertion ? { assertion: span.assertion } : {}) });
      report.exported++;
    }
    return { text: doc.text, tokens, spans, meta: { id: doc.id } };
  });
  return { output: toJsonLines(lines), report };
}

export function importSpacy(content: string): AnnotatedDocument[] {
  return parseJsonLines(content).map(({ value, line }) => {
    const task = requireObject(value, 'task', line);
    const text = requireString(task.text, 'text', line);
    const meta = task.meta === undefined ? {} : requireObject(task.meta, 'meta', line);
    const id = typeof meta.id === 'string' ? meta.id : typeof task.id === 'string' ? task.id : `line-${line}`;
    const offsets = new CodePointOffsets(text);
    const rawSpans = task.spans === undefined ? [] : task.spans;
    if (!Array.isArray(rawSpans)) throw new FormatError('spans: not a list', line);
    const spans = rawSpans.map((raw) => {
      const s = requireObject(raw, 'span', line);
      const span: AnnotatedSpan = {
        start: fromCodePoints(offsets, requireOffset(s.start, 'span start', line), line),
        end: fromCodePoints(offsets, requireOffset(s.end, 'span end', line), line),
        label: requireLabel(s.label, line),
      };
      if (s.assertion !== undefined) span.assertion = requireAssertion(s.assertion, 'span assertion', line);
      return span;
    });
    return { id, text, spans };
  });
}
