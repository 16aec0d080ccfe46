import { strict as assert } from 'node:assert';
import { formatDuration, progressParts } from '../../../../src/engine/batch/progressText';
import { progressLine } from '../../../../src/cli/progressLine';

const progress = { done: 1200, total: 2000, annotated: 900, skipped: 300, failed: 0, elapsedMs: 26_700, notesPerSecond: 45, etaSeconds: 17.8 };

describe('batch progress as a person reads it', () => {
  it('says how many notes are done, how fast, how many failed and how long is left', () => {
    assert.deepEqual(progressParts({ ...progress, failed: 2 }), {
      count: '1200/2000 notes', resumed: '300 already done', rate: '45 notes/s', failures: '2 failed', eta: '18s',
    });
    assert.equal(progressLine({ ...progress, failed: 2 }), 'annotated 1200/2000 notes (300 already done), 45 notes/s, 2 failed, eta 18s');
  });

  it('names the shard at the start of a shard\'s line, for its log', () => {
    assert.equal(progressLine({ ...progress, skipped: 0 }, { index: 3, count: 8 }), 'shard 3/8: annotated 1200/2000 notes, 45 notes/s, eta 18s');
  });

  it('leaves out the rate before the first note and the time left at the end', () => {
    assert.equal(progressLine({ ...progress, done: 0, skipped: 0, notesPerSecond: 0, etaSeconds: undefined }), 'annotated 0/2000 notes');
    assert.equal(progressLine({ ...progress, done: 2000, skipped: 0, notesPerSecond: 3.25, etaSeconds: 0 }), 'annotated 2000/2000 notes, 3.3 notes/s');
  });

  it('writes the time left of an archive\'s run in days and hours', () => {
    assert.deepEqual([45, 185, 15_120, 4 * 86_400 + 3 * 3600 + 59].map(formatDuration), ['45s', '3m05s', '4h12m', '4d03h']);
  });
});
