import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Label, Span } from '../../../src/engine/entity';
import { evaluate, worstDocuments } from '../../../src/gold/metrics/evaluate';
import { matchSpans } from '../../../src/gold/metrics/spanMatching';

const TEXT = 'Nega dolore toracico. ECG: tachicardia sinusale. In terapia con bisoprololo.';
const at = (words: string, label: Label): Span => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, label };
};
const GOLD = [at('dolore toracico', 'PROBLEM'), at('ECG', 'TEST'), at('tachicardia sinusale', 'PROBLEM'), at('bisoprololo', 'TREATMENT')];

describe('metrics', () => {
  it('scores exact matches strictly and partial ones only under overlap', () => {
    const pred = [at('dolore toracico', 'PROBLEM'), at('ECG', 'TEST'), at('tachicardia', 'PROBLEM'), at('terapia', 'TREATMENT')];
    const result = evaluate([{ id: 'n1', text: TEXT, entities: GOLD }], [{ id: 'n1', entities: pred }]);
    assert.deepEqual(pick(result.strict.perLabel.PROBLEM), { tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    assert.deepEqual(pick(result.overlap.perLabel.PROBLEM), { tp: 2, fp: 0, fn: 0, precision: 1, recall: 1 });
    assert.deepEqual(pick(result.strict.micro), { tp: 2, fp: 2, fn: 2, precision: 0.5, recall: 0.5 });
    assert.equal(result.overlap.perLabel.TREATMENT.tp, 0);
  });

  it('does not credit a span with the wrong label', () => {
    const result = evaluate([{ id: 'n1', text: TEXT, entities: [at('ECG', 'TEST')] }], [{ id: 'n1', entities: [at('ECG', 'PROBLEM')] }]);
    assert.equal(result.overlap.micro.tp, 0);
    assert.equal(result.confusion.counts.TEST.PROBLEM, 1);
  });

  it('matches each gold and predicted span at most once under overlap', () => {
    const gold = [at('tachicardia', 'PROBLEM'), at('sinusale', 'PROBLEM')];
    const pairs = matchSpans(gold, [at('tachicardia sinusale', 'PROBLEM')], 'overlap');
    assert.deepEqual(pairs, [[0, 0]]);
  });

  it('builds a word-token confusion matrix with O', () => {
    const result = evaluate([{ id: 'n1', text: TEXT, entities: GOLD }], [{ id: 'n1', entities: [at('dolore', 'PROBLEM')] }]);
    const { counts } = result.confusion;
    assert.equal(counts.PROBLEM.PROBLEM, 1);
    assert.equal(counts.PROBLEM.O, 3);
    assert.equal(counts.TEST.O, 1);
    assert.equal(counts.O.O, 8); // Nega . : . In terapia con .
  });

  it('scores only the requested labels', () => {
    const result = evaluate([{ id: 'n1', text: TEXT, entities: GOLD }], [{ id: 'n1', entities: [] }], { labels: ['TEST'] });
    assert.deepEqual(Object.keys(result.strict.perLabel), ['TEST']);
    assert.equal(result.strict.micro.fn, 1);
  });

  it('lists the worst documents first and notes predictions without gold', () => {
    const result = evaluate(
      [{ id: 'good', entities: [at('ECG', 'TEST')] }, { id: 'bad', entities: [at('ECG', 'TEST')] }],
      [{ id: 'good', entities: [at('ECG', 'TEST')] }, { id: 'other', entities: [] }],
    );
    assert.deepEqual(worstDocuments(result.documents, 1).map((d) => d.id), ['bad']);
    assert.deepEqual(result.unmatchedPredictions, ['other']);
    assert.deepEqual(result.documentsWithoutText, ['good', 'bad']);
  });

  it('property: predicting the gold itself scores 1 under both rules', () => {
    const span = fc.tuple(fc.nat(50), fc.integer({ min: 1, max: 10 }), fc.constantFrom<Label>('PROBLEM', 'TEST', 'TREATMENT')).map(([s, n, label]) => ({ start: s, end: s + n, label }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), (spans) => {
        const result = evaluate([{ id: 'd', entities: spans }], [{ id: 'd', entities: [...spans].reverse() }]);
        assert.equal(result.strict.micro.f1, 1);
        assert.equal(result.overlap.micro.f1, 1);
      }),
    );
  });
});

function pick({ tp, fp, fn, precision, recall }: { tp: number; fp: number; fn: number; precision: number; recall: number }) {
  return { tp, fp, fn, precision, recall };
}
