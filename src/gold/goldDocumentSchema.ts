import { isAssertion, isLabel, type Source, type Span } from '../engine/entity';
import type { Decision, DecisionKind } from './decision';
import type { DoneMark, GoldDocument } from './goldDocument';

const KINDS: readonly DecisionKind[] = ['accepted', 'corrected', 'added', 'rejected'];
const SOURCES: readonly Source[] = ['model', 'lexicon', 'pattern', 'learned', 'manual'];

/** Thrown with a reason a person can act on ("decisions[3].end: beyond the end of the text"). */
export class SchemaError extends Error {}

/** Checks a parsed gold-file line and returns it as a GoldDocument (fields in canonical order). */
export function parseGoldDocument(value: unknown): GoldDocument {
  const obj = record(value, 'line');
  const id = str(obj.id, 'id');
  if (id === '') throw new SchemaError('id: empty');
  const text = str(obj.text, 'text');
  const textHash = str(obj.textHash, 'textHash');
  if (!Array.isArray(obj.decisions)) throw new SchemaError('decisions: not an array');
  const decisions = obj.decisions.map((d, i) => parseDecision(d, text.length, `decisions[${i}]`));
  const updated = str(obj.updated, 'updated');
  const doc: GoldDocument = { id, text, textHash, decisions, updated };
  if (obj.done !== undefined) {
    if (!Array.isArray(obj.done)) throw new SchemaError('done: not an array');
    const done = obj.done.map((m, i) => parseDoneMark(m, `done[${i}]`));
    if (done.length > 0) doc.done = done;
  }
  return doc;
}

function parseDoneMark(value: unknown, at: string): DoneMark {
  const obj = record(value, at);
  return { annotator: str(obj.annotator, `${at}.annotator`), time: str(obj.time, `${at}.time`) };
}

function parseDecision(value: unknown, textLength: number, at: string): Decision {
  const obj = record(value, at);
  const kind = str(obj.kind, `${at}.kind`) as DecisionKind;
  if (!KINDS.includes(kind)) throw new SchemaError(`${at}.kind: unknown kind "${kind}"`);
  const span = parseSpan(obj, textLength, at);
  const decision: Decision = {
    kind,
    ...span,
    text: str(obj.text, `${at}.text`),
    annotator: str(obj.annotator, `${at}.annotator`),
    time: str(obj.time, `${at}.time`),
  };
  if (obj.assertion !== undefined) {
    const assertion = str(obj.assertion, `${at}.assertion`);
    if (!isAssertion(assertion)) throw new SchemaError(`${at}.assertion: unknown "${assertion}"`);
    decision.assertion = assertion;
  }
  if (obj.code !== undefined) decision.code = str(obj.code, `${at}.code`);
  if (obj.source !== undefined) {
    if (!Array.isArray(obj.source) || !obj.source.every((s) => SOURCES.includes(s as Source))) {
      throw new SchemaError(`${at}.source: not a list of ${SOURCES.join('|')}`);
    }
    decision.source = obj.source as Source[];
  }
  if (obj.original !== undefined) {
    // The original refers to the text as it was when the suggestion was made, so it is not
    // checked against the current text length.
    decision.original = parseSpan(record(obj.original, `${at}.original`), Infinity, `${at}.original`);
  }
  return decision;
}

function parseSpan(obj: Record<string, unknown>, textLength: number, at: string): Span {
  const start = obj.start;
  const end = obj.end;
  if (!Number.isSafeInteger(start) || (start as number) < 0) throw new SchemaError(`${at}.start: not an offset`);
  if (!Number.isSafeInteger(end) || (end as number) < (start as number)) throw new SchemaError(`${at}.end: not an offset ≥ start`);
  if ((end as number) > textLength) throw new SchemaError(`${at}.end: beyond the end of the text`);
  const label = str(obj.label, `${at}.label`);
  if (!isLabel(label)) throw new SchemaError(`${at}.label: unknown label "${label}"`);
  return { start: start as number, end: end as number, label };
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SchemaError(`${at}: not an object`);
  return value as Record<string, unknown>;
}

function str(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new SchemaError(`${at}: not a string`);
  return value;
}

/** Serialises a decision with a fixed key order, so unchanged data gives unchanged lines. */
export function canonicalDecision(d: Decision): Decision {
  const out: Decision = { kind: d.kind, start: d.start, end: d.end, label: d.label, text: d.text, annotator: d.annotator, time: d.time };
  if (d.assertion !== undefined) out.assertion = d.assertion;
  if (d.code !== undefined) out.code = d.code;
  if (d.source !== undefined) out.source = [...d.source];
  if (d.original !== undefined) out.original = { start: d.original.start, end: d.original.end, label: d.original.label };
  return out;
}

/** One gold-file line; `done` is written only when someone marked the document done, so older lines stay as they were. */
export function serializeGoldDocument(doc: GoldDocument): string {
  return JSON.stringify({
    id: doc.id,
    text: doc.text,
    textHash: doc.textHash,
    decisions: doc.decisions.map(canonicalDecision),
    ...(doc.done && doc.done.length > 0 ? { done: doc.done.map((m) => ({ annotator: m.annotator, time: m.time })) } : {}),
    updated: doc.updated,
  });
}
