import fc from 'fast-check';
import { LABELS } from '../../../src/engine/entity';
import { tokenizeWords } from '../../../src/engine/text/wordTokenizer';
import type { AnnotatedDocument, AnnotatedSpan } from '../../../src/gold/formats/annotatedDocument';

const PIECES = ['paziente', 'febbre', 'è', 'perché', 'caffè', 'ECG', '😷', '🫀', ' ', ' ', '  ', '\r\n', '\n\n', '.', ',', "l'", 'pH', '7,4', 'àèìòù', '“', 'Dott.', '\t'];

export const noteText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const label = fc.constantFrom(...LABELS);
const assertion = fc.option(fc.constantFrom('negated' as const, 'uncertain' as const, 'hypothetical' as const, 'historical' as const, 'family' as const), { nil: undefined });

function withAssertion(span: AnnotatedSpan, a: AnnotatedSpan['assertion']): AnnotatedSpan {
  return a ? { ...span, assertion: a } : span;
}

/** Spans at any character offsets that do not split an emoji, overlaps allowed. */
export const documentWithCharSpans: fc.Arbitrary<AnnotatedDocument> = noteText.chain((text) => {
  const boundaries = [...text].reduce((acc, ch) => [...acc, acc[acc.length - 1]! + ch.length], [0]);
  const n = boundaries.length - 1;
  const span = fc
    .tuple(fc.nat({ max: Math.max(n - 1, 0) }), fc.nat({ max: 6 }), label, assertion)
    .map(([first, extra, l, x]) => withAssertion({ start: boundaries[first]!, end: boundaries[Math.min(first + 1 + extra, n)]!, label: l }, x));
  const spans: fc.Arbitrary<AnnotatedSpan[]> = n === 0 ? fc.constant([]) : fc.uniqueArray(span, { maxLength: 5, selector: (s) => `${s.start}:${s.end}:${s.label}` });
  return fc.record({ id: fc.constantFrom('note/a.txt', 'reparto/cardiologia/12.md', 'b'), text: fc.constant(text), spans });
});

/** Spans that start and end on word tokens, overlaps allowed. */
export const documentWithTokenSpans: fc.Arbitrary<AnnotatedDocument> = noteText.chain((text) => {
  const tokens = tokenizeWords(text);
  const span =
    tokens.length === 0
      ? fc.constant(undefined)
      : fc.tuple(fc.nat({ max: tokens.length - 1 }), fc.nat({ max: 3 }), label, assertion).map(([first, extra, l, x]) => {
          const last = Math.min(first + extra, tokens.length - 1);
          return withAssertion({ start: tokens[first]!.start, end: tokens[last]!.end, label: l }, x);
        });
  return fc.record({
    id: fc.constantFrom('note/a.txt', 'reparto/cardiologia/12.md'),
    text: fc.constant(text),
    spans: fc.array(span, { maxLength: 4 }).map((s) => dedupe(s.filter((x): x is AnnotatedSpan => x !== undefined))),
  });
});

function dedupe(spans: AnnotatedSpan[]): AnnotatedSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}:${s.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortSpans<T extends AnnotatedSpan>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

export function withoutAssertions(doc: AnnotatedDocument): AnnotatedDocument {
  return { ...doc, spans: doc.spans.map(({ start, end, label }) => ({ start, end, label })) };
}
