import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { assignPiecesToWindows, planWindows } from '../../../../src/engine/model/windowPlanner';
import { bertBaseCasedTokenizer } from './fixtures';

describe('planWindows', () => {
  it('keeps a sentence that fits in one window', () => {
    assert.deepEqual(planWindows([0, 0, 1, 2, 2], 126, 63), [{ start: 0, end: 5 }]);
    assert.deepEqual(planWindows([], 126, 63), []);
  });

  it('cuts a long sentence into overlapping windows at word boundaries', async () => {
    const text =
      'Paziente di 78 anni ricoverato per dispnea ingravescente, febbre e tosse produttiva; ' +
      "all'ingresso emocromo con leucocitosi neutrofila, PCR elevata e radiografia del torace con addensamento basale destro.";
    const [encoding] = await bertBaseCasedTokenizer().encodeBatch([text]);
    const windows = planWindows(encoding.wordIds, 16, 8);
    assert.ok(windows.length > 3);
    for (const [i, window] of windows.entries()) {
      assert.ok(window.end - window.start <= 16);
      assert.ok(window.start === 0 || encoding.wordIds[window.start] !== encoding.wordIds[window.start - 1], 'starts on a word');
      assert.ok(window.end === encoding.ids.length || encoding.wordIds[window.end] !== encoding.wordIds[window.end - 1], 'ends on a word');
      if (i > 0) assert.ok(window.start < windows[i - 1].end, 'overlaps the previous window');
    }
    assert.equal(windows[windows.length - 1].end, encoding.ids.length);
  });

  it('cuts inside a word only when the word alone is longer than a window', () => {
    const wordIds = [0, 1, 1, 1, 1, 1, 1, 1, 1, 2];
    const windows = planWindows(wordIds, 4, 2);
    assert.deepEqual(windows[0], { start: 0, end: 1 });
    assert.equal(windows[windows.length - 1].end, 10);
    for (let i = 1; i < windows.length; i++) assert.ok(windows[i].end > windows[i - 1].end);
  });

  it('property: windows cover every piece, fit the limit and always advance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 2, max: 40 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (wordLengths, maxTokens, strideFraction) => {
          const wordIds = wordLengths.flatMap((n, w) => new Array<number>(n).fill(w));
          const stride = Math.max(1, Math.floor(maxTokens * strideFraction));
          const windows = planWindows(wordIds, maxTokens, stride);
          assert.equal(windows[0].start, 0);
          assert.equal(windows[windows.length - 1].end, wordIds.length);
          for (let i = 0; i < windows.length; i++) {
            assert.ok(windows[i].end - windows[i].start <= maxTokens && windows[i].end > windows[i].start);
            if (i > 0) {
              assert.ok(windows[i].start > windows[i - 1].start && windows[i].end > windows[i - 1].end);
              assert.ok(windows[i].start <= windows[i - 1].end, 'no gap');
            }
          }
        },
      ),
    );
  });
});

describe('assignPiecesToWindows', () => {
  it('gives each piece to the window where it is farthest from a cut edge', () => {
    // windows [0,8) and [4,12) over 12 pieces: pieces 4..7 are in both
    const owners = assignPiecesToWindows([{ start: 0, end: 8 }, { start: 4, end: 12 }], 12);
    assert.deepEqual(Array.from(owners), [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('does not count the sentence start and end as edges', () => {
    const owners = assignPiecesToWindows([{ start: 0, end: 6 }, { start: 2, end: 8 }], 8);
    assert.deepEqual(Array.from(owners), [0, 0, 0, 0, 1, 1, 1, 1]);
  });

  it('property: every piece has exactly one window that contains it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2, max: 50 }), fc.integer({ min: 1, max: 50 }), (count, maxTokens, rawStride) => {
        const stride = Math.min(rawStride, maxTokens);
        const windows = planWindows(new Array(count).fill(0).map((_, i) => i), maxTokens, stride);
        const owners = assignPiecesToWindows(windows, count);
        owners.forEach((w, piece) => assert.ok(w >= 0 && windows[w].start <= piece && piece < windows[w].end));
      }),
    );
  });
});
