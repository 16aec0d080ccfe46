import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyTextChanges, trackSpans, trackSpansThroughBatch, type TextChange, type TrackedSpan } from '../../../src/gold/spanTracker';

const NOTE = 'Paziente con dolore toracico, ECG nella norma.';
const DOLORE = { start: 13, end: 28 }; // "dolore toracico"
const ECG = { start: 30, end: 33 };

describe('spanTracker', () => {
  it('keeps a span when text is inserted after it', () => {
    const [span] = trackSpans([DOLORE], [{ rangeOffset: 40, rangeLength: 0, text: ' e tachicardia' }]);
    assert.deepEqual(span, DOLORE);
  });

  it('shifts a span when text is inserted before it', () => {
    const change = { rangeOffset: 0, rangeLength: 0, text: 'Anamnesi: ' };
    const [span] = trackSpans([DOLORE], [change]);
    assert.equal(applyTextChanges(NOTE, [change]).slice(span!.start, span!.end), 'dolore toracico');
    assert.equal(span!.stale, undefined);
  });

  it('does not extend a span when typing at its start or end boundary', () => {
    const atStart = { rangeOffset: 13, rangeLength: 0, text: 'forte ' };
    const atEnd = { rangeOffset: 28, rangeLength: 0, text: ' acuto' };
    for (const change of [atStart, atEnd]) {
      const [span] = trackSpans([DOLORE], [change]);
      assert.equal(applyTextChanges(NOTE, [change]).slice(span!.start, span!.end), 'dolore toracico');
      assert.equal(span!.stale, undefined);
    }
  });

  it('marks a span stale and widens it when text is inserted strictly inside', () => {
    const change = { rangeOffset: 19, rangeLength: 0, text: ' retrosternale,' };
    const [span] = trackSpans([DOLORE], [change]);
    assert.equal(span!.stale, true);
    assert.equal(applyTextChanges(NOTE, [change]).slice(span!.start, span!.end), 'dolore retrosternale, toracico');
  });

  it('marks a span stale when an edit overlaps its end', () => {
    const change = { rangeOffset: 20, rangeLength: 10, text: 'addominale, ' }; // "toracico, " → "addominale, "
    const [span, ecg] = trackSpans([DOLORE, ECG], [change]);
    const after = applyTextChanges(NOTE, [change]);
    assert.equal(span!.stale, true);
    assert.equal(after.slice(span!.start, span!.end), 'dolore addominale, ');
    assert.equal(after.slice(ecg!.start, ecg!.end), 'ECG');
  });

  it('collapses a deleted span to an empty stale range instead of dropping it', () => {
    const [span] = trackSpans([ECG], [{ rangeOffset: 28, rangeLength: 6, text: '' }]);
    assert.deepEqual(span, { start: 28, end: 28, stale: true });
  });

  it('keeps other fields of the span', () => {
    const [span] = trackSpans([{ ...ECG, label: 'TEST' as const }], [{ rangeOffset: 0, rangeLength: 9, text: '' }]);
    assert.deepEqual(span, { start: 21, end: 24, label: 'TEST' });
  });

  it('applies a VS Code batch whose changes all refer to the original document', () => {
    // e.g. a multi-cursor edit: both offsets are positions in NOTE, given in any order.
    const batch = [
      { rangeOffset: 0, rangeLength: 8, text: 'Pz' },
      { rangeOffset: 34, rangeLength: 11, text: 'normale' },
    ];
    const [dolore, ecg] = trackSpansThroughBatch([DOLORE, ECG], batch);
    const after = 'Pz con dolore toracico, ECG normale.';
    assert.equal(after.slice(dolore!.start, dolore!.end), 'dolore toracico');
    assert.equal(after.slice(ecg!.start, ecg!.end), 'ECG');
  });

  it('property: every span an edit did not touch still covers its original text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'è', ' ', '\r\n', '😷', 'x', '.'), minLength: 1, maxLength: 40 });
    const scenario = text.chain((t) =>
      fc.record({
        text: fc.constant(t),
        spans: fc.array(spanIn(t.length), { maxLength: 6 }),
        edits: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 5 })), { maxLength: 8 }),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ text: original, spans, edits }) => {
        let text = original;
        let tracked: TrackedSpan<{ start: number; end: number; original: string }>[] = spans.map((s) => ({ ...s, original: original.slice(s.start, s.end) }));
        for (const [a, b, inserted] of edits) {
          const rangeOffset = a % (text.length + 1);
          const change: TextChange = { rangeOffset, rangeLength: b % (text.length - rangeOffset + 1), text: inserted };
          tracked = trackSpans(tracked, [change]);
          text = applyTextChanges(text, [change]);
        }
        for (const span of tracked) {
          assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length);
          if (!span.stale) assert.equal(text.slice(span.start, span.end), span.original);
        }
      }),
    );
  });

  it('property: a batch of changes against the original document keeps untouched spans on their text', () => {
    const scenario = fc.string({ maxLength: 30 }).chain((t) =>
      fc.record({
        text: fc.constant(t),
        spans: fc.array(spanIn(t.length), { maxLength: 5 }),
        cuts: fc.uniqueArray(fc.nat({ max: t.length }), { maxLength: 6 }),
        inserts: fc.array(fc.string({ maxLength: 3 }), { minLength: 3, maxLength: 3 }),
        rotation: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(scenario, ({ text, spans, cuts, inserts, rotation }) => {
        const points = [...cuts].sort((a, b) => a - b);
        const ascending: TextChange[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) {
          ascending.push({ rangeOffset: points[i]!, rangeLength: points[i + 1]! - points[i]!, text: inserts[i % 3]! });
        }
        const k = ascending.length ? rotation % ascending.length : 0;
        const batch = [...ascending.slice(k), ...ascending.slice(0, k)];
        const after = applyAgainstOriginal(text, ascending);
        const tracked = trackSpansThroughBatch(spans.map((s) => ({ ...s, was: text.slice(s.start, s.end) })), batch);
        for (const span of tracked) if (!span.stale) assert.equal(after.slice(span.start, span.end), span.was);
      }),
    );
  });
});

function spanIn(length: number) {
  return fc.tuple(fc.nat({ max: length }), fc.nat({ max: length })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
}

/** Reference semantics of a VS Code batch: every range is a range of the original text. */
function applyAgainstOriginal(text: string, ascending: TextChange[]): string {
  let out = '';
  let at = 0;
  for (const c of ascending) {
    out += text.slice(at, c.rangeOffset) + c.text;
    at = c.rangeOffset + c.rangeLength;
  }
  return out + text.slice(at);
}
