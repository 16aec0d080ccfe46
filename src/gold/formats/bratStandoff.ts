import type { Assertion } from '../../engine/entity';
import { LABELS } from '../../engine/entity';
import { CodePointOffsets } from '../../engine/text/codePointOffsets';
import { FormatError, newReport, type AnnotatedDocument, type ExportResult } from './annotatedDocument';
import { documentFilePath, DocumentFileNames, type TextFile } from './documentFiles';
import type { SourceDocument, SourceSpan } from './sourceDocument';

const ATTRIBUTE_OF: Record<Exclude<Assertion, 'present'>, string> = {
  negated: 'Negated',
  uncertain: 'Uncertain',
  hypothetical: 'Hypothetical',
  historical: 'Historical',
  family: 'Family',
};
const ASSERTION_OF = new Map(Object.entries(ATTRIBUTE_OF).map(([assertion, attribute]) => [attribute, assertion as Assertion]));

/**
 * brat standoff: for document id `notes/a.txt`, `notes/a.txt.txt` (the text, byte for byte,
 * CRLF included) and `notes/a.txt.ann`; the id is the path minus the final `.txt`, so it comes
 * back unchanged. Offsets are code points (brat is Python and reads the text as `str`); a span
 * that crosses a line break is written as fragments (`T1\tPROBLEM 0 5;6 12\t…`) because the text
 * field of an .ann line cannot hold a newline, and read back as one span from the first fragment's
 * start to the last one's end. Assertions other than `present` become binary attributes
 * (`A1\tNegated T1`), declared with the labels in `annotation.conf`; a code becomes a
 * normalization whose `RID:EID` names the coding system (`N1\tReference T1 ICD10:J18\tpolmonite`).
 * Ids that map to the same files are written under names of their own (see `DocumentFileNames`)
 * and listed in the report's `renamed`.
 */
export function exportBrat(docs: readonly AnnotatedDocument[]): ExportResult<TextFile[]> {
  const report = newReport(docs.length);
  const files: TextFile[] = [{ path: 'annotation.conf', content: annotationConf() }];
  const names = new DocumentFileNames(['.txt', '.ann'], ['annotation.conf']);
  for (const doc of docs) {
    const offsets = new CodePointOffsets(doc.text);
    const lines: string[] = [];
    let t = 0;
    let a = 0;
    let n = 0;
    for (const span of doc.spans) {
      const fragments = fragmentsOf(doc.text, span);
      const cps = fragments.map((f) => offsets.rangeToCodePoints(f));
      if (fragments.length === 0 || cps.some((c) => c === undefined)) {
        report.skipped.push({ docId: doc.id, span, reason: fragments.length === 0 ? 'covers only line breaks' : 'splits a character (surrogate pair)' });
        continue;
      }
      const id = `T${++t}`;
      const ranges = cps.map((c) => `${c!.start} ${c!.end}`).join(';');
      // the text field is the rest of a tab-separated line: a tab inside it would start a field
      const covered = fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ').replace(/\t/g, ' ');
      lines.push(`${id}\t${span.label} ${ranges}\t${covered}`);
      const attribute = span.assertion && span.assertion !== 'present' ? ATTRIBUTE_OF[span.assertion] : undefined;
      if (attribute) lines.push(`A${++a}\t${attribute} ${id}`);
      if (span.code) lines.push(`N${++n}\tReference ${id} ${span.code}\t${covered}`);
      report.exported++;
    }
    const wanted = documentFilePath(doc.id);
    const base = names.claim(wanted);
    if (base !== wanted) (report.renamed ??= []).push({ docId: doc.id, path: `${base}.txt` });
    files.push({ path: `${base}.txt`, content: doc.text }, { path: `${base}.ann`, content: lines.map((l) => l + '\n').join('') });
  }
  return { output: files, report };
}

/** Reads every `X.txt` with its `X.ann` (a missing .ann means no spans); other files are ignored. */
export function readBrat(files: readonly TextFile[]): SourceDocument[] {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  return files
    .filter((f) => f.path.endsWith('.txt'))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
    .map((f) => {
      const base = f.path.slice(0, -'.txt'.length);
      const annPath = `${base}.ann`;
      try {
        return { id: base, text: f.content, offsets: 'codePoints' as const, spans: parseAnn(byPath.get(annPath) ?? '') };
      } catch (e) {
        if (e instanceof FormatError) throw new FormatError(`${annPath}: ${e.message}`);
        throw e;
      }
    });
}

function parseAnn(ann: string): SourceSpan[] {
  const spans = new Map<string, SourceSpan>();
  const references: { kind: 'attribute' | 'code'; value: string; target: string; line: number }[] = [];
  ann.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const row = raw.replace(/\r$/, '');
    const [id, body, ...rest] = row.split('\t');
    const covered = rest.length > 0 ? rest.join('\t') : undefined;
    if (row.startsWith('T')) {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body ?? '');
      if (!id || !match) throw new FormatError(`not a text-bound annotation: ${row}`, line);
      const numbers = match[2]!.split(/[ ;]/).map(Number);
      const span: SourceSpan = { start: Math.min(...numbers), end: Math.max(...numbers), label: match[1]!, where: `${id} (line ${line})` };
      if (covered !== undefined) span.text = covered;
      spans.set(id, span);
    } else if (row.startsWith('A') || row.startsWith('M')) {
      const [attribute, target] = (body ?? '').split(' ');
      if (attribute && target) references.push({ kind: 'attribute', value: attribute, target, line });
    } else if (row.startsWith('N')) {
      const [, target, code] = (body ?? '').split(' ');
      if (target && code) references.push({ kind: 'code', value: code, target, line });
    }
  });
  for (const { kind, value, target, line } of references) {
    const span = spans.get(target);
    const assertion = ASSERTION_OF.get(value);
    if (kind === 'attribute' && !assertion) continue;
    if (!span) throw new FormatError(`${kind === 'code' ? 'normalization' : 'attribute'} on unknown annotation ${target}`, line);
    if (kind === 'code') span.code = value;
    else span.assertion = assertion;
  }
  return [...spans.values()];
}

/** The span minus line-break characters, as one fragment per line. */
function fragmentsOf(text: string, span: { start: number; end: number }): { start: number; end: number }[] {
  const fragments: { start: number; end: number }[] = [];
  const pattern = /[^\r\n]+/g;
  const inside = text.slice(span.start, span.end);
  for (const m of inside.matchAll(pattern)) fragments.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length });
  return fragments;
}

function annotationConf(): string {
  const attributes = Object.values(ATTRIBUTE_OF).map((a) => `${a}\tArg:<ENTITY>`);
  return ['[entities]', ...LABELS, '', '[relations]', '', '[events]', '', '[attributes]', ...attributes, ''].join('\n');
}
