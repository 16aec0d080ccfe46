import type { TextRange } from '../../engine/entity';
import { splitSentences } from '../../engine/text/sentenceSplitter';
import { tokenizeWords, type WordToken } from '../../engine/text/wordTokenizer';
import { compareSpans, FormatError, newReport, type AnnotatedDocument, type AnnotatedSpan, type ExportResult } from './annotatedDocument';
import { documentFilePath, DocumentFileNames, type TextFile } from './documentFiles';
import type { SourceDocument, SourceSpan } from './sourceDocument';
import { tokenIndexRange } from './tokenAlignment';

const FORMAT = '#FORMAT=WebAnno TSV 3.3';
const NAMED_ENTITY = 'de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity';

/**
 * INCEpTION's WebAnno TSV 3.3, one `.tsv` file per document (`notes/a.txt` → `notes/a.txt.tsv`;
 * the reader takes the id back from the path minus `.tsv`), on the built-in named-entity layer:
 * `value` is the label, `identifier` the code (`ICD10:J18`), so the files import into a project
 * with the default layers. Statuses would need a custom layer, which an INCEpTION project without
 * it refuses, so they are left out. Offsets are UTF-16 code units (Java strings).
 *
 * Sentences are the engine's, each written from its first word to the next sentence's, with the
 * line breaks and spaces after it, so the reader rebuilds the text exactly (only white space
 * before the first word comes back as spaces, as in INCEpTION). A span that stretches over
 * several words, or shares a word with another span, carries a disambiguation id (`PROBLEM[3]`);
 * spans that do not start and end on word tokens are skipped and reported. Ids that map to the
 * same file are written under names of their own (see `DocumentFileNames`) and listed in `renamed`.
 */
export function exportWebAnno(docs: readonly AnnotatedDocument[]): ExportResult<TextFile[]> {
  const report = newReport(docs.length);
  const names = new DocumentFileNames(['.tsv']);
  const files = docs.map((doc): TextFile => {
    const tokens = tokenizeWords(doc.text);
    const placed: { span: AnnotatedSpan; first: number; last: number }[] = [];
    for (const span of [...doc.spans].sort(compareSpans)) {
      const range = tokenIndexRange(tokens, span);
      if (!range) report.skipped.push({ docId: doc.id, span, reason: 'not aligned to word tokens' });
      else placed.push({ span, ...range });
    }
    report.exported += placed.length;
    const onToken = tokens.map(() => [] as typeof placed);
    for (const p of placed) for (let t = p.first; t <= p.last; t++) onToken[t]!.push(p);
    let nextId = 1;
    const disambiguation = new Map(placed.flatMap((p) => {
      const shares = onToken.slice(p.first, p.last + 1).some((list) => list.length > 1);
      return p.last > p.first || shares ? [[p, nextId++] as const] : [];
    }));
    const cell = (list: typeof placed, value: (p: (typeof placed)[number]) => string) =>
      list.length === 0 ? '_' : list.map((p) => value(p) + (disambiguation.has(p) ? `[${disambiguation.get(p)}]` : '')).join('|');
    let out = `${FORMAT}\n#T_SP=${NAMED_ENTITY}|identifier|value\n\n`;
    sentenceBlocks(doc.text, tokens).forEach((block, s) => {
      out += '\n' + doc.text.slice(block.start, block.end).split('\n').map((line) => `#Text=${escapeText(line)}\n`).join('');
      block.tokens.forEach((t, i) => {
        const list = onToken[t]!;
        const token = tokens[t]!;
        const identifier = cell(list, (p) => (p.span.code ? escapeValue(p.span.code) : '*'));
        out += `${s + 1}-${i + 1}\t${token.start}-${token.end}\t${token.text}\t${identifier}\t${cell(list, (p) => escapeValue(p.span.label))}\t\n`;
      });
    });
    const wanted = documentFilePath(doc.id);
    const base = names.claim(wanted);
    if (base !== wanted) (report.renamed ??= []).push({ docId: doc.id, path: `${base}.tsv` });
    return { path: `${base}.tsv`, content: out };
  });
  return { output: files, report };
}

/** Each sentence from its first word to the next sentence's first word (the last one to the end of the text), with its tokens' indices. */
function sentenceBlocks(text: string, tokens: readonly WordToken[]): (TextRange & { tokens: number[] })[] {
  const blocks: (TextRange & { tokens: number[] })[] = [];
  let t = 0;
  for (const sentence of splitSentences(text)) {
    const indices: number[] = [];
    while (t < tokens.length && tokens[t]!.start < sentence.end) indices.push(t++);
    if (indices.length === 0) continue;
    const start = tokens[indices[0]!]!.start;
    if (blocks.length > 0) blocks[blocks.length - 1]!.end = start;
    blocks.push({ start, end: text.length, tokens: indices });
  }
  return blocks;
}

/** Reads every `.tsv` file; a file without a span layer gives a document without spans. */
export function readWebAnno(files: readonly TextFile[]): SourceDocument[] {
  return files
    .filter((f) => f.path.endsWith('.tsv'))
    .sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0))
    .map((f) => {
      try {
        return readDocument(f.path.slice(0, -'.tsv'.length), f.content);
      } catch (e) {
        if (e instanceof FormatError) throw new FormatError(`${f.path}: ${e.message}`);
        throw e;
      }
    });
}

