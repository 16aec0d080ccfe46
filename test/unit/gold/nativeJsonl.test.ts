import { strict as assert } from 'node:assert';
import { annotatedFromGold } from '../../../src/gold/formats/annotatedDocument';
import { exportNative, importNative } from '../../../src/gold/formats/nativeJsonl';
import type { GoldDocument } from '../../../src/gold/goldDocument';
import { textHash } from '../../../src/gold/textHash';
import { decide, NOTE } from './decisionFixtures';

const EDITED = NOTE.replace('ECG', 'EEG');
const DOC: GoldDocument = {
  id: 'note/a.txt',
  text: EDITED,
  textHash: textHash(EDITED),
  decisions: [
    decide('accepted', 'dolore toracico', 'PROBLEM', '2025-03-01T10:00:00.000Z', { source: ['model', 'lexicon'], assertion: 'present' }),
    decide('added', 'ECG', 'TEST', '2025-03-01T10:01:00.000Z'),
    decide('rejected', 'norma', 'PROBLEM', '2025-03-01T10:02:00.000Z', { source: ['pattern'] }),
  ],
  updated: '2025-03-01T10:02:00.000Z',
};

describe('native JSONL', () => {
  it('round-trips every decision, annotator and time', () => {
    assert.deepEqual(importNative(exportNative([DOC]).output), [DOC]);
  });

  it('names the line of a malformed document', () => {
    assert.throws(() => importNative(exportNative([DOC]).output + '{"id":"x"}\n'), /line 2: text: not a string/);
  });

  it('reports stale gold spans when converting for other formats', () => {
    const { documents, skipped } = annotatedFromGold([DOC]);
    assert.deepEqual(documents[0]!.spans, [{ start: 13, end: 28, label: 'PROBLEM', assertion: 'present' }]);
    assert.equal(skipped.length, 1);
    assert.match(skipped[0]!.reason, /^stale/);
  });
});
