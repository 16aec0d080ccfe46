import { CodePointOffsets } from '../../engine/text/codePointOffsets';
import { FormatError, newReport, type AnnotatedDocument, type ExportResult } from './annotatedDocument';
import type { SourceDocument, SourceSpan } from './sourceDocument';
import { requireObject, requireOffset, requireString } from './spanChecks';

/**
 * Label Studio's JSON export (a list of tasks), for a labeling config with a `Text` named `text`,
 * `Labels` named `label` and per-region `Choices` named `assertion` (the config is in
 * docs/formats.md). Offsets are code points, as Label Studio stores them. A span's status is a
 * per-region choice sharing the region's id; codes have no place and are dropped. The task's
 * `data.doc_id` keeps the document id.
 *
 * The reader takes every annotation of every task (not `predictions`): each becomes a document
 * of its own annotator (`completed_by`: an e-mail, a user object or a user number), a cancelled
 * one is left out. Regions may come from any `labels` control, statuses from any per-region
 * `choices`.
 */
export function exportLabelStudio(docs: readonly AnnotatedDocument[]): ExportResult<string> {
  const report = newReport(docs.length);
  const tasks = docs.map((doc, index) => {
    const offsets = new CodePointOffsets(doc.text);
    const result: unknown[] = [];
    doc.spans.forEach((span, s) => {
      const cp = offsets.rangeToCodePoints(span);
      if (!cp) {
        report.skipped.push({ docId: doc.id, span, reason: 'splits a character (surrogate pair)' });
        return;
      }
      const id = `r${s + 1}`;
      const value = { start: cp.start, end: cp.end, text: doc.text.slice(span.start, span.end) };
      result.push({ id, from_name: 'label', to_name: 'text', type: 'labels', value: { ...value, labels: [span.label] } });
      if (span.assertion) result.push({ id, from_name: 'assertion', to_name: 'text', type: 'choices', value: { ...value, choices: [span.assertion] } });
      report.exported++;
    });
    return { id: index + 1, data: { text: doc.text, doc_id: doc.id }, annotations: [{ result }] };
  });
  return { output: JSON.stringify(tasks, null, 1) + '\n', report };
}

export function readLabelStudio(content: string): SourceDocument[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (e) {
    throw new FormatError(`invalid JSON: ${(e as Error).message}`);
  }
  const tasks = Array.isArray(parsed) ? parsed : [parsed];
  return tasks.flatMap((raw, t) => {
    const where = `task ${t + 1}`;
    const task = requireObject(raw, where);
    const data = requireObject(task.data, `${where}: data`);
    const text = typeof data.text === 'string' ? data.text : Object.values(data).find((v): v is string => typeof v === 'string');
    if (text === undefined) throw new FormatError(`${where}: data has no text`);
    const id = typeof data.doc_id === 'string' ? data.doc_id : String(data.id ?? task.id ?? t + 1);
    const annotations = task.annotations === undefined ? [] : task.annotations;
    if (!Array.isArray(annotations)) throw new FormatError(`${where}: annotations: not a list`);
    return annotations.map((a, n) => readAnnotation(requireObject(a, `${where}: annotations[${n}]`), id, text, `${where}, annotation ${n + 1}`));
  });
}

function readAnnotation(annotation: Record<string, unknown>, id: string, text: string, where: string): SourceDocument {
  const result = annotation.result === undefined ? [] : annotation.result;
  if (!Array.isArray(result)) throw new FormatError(`${where}: result: not a list`);
  const regions = new Map<string, SourceSpan[]>();
  const statuses: { region: string; status: string }[] = [];
  result.forEach((raw, r) => {
    const item = requireObject(raw, `${where}: result[${r}]`);
    const value = item.value === undefined ? {} : requireObject(item.value, `${where}: result[${r}].value`);
    const region = typeof item.id === 'string' ? item.id : `#${r}`;
    if (Array.isArray(value.labels)) {
      const spans = value.labels.map((label): SourceSpan => {
        const span: SourceSpan = {
          start: requireOffset(value.start, `${where}: result[${r}] start`),
          end: requireOffset(value.end, `${where}: result[${r}] end`),
          label: requireString(label, `${where}: result[${r}] label`),
          where: `${where}, region ${region}`,
        };
        if (typeof value.text === 'string') span.text = value.text;
        return span;
      });
      regions.set(region, [...(regions.get(region) ?? []), ...spans]);
    } else if (Array.isArray(value.choices) && typeof value.choices[0] === 'string') {
      statuses.push({ region, status: value.choices[0] });
    }
  });
  for (const { region, status } of statuses) for (const span of regions.get(region) ?? []) span.assertion = status;
  const doc: SourceDocument = { id, text, offsets: 'codePoints', spans: [...regions.values()].flat() };
  const annotator = annotatorOf(annotation.completed_by);
  if (annotator) doc.annotator = annotator;
  if (annotation.was_cancelled === true) doc.excluded = 'cancelled in Label Studio';
  return doc;
}

function annotatorOf(completedBy: unknown): string | undefined {
  if (typeof completedBy === 'string' && completedBy !== '') return completedBy;
  if (typeof completedBy === 'number') return `user ${completedBy}`;
  if (completedBy && typeof completedBy === 'object') {
    const user = completedBy as { email?: unknown; id?: unknown };
    if (typeof user.email === 'string' && user.email !== '') return user.email;
    if (typeof user.id === 'number') return `user ${user.id}`;
  }
  return undefined;
}
