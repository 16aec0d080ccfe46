import { strict as assert } from 'node:assert';
import { acceptDecision, addDecision, rejectDecision, relabelDecision, statusDecision } from '../../../../src/gold/review/reviewDecisions';
import { buildReviewItems } from '../../../../src/gold/review/reviewItems';
import { deriveGoldSpans } from '../../../../src/gold/goldDocument';
import { NOTE, suggest } from './reviewFixtures';

const ctx = { text: NOTE, annotator: 'dr.bianchi', time: '2025-04-01T09:00:00.000Z' };
const [febbre, amoxicillina] = buildReviewItems({
  text: NOTE,
  suggestions: [{ ...suggest('febbre', 'PROBLEM'), assertion: 'present', code: 'ICD10:R50.9' }, { ...suggest('amoxicillina', 'TEST'), code: 'ATC:J01CA04' }],
  decisions: [],
});

describe('review decisions', () => {
  it('accepts a suggestion with its text, source, assertion and code', () => {
    const d = acceptDecision(febbre!, ctx);
    assert.deepEqual([d.kind, d.text, d.source, d.assertion, d.code], ['accepted', 'febbre', ['model'], 'present', 'ICD10:R50.9']);
  });

  it('relabels as a correction of the original span, without the code of the old label', () => {
    const d = relabelDecision(amoxicillina!, 'TREATMENT', ctx);
    assert.deepEqual(deriveGoldSpans({ text: NOTE, decisions: [d] }).map((s) => [s.text, s.label]), [['amoxicillina', 'TREATMENT']]);
    assert.deepEqual(d.original, { start: amoxicillina!.start, end: amoxicillina!.end, label: 'TEST' });
    assert.equal(d.code, undefined);
  });

  it("sets the status the reviewer gives, over the engine's, and the later status wins in gold", () => {
    const accepted = acceptDecision(febbre!, ctx);
    const negated = statusDecision(febbre!, 'negated', { ...ctx, time: '2025-04-01T09:05:00.000Z' });
    assert.deepEqual([negated.kind, negated.assertion, negated.code], ['accepted', 'negated', 'ICD10:R50.9']);
    assert.deepEqual(deriveGoldSpans({ text: NOTE, decisions: [accepted, negated] }).map((s) => s.assertion), ['negated']);
  });

  it('removes an accepted span from gold by rejecting it', () => {
    const accepted = acceptDecision(febbre!, ctx);
    const removed = rejectDecision(febbre!, { ...ctx, time: '2025-04-01T09:05:00.000Z' });
    assert.deepEqual(deriveGoldSpans({ text: NOTE, decisions: [accepted, removed] }), []);
  });

  it('adds a span by hand with the manual source', () => {
    const start = NOTE.indexOf('dispnea');
    const d = addDecision({ start, end: start + 7, label: 'PROBLEM' }, ctx);
    assert.deepEqual([d.kind, d.text, d.source], ['added', 'dispnea', ['manual']]);
  });
});
