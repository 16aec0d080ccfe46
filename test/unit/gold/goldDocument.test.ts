import { strict as assert } from 'node:assert';
import { deriveGoldSpans } from '../../../src/gold/goldDocument';
import { decide, NOTE } from './decisionFixtures';

const spansOf = (decisions: ReturnType<typeof decide>[], text = NOTE) =>
  deriveGoldSpans({ text, decisions }).map((s) => `${s.text}/${s.label}${s.stale ? '/stale' : ''}`);

describe('deriveGoldSpans', () => {
  it('keeps accepted, corrected and added spans but not rejected ones', () => {
    const spans = spansOf([
      decide('accepted', 'dolore toracico', 'PROBLEM', '2025-03-01T10:00:00Z'),
      decide('rejected', 'norma', 'PROBLEM', '2025-03-01T10:00:01Z'),
      decide('added', 'ECG', 'TEST', '2025-03-01T10:00:02Z'),
      decide('corrected', 'aspirina 100 mg', 'TREATMENT', '2025-03-01T10:00:03Z', { original: { start: 59, end: 67, label: 'TREATMENT' } }),
    ]);
    assert.deepEqual(spans, ['dolore toracico/PROBLEM', 'ECG/TEST', 'aspirina 100 mg/TREATMENT']);
  });

  it('lets the latest decision on the same bounds win, whatever the order in the file', () => {
    const spans = spansOf([
      decide('accepted', 'ECG', 'TREATMENT', '2025-03-01T10:05:00Z'),
      decide('accepted', 'ECG', 'TEST', '2025-03-01T10:00:00Z'),
    ]);
    assert.deepEqual(spans, ['ECG/TREATMENT']);
  });

  it('removes the original span of a relabelling correction', () => {
    const spans = spansOf([
      decide('accepted', 'ECG', 'PROBLEM', '2025-03-01T10:00:00Z'),
      decide('corrected', 'ECG', 'TEST', '2025-03-01T10:01:00Z', { original: { start: 30, end: 33, label: 'PROBLEM' } }),
    ]);
    assert.deepEqual(spans, ['ECG/TEST']);
  });

  it('removes the original span of a re-bounding correction', () => {
    const spans = spansOf([
      decide('accepted', 'dolore', 'PROBLEM', '2025-03-01T10:00:00Z'),
      decide('corrected', 'dolore toracico', 'PROBLEM', '2025-03-01T10:01:00Z', { original: { start: 13, end: 19, label: 'PROBLEM' } }),
    ]);
    assert.deepEqual(spans, ['dolore toracico/PROBLEM']);
  });

  it('does not let a rejected suggestion with another label undo an accepted span', () => {
    const spans = spansOf([
      decide('accepted', 'ECG', 'TEST', '2025-03-01T10:00:00Z'),
      decide('rejected', 'ECG', 'PROBLEM', '2025-03-01T10:01:00Z'),
    ]);
    assert.deepEqual(spans, ['ECG/TEST']);
  });

  it('lets a later rejection remove an accepted span and a later acceptance restore it', () => {
    const accepted = decide('accepted', 'ECG', 'TEST', '2025-03-01T10:00:00Z');
    const rejected = decide('rejected', 'ECG', 'TEST', '2025-03-01T10:01:00Z');
    assert.deepEqual(spansOf([accepted, rejected]), []);
    assert.deepEqual(spansOf([accepted, rejected, { ...accepted, time: '2025-03-01T10:02:00Z' }]), ['ECG/TEST']);
  });

  it('marks a span stale when the text at its offsets changed', () => {
    const edited = NOTE.replace('dolore toracico', 'dolore addominale');
    assert.deepEqual(spansOf([decide('accepted', 'dolore toracico', 'PROBLEM', '2025-03-01T10:00:00Z')], edited), ['dolore toracico/PROBLEM/stale']);
  });

  it('carries the assertion of the decision', () => {
    const text = 'Nega febbre.';
    const [span] = deriveGoldSpans({ text, decisions: [decide('accepted', 'febbre', 'PROBLEM', '2025-03-01T10:00:00Z', { assertion: 'negated' }, text)] });
    assert.equal(span!.assertion, 'negated');
  });
});
