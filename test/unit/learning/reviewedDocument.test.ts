import { strict as assert } from 'node:assert';
import { AnnotatorNeededError, readReviewedDocuments } from '../../../src/learning/reviewedDocument';

describe('readReviewedDocuments', () => {
  it('takes JSONL {id, text, entities} as wholly reviewed, for the labels given', () => {
    const line = JSON.stringify({ id: 'a', text: 'Febbre. Emocromo.', entities: [{ start: 0, end: 6, label: 'PROBLEM' }, { start: 8, end: 16, label: 'TEST' }] });
    const { documents } = readReviewedDocuments(line + '\n', ['PROBLEM']);
    assert.equal(documents.length, 1);
    assert.deepEqual(documents[0].entities, [{ start: 0, end: 6, label: 'PROBLEM', text: 'Febbre' }]);
    assert.deepEqual(documents[0].labels, ['PROBLEM']);
    assert.deepEqual(documents[0].reviewed, [{ start: 0, end: 17 }]);
  });

  it('counts as reviewed only the sentences of a gold-file note where the reviewer decided something', () => {
    const text = 'Nega febbre. Mobilizzato in poltrona. Eseguito emocromo.';
    const decision = (kind: string, start: number, end: number, label: string) => ({ kind, start, end, label, text: text.slice(start, end), annotator: 'mr', time: '2026-12-01T10:00:00Z' });
    const gold = {
      id: 'note.txt',
      text,
      textHash: 'x',
      decisions: [decision('accepted', 5, 11, 'PROBLEM'), decision('rejected', 28, 36, 'TREATMENT')],
      updated: '2026-12-01T10:00:00Z',
    };
    const { documents } = readReviewedDocuments(JSON.stringify(gold) + '\n');
    const [doc] = documents;
    assert.deepEqual(doc.reviewed.map((r) => text.slice(r.start, r.end)), ['Nega febbre.', 'Mobilizzato in poltrona.']);
    assert.deepEqual(doc.entities.map((e) => e.text), ['febbre']);
    assert.deepEqual(doc.rejected.map((e) => `${e.text}|${e.label}`), ['poltrona|TREATMENT']);
  });

  it('takes a note marked done as wholly reviewed, and one annotator at a time', () => {
    const text = 'Nega febbre. Eseguito emocromo.';
    const decision = (annotator: string) => ({ kind: 'accepted', start: 5, end: 11, label: 'PROBLEM', text: 'febbre', annotator, time: '2026-12-01T10:00:00Z' });
    const line = (decisions: object[], done?: object[]) =>
      JSON.stringify({ id: 'n.txt', text, textHash: 'x', decisions, ...(done ? { done } : {}), updated: '2026-12-01T10:00:00Z' }) + '\n';
    const [done] = readReviewedDocuments(line([decision('mr')], [{ annotator: 'mr', time: '2026-12-01T11:00:00Z' }])).documents;
    assert.deepEqual(done.reviewed, [{ start: 0, end: text.length }]);
    const shared = line([decision('mr'), decision('lb')]);
    assert.throws(() => readReviewedDocuments(shared), (e: unknown) => e instanceof AnnotatorNeededError && /several annotators \(lb, mr\)/.test(e.message));
    assert.equal(readReviewedDocuments(shared, undefined, 'lb').documents[0].entities.length, 1);
  });

  it('skips notes without text and says how many', () => {
    const { documents, skipped } = readReviewedDocuments(JSON.stringify({ id: 'a', entities: [] }) + '\n');
    assert.equal(documents.length, 0);
    assert.equal(skipped, 1);
  });
});
