import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { AnnotatedDocument } from '../../../../src/gold/formats/annotatedDocument';
import { exportLabelStudio, readLabelStudio } from '../../../../src/gold/formats/labelStudioJson';
import { documentWithCharSpans, placed, sortSpans, withoutCodes } from '../formatArbitraries';

const TEXT = '🩺 Sospetta polmonite basale dx. Nega febbre.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const DOC: AnnotatedDocument = {
  id: 'reparto/n7.txt',
  text: TEXT,
  spans: [{ ...at('polmonite basale'), label: 'PROBLEM', assertion: 'uncertain' }, { ...at('febbre'), label: 'PROBLEM', assertion: 'negated' }],
};

describe('Label Studio JSON', () => {
  it('writes a task per note with code-point regions and each status as a per-region choice', () => {
    const [task] = JSON.parse(exportLabelStudio([DOC]).output);
    assert.deepEqual(task.data, { text: TEXT, doc_id: 'reparto/n7.txt' });
    const [label, status] = task.annotations[0].result;
    assert.deepEqual(label, { id: 'r1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 11, end: 27, text: 'polmonite basale', labels: ['PROBLEM'] } });
    assert.deepEqual(status.value.choices, ['uncertain']);
    assert.equal(status.id, label.id);
  });

  it("reads every annotator's annotation of a task as their own document and leaves out a cancelled one", () => {
    const tasks = [{
      id: 41,
      data: { text: 'Febbre e tosse.' },
      annotations: [
        { completed_by: { id: 3, email: 'rossi@ospedale.it' }, result: [{ id: 'a', type: 'labels', value: { start: 0, end: 6, text: 'Febbre', labels: ['Sintomo'] } }] },
        { completed_by: 7, result: [{ id: 'b', type: 'labels', value: { start: 9, end: 14, text: 'tosse', labels: ['PROBLEM'] } }] },
        { completed_by: 8, was_cancelled: true, result: [] },
      ],
      predictions: [{ result: [{ id: 'p', type: 'labels', value: { start: 0, end: 6, labels: ['PROBLEM'] } }] }],
    }];
    const [first, second, cancelled] = readLabelStudio(JSON.stringify(tasks));
    assert.equal(first!.id, '41');
    assert.equal(first!.annotator, 'rossi@ospedale.it');
    assert.deepEqual(first!.spans.map((s) => s.label), ['Sintomo']);
    assert.equal(second!.annotator, 'user 7');
    assert.match(cancelled!.excluded!, /cancelled/);
  });

  it('says what is wrong with a file that is not a task list', () => {
    assert.throws(() => readLabelStudio('{"data": 3}'), /task 1: data: not an object/);
    assert.throws(() => readLabelStudio('[oops'), /invalid JSON/);
  });

  it('property: export then import gives the same spans and statuses (codes are not part of the format)', () => {
    fc.assert(
      fc.property(documentWithCharSpans, (doc) => {
        const [back] = placed(readLabelStudio(exportLabelStudio([doc]).output));
        assert.deepEqual(back, { ...withoutCodes(doc), spans: sortSpans(withoutCodes(doc).spans) });
      }),
    );
  });
});
