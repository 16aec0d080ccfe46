import { strict as assert } from 'node:assert';
import { agreedDecisions, candidateSpans, isResolved, resolutionDecisions } from '../../../../src/gold/adjudication/adjudicationDecisions';
import { adjudicationPlan } from '../../../../src/gold/adjudication/disagreements';
import { deriveGoldSpans, type GoldDocument } from '../../../../src/gold/goldDocument';
import { textHash } from '../../../../src/gold/textHash';
import { BIANCHI, goldNote, marks, NOTE, ROSSI } from '../agreement/agreementFixtures';

const ctx = { text: NOTE, adjudicator: 'dr.verdi', time: '2025-06-01T10:00:00.000Z' };
const shown = (spans: { start: number; end: number; label: string; assertion?: string }[]) => spans.map((s) => `${NOTE.slice(s.start, s.end)}:${s.label}${s.assertion && s.assertion !== 'present' ? `:${s.assertion}` : ''}`);

describe('adjudicating two annotators', () => {
  const docs = [goldNote('n1.txt', [...marks('dr.rossi', ROSSI), ...marks('dr.bianchi', BIANCHI)]), goldNote('n2.txt', marks('dr.rossi', ROSSI))];
  const plan = adjudicationPlan(docs, 'dr.rossi', 'dr.bianchi');

  it('takes what both agree on as it is and groups the rest, overlapping spans together, in note order', () => {
    assert.deepEqual(plan.agreed.map((a) => [a.docId, shown(a.spans)]), [['n1.txt', ['Febbre:PROBLEM']]]);
    assert.deepEqual(plan.disagreements.map((d) => [shown(d.a), shown(d.b)]), [
      [['tosse:PROBLEM'], []],
      [['dispnea:PROBLEM:negated'], ['dispnea:PROBLEM']],
      [['TC torace:TEST'], ['TC:TEST', 'torace:PROBLEM']],
    ]);
  });

  it("leaves out notes only one of them worked on", () => {
    assert.ok(plan.disagreements.every((d) => d.docId === 'n1.txt'));
  });

  it("writes the chosen side's spans accepted and the other side's rejected, so the gold holds the choice", () => {
    const [, dispnea, tc] = plan.disagreements;
    const decisions = [...resolutionDecisions(dispnea!, dispnea!.a, ctx), ...resolutionDecisions(tc!, tc!.b, ctx)];
    assert.deepEqual(decisions.map((d) => [d.kind, d.text, d.label, d.annotator]), [
      ['rejected', 'dispnea', 'PROBLEM', 'dr.verdi'],
      ['accepted', 'dispnea', 'PROBLEM', 'dr.verdi'],
      ['rejected', 'TC torace', 'TEST', 'dr.verdi'],
      ['accepted', 'TC', 'TEST', 'dr.verdi'],
      ['accepted', 'torace', 'PROBLEM', 'dr.verdi'],
    ]);
    const adjudicated: GoldDocument = { id: 'n1.txt', text: NOTE, textHash: textHash(NOTE), decisions, updated: ctx.time };
    assert.deepEqual(shown(deriveGoldSpans(adjudicated)), ['dispnea:PROBLEM:negated', 'TC:TEST', 'torace:PROBLEM']);
  });

  it('lets the adjudicator compose a resolution from both versions, or take nothing, and finds every resolution again after a restart', () => {
    const [tosse, , tc] = plan.disagreements;
    assert.deepEqual(shown(candidateSpans(tc!)), ['TC torace:TEST', 'TC:TEST', 'torace:PROBLEM']);
    const nothing = resolutionDecisions(tosse!, [], ctx);
    assert.deepEqual(nothing.map((d) => [d.kind, d.text]), [['rejected', 'tosse']]);
    const adjudicated: GoldDocument = { id: 'n1.txt', text: NOTE, textHash: textHash(NOTE), decisions: nothing, updated: ctx.time };
    assert.deepEqual(plan.disagreements.map((d) => isResolved(d, adjudicated)), [true, false, false]);
    assert.equal(isResolved(tosse!, undefined), false);
  });

  it('adds the agreed spans once, however many times adjudication starts again', () => {
    const first = agreedDecisions(plan.agreed[0]!.spans, undefined, ctx);
    assert.deepEqual(first.map((d) => [d.kind, d.text]), [['accepted', 'Febbre']]);
    const adjudicated: GoldDocument = { id: 'n1.txt', text: NOTE, textHash: textHash(NOTE), decisions: first, updated: ctx.time };
    assert.deepEqual(agreedDecisions(plan.agreed[0]!.spans, adjudicated, ctx), []);
  });
});
