import { strict as assert } from 'node:assert';
import type { SourceDocument } from '../../../../src/gold/formats/sourceDocument';
import { parseLabelMapping } from '../../../../src/gold/importing/labelMapping';
import { placeSpans } from '../../../../src/gold/importing/spanPlacement';

const TEXT = 'Pz 🤒 con febbre alta. Emocromo: leucocitosi.';
const source = (spans: SourceDocument['spans'], offsets: SourceDocument['offsets'] = 'codePoints'): SourceDocument => ({ id: 'n1', text: TEXT, offsets, spans });

describe('placing a file\'s spans on its text', () => {
  it('turns code points into UTF-16 offsets after an emoji', () => {
    const { document, problems } = placeSpans(source([{ start: 9, end: 20, label: 'PROBLEM', text: 'febbre alta' }]), new Map());
    assert.deepEqual(problems, []);
    assert.equal(TEXT.slice(document.spans[0]!.start, document.spans[0]!.end), 'febbre alta');
  });

  it('leaves out, with the reason, a span of an unknown label, past the end, or whose text is not the file\'s', () => {
    const { document, problems } = placeSpans(
      source([
        { start: 32, end: 43, label: 'Sintomo', where: 'T1' },
        { start: 40, end: 90, label: 'PROBLEM' },
        { start: 9, end: 15, label: 'PROBLEM', text: 'tosse' },
      ]),
      new Map(),
    );
    assert.deepEqual(document.spans, []);
    assert.deepEqual(problems.map((p) => [p.where, p.reason, p.kept]), [
      ['T1', 'unknown label "Sintomo" (map it, e.g. Sintomo=PROBLEM)', false],
      [undefined, 'offsets beyond the end of the text (44 characters)', false],
      [undefined, 'the file says it covers "tosse" but the text has "febbre" there', false],
    ]);
  });

  it('maps labels and leaves out on purpose the ones mapped to nothing', () => {
    const { document, problems } = placeSpans(source([{ start: 32, end: 43, label: 'Sintomo' }, { start: 22, end: 30, label: 'Esame' }]), parseLabelMapping('Sintomo=PROBLEM,Esame='));
    assert.deepEqual(document.spans.map((s) => s.label), ['PROBLEM']);
    assert.deepEqual(problems.map((p) => p.reason), ['left out by the label map']);
  });

  it('keeps a span whose status it does not know, without the status, and says so', () => {
    const { document, problems } = placeSpans(source([{ start: 9, end: 15, label: 'PROBLEM', assertion: 'possible' }, { start: 16, end: 20, label: 'PROBLEM', assertion: 'negated' }]), new Map());
    assert.deepEqual(document.spans.map((s) => s.assertion), [undefined, 'negated']);
    assert.deepEqual(problems.map((p) => [p.reason, p.kept]), [['unknown status "possible": imported without a status', true]]);
  });

  it('gives one label to the same words, takes a repeated span once, and reports overlaps it keeps', () => {
    const { document, problems } = placeSpans(
      source([
        { start: 9, end: 20, label: 'PROBLEM' },
        { start: 9, end: 20, label: 'TEST' },
        { start: 9, end: 20, label: 'PROBLEM' },
        { start: 9, end: 15, label: 'PROBLEM' },
      ]),
      new Map(),
    );
    assert.deepEqual(document.spans.map((s) => [s.start, s.end]), [[10, 16], [10, 21]]);
    assert.deepEqual(problems.map((p) => [p.reason, p.kept]), [
      ['the same words are already a PROBLEM (one label per span)', false],
      ['overlaps PROBLEM "febbre": kept (BIO exports hold only one)', true],
    ]);
  });

  it('refuses offsets that split an emoji in a UTF-16 file', () => {
    const { problems } = placeSpans(source([{ start: 4, end: 9, label: 'PROBLEM' }], 'utf16'), new Map());
    assert.deepEqual(problems.map((p) => p.reason), ['splits a character (surrogate pair)']);
  });
});
