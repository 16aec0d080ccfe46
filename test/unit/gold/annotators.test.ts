import { strict as assert } from 'node:assert';
import { annotatorsOf, annotatorView, goldOfOneAnnotator, isDone } from '../../../src/gold/annotators';
import { deriveGoldSpans, type GoldDocument } from '../../../src/gold/goldDocument';
import { textHash } from '../../../src/gold/textHash';
import { decide, NOTE } from './decisionFixtures';

const T0 = '2025-03-01T10:00:00.000Z';
const T1 = '2025-03-01T11:00:00.000Z';

function note(id: string, decisions: GoldDocument['decisions'], done?: GoldDocument['done']): GoldDocument {
  return { id, text: NOTE, textHash: textHash(NOTE), decisions, ...(done ? { done } : {}), updated: T1 };
}

// dr.rossi accepts "dolore toracico" as PROBLEM; later dr.bianchi relabels the same words as TEST
const shared = note('note/a.txt', [
  decide('accepted', 'dolore toracico', 'PROBLEM', T0),
  decide('corrected', 'dolore toracico', 'TEST', T1, { annotator: 'dr.bianchi', original: { start: 13, end: 28, label: 'PROBLEM' } }),
], [{ annotator: 'dr.bianchi', time: T1 }]);

describe('several annotators in one gold file', () => {
  it("keeps each annotator's gold apart: a later decision of one does not overwrite the other's", () => {
    assert.deepEqual(annotatorsOf(shared), ['dr.bianchi', 'dr.rossi']);
    assert.deepEqual(deriveGoldSpans(annotatorView(shared, 'dr.rossi')).map((s) => s.label), ['PROBLEM']);
    assert.deepEqual(deriveGoldSpans(annotatorView(shared, 'dr.bianchi')).map((s) => s.label), ['TEST']);
  });

  it("gives each annotator their own done mark", () => {
    assert.equal(isDone(annotatorView(shared, 'dr.bianchi')), true);
    assert.equal(isDone(annotatorView(shared, 'dr.rossi')), false);
    assert.equal(annotatorView(shared, 'dr.rossi').done, undefined);
  });

  it('takes one gold per note: the named annotator\'s, or each note\'s only annotator, and asks when a note has several', () => {
    const alone = note('note/b.txt', [decide('accepted', 'ECG', 'TEST', T0, { annotator: 'dr.bianchi' })]);
    assert.deepEqual(goldOfOneAnnotator([alone]), { documents: [alone] });
    assert.deepEqual(goldOfOneAnnotator([shared, alone]), { shared: [{ id: 'note/a.txt', annotators: ['dr.bianchi', 'dr.rossi'] }] });
    const chosen = goldOfOneAnnotator([shared, alone], 'dr.rossi');
    assert.ok('documents' in chosen);
    assert.deepEqual(chosen.documents.map((d) => [d.id, d.decisions.length]), [['note/a.txt', 1]]);
  });
});