interface OpenSpan extends SourceSpan {
  tokenTexts: string[];
}

function readDocument(id: string, content: string): SourceDocument {
  const lines = content.split('\n').map((l) => l.replace(/\r$/, ''));
  if (!/^#FORMAT=WebAnno TSV 3\.\d+$/.test(lines[0] ?? '')) throw new FormatError('not WebAnno TSV 3 (the first line must be "#FORMAT=WebAnno TSV 3.x")', 1);
  const { labelColumn, codeColumn } = entityColumns(lines);
  let text = '';
  let sentence: string[] = [];
  const spans: OpenSpan[] = [];
  const byId = new Map<string, OpenSpan>();
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.startsWith('#Text=')) {
      sentence.push(unescapeText(line.slice('#Text='.length)));
      return;
    }
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    const offsets = /^(\d+)-(\d+)$/.exec(fields[1] ?? '');
    if (!offsets || fields.length < 3) throw new FormatError('expected ID<TAB>BEGIN-END<TAB>TOKEN…', lineNumber);
    const begin = Number(offsets[1]);
    const end = Number(offsets[2]);
    if (sentence.length > 0) {
      // a new sentence starts at its first token; the gap before it held only white space
      if (text.length < begin) text += (text === '' ? ' ' : '\n').padEnd(begin - text.length, ' ');
      text = text.slice(0, begin) + sentence.join('\n');
      sentence = [];
    }
    if (labelColumn === undefined) return;
    const labels = splitStack(fields[labelColumn] ?? '_');
    const codes = codeColumn === undefined ? [] : splitStack(fields[codeColumn] ?? '_');
    labels.forEach((raw, k) => {
      const { value: label, ref } = withoutReference(raw);
      const existing = ref === undefined ? undefined : byId.get(ref);
      if (existing) {
        existing.end = end;
        existing.tokenTexts.push(fields[2]!);
        return;
      }
      const span: OpenSpan = { start: begin, end, label: unescapeValue(label), where: `line ${lineNumber}`, tokenTexts: [fields[2]!] };
      const code = codes[k] === undefined ? '*' : withoutReference(codes[k]!).value;
      if (code !== '*' && code !== '_') span.code = unescapeValue(code);
      spans.push(span);
      if (ref !== undefined) byId.set(ref, span);
    });
  });
  return {
    id,
    text,
    offsets: 'utf16',
    spans: spans.map(({ tokenTexts, ...span }) => ({ ...span, text: tokenTexts.join(' ') })),
  };
}

/** The columns (0-based, in token lines) of the entity label and code: the named-entity layer's `value` and `identifier`, else the first span layer's first feature. */
function entityColumns(lines: readonly string[]): { labelColumn?: number; codeColumn?: number } {
  let column = 3;
  let found: { labelColumn?: number; codeColumn?: number } | undefined;
  for (const line of lines.slice(1)) {
    const layer = /^#T_(SP|RL|CH)=([^|]+)\|?(.*)$/.exec(line);
    if (!layer) break;
    const features = layer[3] === '' ? [''] : layer[3]!.split('|');
    if (layer[1] === 'SP' && layer[2] === NAMED_ENTITY) {
      const at = (name: string) => (features.includes(name) ? column + features.indexOf(name) : undefined);
      found = { labelColumn: at('value'), codeColumn: at('identifier') };
    } else if (layer[1] === 'SP' && !found && features[0] !== '') {
      found = { labelColumn: column };
    }
    column += features.length;
  }
  return found ?? {};
}

function splitStack(cell: string): string[] {
  if (cell === '_') return [];
  return cell.split(/(?<!\\)\|/);
}

function withoutReference(raw: string): { value: string; ref?: string } {
  const match = /^(.*?)(?<!\\)\[(\d+)\]$/.exec(raw);
  return match ? { value: match[1]!, ref: match[2]! } : { value: raw };
}

const VALUE_ESCAPES: [string, string][] = [['\\', '\\\\'], ['[', '\\['], [']', '\\]'], ['|', '\\|'], ['_', '\\_'], ['->', '\\->'], [';', '\\;'], ['\t', '\\t'], ['\n', '\\n'], ['*', '\\*']];
const TEXT_ESCAPES: [string, string][] = [['\\', '\\\\'], ['\t', '\\t'], ['\r', '\\r'], ['\f', '\\f'], ['\b', '\\b']];

function escapeValue(value: string): string {
  return replaceEach(value, VALUE_ESCAPES, 0);
}

function unescapeValue(value: string): string {
  return replaceEach(value, VALUE_ESCAPES, 1);
}

function escapeText(text: string): string {
  return replaceEach(text, TEXT_ESCAPES, 0);
}

function unescapeText(text: string): string {
  return replaceEach(text, TEXT_ESCAPES, 1);
}

/** Replaces every occurrence of each pair's `from` side by its other side in one pass, so a replacement is never replaced again. */
function replaceEach(text: string, pairs: readonly [string, string][], from: 0 | 1): string {
  const ordered = [...pairs].sort((a, b) => b[from].length - a[from].length);
  let out = '';
  for (let i = 0; i < text.length;) {
    const pair = ordered.find((p) => text.startsWith(p[from], i));
    out += pair ? pair[1 - from] : text[i];
    i += pair ? pair[from].length : 1;
  }
  return out;
}
