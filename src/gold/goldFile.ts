import { textHash } from './textHash';
import type { GoldDocument } from './goldDocument';
import { parseGoldDocument, SchemaError, serializeGoldDocument } from './goldDocumentSchema';

/** A line of the gold file: a document, or a line that could not be read, kept verbatim. */
export type GoldFileEntry =
  | { kind: 'document'; document: GoldDocument }
  | { kind: 'malformed'; raw: string; line: number; reason: string };

export interface GoldFileIssue {
  /** 1-based line number in the file as read. */
  line: number;
  reason: string;
  /** `malformed`: the line is not loaded but is written back unchanged; `warning`: loaded. */
  severity: 'malformed' | 'warning';
}

export interface ParsedGoldFile {
  entries: GoldFileEntry[];
  issues: GoldFileIssue[];
}

/**
 * Reads gold-file content. Blank lines are dropped; a line that is not a valid document, or that
 * repeats an id seen earlier, becomes a `malformed` entry so that writing the file back preserves
 * it for a person to repair.
 */
export function parseGoldFile(content: string): ParsedGoldFile {
  const entries: GoldFileEntry[] = [];
  const issues: GoldFileIssue[] = [];
  const seen = new Set<string>();
  const lines = content.split('\n');
  lines.forEach((rawLine, index) => {
    const line = index + 1;
    const raw = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (raw.trim() === '') return;
    const malformed = (reason: string) => {
      entries.push({ kind: 'malformed', raw, line, reason });
      issues.push({ line, reason, severity: 'malformed' });
    };
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      malformed(`invalid JSON: ${(e as Error).message}`);
      return;
    }
    let document: GoldDocument;
    try {
      document = parseGoldDocument(value);
    } catch (e) {
      if (e instanceof SchemaError) return malformed(e.message);
      throw e;
    }
    if (seen.has(document.id)) return malformed(`duplicate document id "${document.id}"`);
    seen.add(document.id);
    const actualHash = textHash(document.text);
    if (document.textHash !== actualHash) {
      issues.push({ line, reason: `textHash does not match text (recomputed)`, severity: 'warning' });
      document.textHash = actualHash;
    }
    entries.push({ kind: 'document', document });
  });
  return { entries, issues };
}

export function serializeGoldFile(entries: readonly GoldFileEntry[]): string {
  return entries.map((e) => (e.kind === 'document' ? serializeGoldDocument(e.document) : e.raw) + '\n').join('');
}

export function documentsOf(entries: readonly GoldFileEntry[]): GoldDocument[] {
  return entries.flatMap((e) => (e.kind === 'document' ? [e.document] : []));
}
