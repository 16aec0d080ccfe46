import type { Assertion } from '../../engine/entity';
import { LABELS } from '../../engine/entity';
import { CodePointOffsets, fromCodePoints, spanToCodePoints } from './codePointOffsets';
import { FormatError, newReport, type AnnotatedDocument, type AnnotatedSpan, type ExportResult } from './annotatedDocument';
import { requireLabel } from './spanChecks';

export interface TextFile {
  /** Relative, with `/` separators. */
  path: string;
  content: string;
}

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
 * (`A1\tNegated T1`), declared with the labels in `annotation.conf`. Ids that map to the same
 * files (`a\b` and `a/b`, `x/..` and `x/_`, or ids that differ only in case, since a disk may
 * ignore case) are written as `name~2`, `name~3`… and listed in the report's `renamed`.
 */
export function exportBrat(docs: readonly AnnotatedDocument[]): ExportResult<TextFile[]> {
  const report = newReport(docs.length);
  const files: TextFile[] = [{ path: 'annotation.conf', content: annotationConf() }];
  const names = new ExportNames();
  for (const doc of docs) {
    const offsets = new CodePointOffsets(doc.text);
    const lines: string[] = [];
    let t = 0;
    let a = 0;
    for (const span of doc.spans) {
      const fragments = fragmentsOf(doc.text, span);
      const cps = fragments.map((f) => spanToCodePoints(offsets, f));
      if (fragments.length === 0 || cps.some((c) => c === undefined)) {
        report.skipped.push({ docId: doc.id, span, reason: fragments.length === 0 ? 'covers only line breaks' : 'splits a character (surrogate pair)' });
        continue;
      }
      const id = `T${++t}`;
      const ranges = cps.map((c) => `${c!.start} ${c!.end}`).join(';');
      lines.push(`${id}\t${span.label} ${ranges}\t${fragments.map((f) => doc.text.slice(f.start, f.end)).join(' ')}`);
      const attribute = span.assertion && span.assertion !== 'present' ? ATTRIBUTE_OF[span.assertion] : undefined;
      if (attribute) lines.push(`A${++a}\t${attribute} ${id}`);
      report.exported++;
    }
    const wanted = safeRelativePath(doc.id);
    const base = names.claim(wanted);
    if (base !== wanted) (report.renamed ??= []).push({ docId: doc.id, path: `${base}.txt` });
    files.push({ path: `${base}.txt`, content: doc.text }, { path: `${base}.ann`, content: lines.map((l) => l + '\n').join('') });
  }
  return { output: files, report };
}

/** Reads every `X.txt` with its `X.ann` (a missing .ann means no spans); other files are ignored. */
export function importBrat(files: readonly TextFile[]): AnnotatedDocument[] {
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  return files
    .filter((f) => f.path.endsWith('.txt'))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
    .map((f) => {
      const base = f.path.slice(0, -'.txt'.length);
      const annPath = `${base}.ann`;
      try {
        return { id: base, text: f.content, spans: parseAnn(f.content, byPath.get(annPath) ?? '') };
      } catch (e) {
        if (e instanceof FormatError) throw new FormatError(`${annPath}: ${e.message}`);
        throw e;
      }
    });
}

function parseAnn(text: string, ann: string): AnnotatedSpan[] {
  const offsets = new CodePointOffsets(text);
  const spans = new Map<string, AnnotatedSpan>();
  const attributes: { attribute: string; target: string; line: number }[] = [];
  ann.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const row = raw.replace(/\r$/, '');
    if (row.startsWith('T')) {
      const [id, body] = row.split('\t');
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body ?? '');
      if (!id || !match) throw new FormatError(`not a text-bound annotation: ${row}`, line);
      const numbers = match[2]!.split(/[ ;]/).map(Number);
      spans.set(id, {
        start: fromCodePoints(offsets, Math.min(...numbers), line),
        end: fromCodePoints(offsets, Math.max(...numbers), line),
        label: requireLabel(match[1], line),
      });
    } else if (row.startsWith('A') || row.startsWith('M')) {
      const [attribute, target] = (row.split('\t')[1] ?? '').split(' ');
      if (attribute && target) attributes.push({ attribute, target, line });
    }
  });
  for (const { attribute, target, line } of attributes) {
    const assertion = ASSERTION_OF.get(attribute);
    const span = spans.get(target);
    if (!assertion) continue;
    if (!span) throw new FormatError(`attribute on unknown annotation ${target}`, line);
    span.assertion = assertion;
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

// Ids are workspace-relative paths; keep them inside the export folder whatever they contain.
function safeRelativePath(id: string): string {
  return id
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .map((segment) => (segment === '..' ? '_' : segment))
    .join('/');
}

/**
 * The file names a brat export has used, compared without case (the folder may end up on a disk
 * that ignores it). A document's `.txt` and `.ann` may take neither a file nor a folder already
 * used, and its folders may not be files already used.
 */
class ExportNames {
  private readonly files = new Set<string>(['annotation.conf']);
  private readonly folders = new Set<string>();

  /**
   * `base`, with `~2`, `~3`… added to the first segment that collides (a folder that is already a
   * file, or the document's own name); marks its files and folders as used.
   */
  claim(base: string): string {
    const segments = base.split('/');
    segments.forEach((segment, i) => {
      const prefix = segments.slice(0, i).join('/');
      const key = (name: string) => (prefix === '' ? name : `${prefix}/${name}`).toLowerCase();
      const isFree = i < segments.length - 1
        ? (name: string) => !this.files.has(key(name))
        : (name: string) => !this.isUsed(`${key(name)}.txt`) && !this.isUsed(`${key(name)}.ann`);
      let chosen = segment;
      for (let n = 2; !isFree(chosen); n++) chosen = `${segment}~${n}`;
      segments[i] = chosen;
    });
    const claimed = segments.join('/');
    const key = claimed.toLowerCase();
    this.files.add(`${key}.txt`).add(`${key}.ann`);
    segments.slice(0, -1).forEach((_, i) => this.folders.add(segments.slice(0, i + 1).join('/').toLowerCase()));
    return claimed;
  }

  private isUsed(name: string): boolean {
    return this.files.has(name) || this.folders.has(name);
  }
}
