import { strict as assert } from 'node:assert';
import { LABELS } from '../../../../src/engine/entity';
import { cohenKappa } from '../../../../src/gold/agreement/cohenKappa';
import { comparedDocuments } from '../../../../src/gold/agreement/comparedDocuments';
import { ratersOf } from '../../../../src/gold/agreement/rater';
import { spanF1Agreement } from '../../../../src/gold/agreement/spanF1Agreement';
import { BIANCHI, goldNote, marks, NOTE, ROSSI } from './agreementFixtures';

describe('what agreement compares and what it leaves out', () => {
  const rossiFile = {
    file: '/team/rossi.jsonl',
    documents: [goldNote('n1.txt', marks('dr.rossi', ROSSI), NOTE, ['dr.rossi']), goldNote('n2.txt', marks('dr.rossi', [['Febbre', 'PROBLEM']])), goldNote('n3.txt', marks('dr.rossi', [['Tosse', 'PROBLEM']], 'Tosse.'), 'Tosse.')],
  };
  const bianchiFile = {
    file: '/team/bianchi.jsonl',
    documents: [goldNote('n1.txt', marks('dr.bianchi', BIANCHI)), goldNote('n3.txt', marks('dr.bianchi', [['Tosse', 'PROBLEM']], 'Tosse secca.'), 'Tosse secca.')],
  };
  const raters = ratersOf([rossiFile, bianchiFile], LABELS);

  it('takes one rater per annotator, whether each has a gold file of their own or they share one', () => {
    assert.deepEqual(raters.map((r) => [r.name, r.documents.size]), [['dr.rossi', 3], ['dr.bianchi', 2]]);
    const shared = ratersOf([{ file: 'gold.jsonl', documents: [goldNote('n1.txt', [...marks('dr.rossi', ROSSI), ...marks('dr.bianchi', BIANCHI)])] }], LABELS);
    assert.deepEqual(shared.map((r) => r.name), ['dr.bianchi', 'dr.rossi']);
  });

  it('compares the notes both reviewed on the same text and says why it left out each other one', () => {
    const { compared, leftOut } = comparedDocuments(raters, false);
    assert.deepEqual(compared.map((d) => d.id), ['n1.txt']);
    assert.deepEqual(leftOut, [
      { id: 'n2.txt', reason: 'not reviewed by dr.bianchi' },
      { id: 'n3.txt', reason: 'dr.bianchi has another text for it' },
    ]);
  });

  it('with doneOnly compares only the notes every rater marked done', () => {
    const { compared, leftOut } = comparedDocuments(raters, true);
    assert.deepEqual(compared, []);
    assert.deepEqual(leftOut[0], { id: 'n1.txt', reason: 'not marked done by dr.bianchi' });
  });

  it('has every measure return what it compared and what it left out', () => {
    for (const measure of [spanF1Agreement, cohenKappa]) {
      const result = measure.measure(raters, { labels: LABELS, doneOnly: false });
      assert.equal(result.documents, 1, measure.name);
      assert.equal(result.leftOut.length, 2, measure.name);
    }
  });

  it('names the gold file when the same annotator is in two files', () => {
    const twice = ratersOf([rossiFile, { file: '/team/rossi-bis.jsonl', documents: rossiFile.documents }], LABELS);
    assert.deepEqual(twice.map((r) => r.name), ['dr.rossi (rossi.jsonl)', 'dr.rossi (rossi-bis.jsonl)']);
  });

  it('has no kappa when every token is in one class for everyone', () => {
    const empty = ratersOf([{ file: 'g', documents: [goldNote('n1.txt', [...marks('a', []), { ...marks('b', [['Febbre', 'PROBLEM']])[0]!, kind: 'rejected' }, { ...marks('a', [['Febbre', 'PROBLEM']])[0]!, kind: 'rejected' }])] }], LABELS);
    assert.equal(cohenKappa.measure(empty, { labels: LABELS, doneOnly: false }).kappa, null);
  });
});
