import type { Assertion, Label } from '../../../../src/engine/entity';
import type { Decision } from '../../../../src/gold/decision';
import type { GoldDocument } from '../../../../src/gold/goldDocument';
import { textHash } from '../../../../src/gold/textHash';

/** Eleven word tokens: Febbre e tosse . Nega dispnea . Eseguita TC torace . */
export const NOTE = 'Febbre e tosse. Nega dispnea. Eseguita TC torace.';

export type Marked = [words: string, label: Label, assertion?: Assertion];

/** An annotator's added spans on `text`, as decisions. */
export function marks(annotator: string, spans: readonly Marked[], text = NOTE): Decision[] {
  return spans.map(([words, label, assertion]) => {
    const start = text.indexOf(words);
    if (start < 0) throw new Error(`"${words}" not in text`);
    return { kind: 'added', start, end: start + words.length, label, text: words, annotator, time: '2025-05-01T10:00:00.000Z', ...(assertion ? { assertion } : {}) };
  });
}

export function goldNote(id: string, decisions: Decision[], text = NOTE, done: string[] = []): GoldDocument {
  return { id, text, textHash: textHash(text), decisions, ...(done.length > 0 ? { done: done.map((annotator) => ({ annotator, time: '2025-05-01T11:00:00.000Z' })) } : {}), updated: '2025-05-01T11:00:00.000Z' };
}

/** dr.rossi and dr.neri agree on everything; dr.bianchi drops "tosse", marks only "TC", calls "torace" a PROBLEM and "dispnea" present. */
export const ROSSI: Marked[] = [['Febbre', 'PROBLEM', 'present'], ['tosse', 'PROBLEM', 'present'], ['dispnea', 'PROBLEM', 'negated'], ['TC torace', 'TEST', 'present']];
export const BIANCHI: Marked[] = [['Febbre', 'PROBLEM', 'present'], ['dispnea', 'PROBLEM', 'present'], ['TC', 'TEST', 'present'], ['torace', 'PROBLEM', 'present']];
