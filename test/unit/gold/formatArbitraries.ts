import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LABELS } from '../../../src/engine/entity';
import { tokenizeWords } from '../../../src/engine/text/wordTokenizer';
import type { AnnotatedDocument, AnnotatedSpan } from '../../../src/gold/formats/annotatedDocument';
import type { SourceDocument } from '../../../src/gold/formats/sourceDocument';
import { placeSpans } from '../../../src/gold/importing/spanPlacement';

const PIECES = ['paziente', 'febbre', 'è', 'perché', 'caffè', 'ECG', '😷', '🫀', ' ', ' ', '  ', '\r\n', '\n\n', '.', ',', "l'", 'pH', '7,4', 'àèìòù', '“', 'Dott.', '\t'];

export const noteText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const label = fc.constantFrom(...LABELS);
const assertion = fc.option(fc.constantFrom('negated' as const, 'uncertain' as const, 'hypothetical' as const, 'historical' as const, 'family' as const), { nil: undefined });
const code = fc.option(fc.constantFrom('ICD10:J18', 'ATC:C09AA05', 'LOINC:2345-7'), { nil: undefined });

function withDetails(span: AnnotatedSpan, [a, c]: [AnnotatedSpan['assertion'], string | undefined]): AnnotatedSpan {
  return { ...span, ...(a ? { assertion: a } : {}), ...(c ? { code: c } : {}) };
}

/** Spans at any character offsets that do not split an emoji, overlaps allowed (as in gold: one label per bounds). */
export const documentWithCharSpans: fc.Arbitrary<AnnotatedDocument> = noteText.chain((text) => {
  const boundaries = [...text].reduce((acc, ch) => [...acc, acc[acc.length - 1]! + ch.length], [0]);
  const n = boundaries.length - 1;
  const span = fc
    .tuple(fc.nat({ max: Math.max(n - 1, 0) }), fc.nat({ max: 6 }), label, assertion, code)
    .map(([first, extra, l, x, c]) => withDetails({ start: boundaries[first]!, end: boundaries[Math.min(first + 1 + extra, n)]!, label: l }, [x, c]));
  const spans: fc.Arbitrary<AnnotatedSpan[]> = n === 0 ? fc.constant([]) : fc.uniqueArray(span, { maxLength: 5, selector: (s) => `${s.start}:${s.end}` });
  return fc.record({ id: fc.constantFrom('note/a.txt', 'reparto/cardiologia/12.md', 'b'), text: fc.constant(text), spans });
});

/** Spans that start and end on word tokens, overlaps allowed. */
export const documentWithTokenSpans: fc.Arbitrary<AnnotatedDocument> = noteText.chain((text) => {
  const tokens = tokenizeWords(text);
  const span =
    tokens.length === 0
      ? fc.constant(undefined)
      : fc.tuple(fc.nat({ max: tokens.length - 1 }), fc.nat({ max: 3 }), label, assertion, code).map(([first, extra, l, x, c]) => {
          const last = Math.min(first + extra, tokens.length - 1);
          return withDetails({ start: tokens[first]!.start, end: tokens[last]!.end, label: l }, [x, c]);
        });
  return fc.record({
    id: fc.constantFrom('note/a.txt', 'reparto/cardiologia/12.md'),
    text: fc.constant(text),
    spans: fc.array(span, { maxLength: 4 }).map((s) => firstOfEachBounds(s.filter((x): x is AnnotatedSpan => x !== undefined))),
  });
});

/** The first span of each bounds, as gold (one label per span) and the import keep them. */
export function firstOfEachBounds<T extends AnnotatedSpan>(spans: readonly T[]): T[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortSpans<T extends AnnotatedSpan>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

/** The document as a format that holds neither statuses nor codes gives it back. */
export function withoutAssertions(doc: AnnotatedDocument): AnnotatedDocument {
  return { ...doc, spans: doc.spans.map(({ start, end, label }) => ({ start, end, label })) };
}

/** The document as a format that holds statuses but no codes gives it back. */
export function withoutCodes(doc: AnnotatedDocument): AnnotatedDocument {
  return { ...doc, spans: doc.spans.map(({ code: _code, ...span }) => span) };
}

/** A format's documents put on their text with the project's own labels, as the import does; none may be refused. */
export function placed(sources: readonly SourceDocument[]): AnnotatedDocument[] {
  return sources.map((source) => {
    const { document, problems } = placeSpans(source, new Map());
    assert.deepEqual(problems.filter((p) => !p.kept), []);
    return document;
  });
}
