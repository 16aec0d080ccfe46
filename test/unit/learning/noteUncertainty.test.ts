import { strict as assert } from 'node:assert';
import { byUncertainty, noteUncertainty } from '../../../src/learning/noteUncertainty';

const scores = (...values: number[]) => values.map((score) => ({ score }));

describe('note uncertainty (what to review next)', () => {
  it('is 0 for a note whose suggestions are all sure, or that has none', () => {
    assert.equal(noteUncertainty(scores(1, 1)), 0);
    assert.equal(noteUncertainty([]), 0);
  });

  it('is 0.5 when every suggestion is a coin toss, and counts a low score as doubtful as a high one', () => {
    assert.equal(noteUncertainty(scores(0.5, 0.5)), 0.5);
    assert.equal(noteUncertainty(scores(0.25)), noteUncertainty(scores(0.75)));
  });

  it('is decided by the few least certain suggestions, so a long note\'s sure ones do not drown them', () => {
    const longNote = scores(...Array<number>(40).fill(0.98), 0.5, 0.55, 0.6);
    const shortNote = scores(0.9, 0.85);
    assert.ok(noteUncertainty(longNote) > noteUncertainty(shortNote), `${noteUncertainty(longNote)} > ${noteUncertainty(shortNote)}`);
    const plainMean = longNote.reduce((s, n) => s + Math.min(n.score, 1 - n.score), 0) / longNote.length;
    assert.ok(plainMean < noteUncertainty(shortNote), 'a mean over every suggestion would have chosen the short note');
  });

  it('does not prefer a note for its length alone', () => {
    assert.equal(noteUncertainty(scores(0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6)), noteUncertainty(scores(0.6)));
  });

  it('orders notes most uncertain first, then by more suggestions, then by id', () => {
    const ordered = byUncertainty([
      { id: 'notes/dimissione-2.txt', suggestions: scores(0.97, 0.95) },
      { id: 'notes/visita-b.txt', suggestions: scores(0.55) },
      { id: 'notes/visita-a.txt', suggestions: scores(0.55) },
      { id: 'notes/pronto-soccorso.txt', suggestions: scores(0.55, 0.55) },
      { id: 'notes/vuota.txt', suggestions: [] },
    ]);
    assert.deepEqual(ordered.map((n) => n.id), ['notes/pronto-soccorso.txt', 'notes/visita-a.txt', 'notes/visita-b.txt', 'notes/dimissione-2.txt', 'notes/vuota.txt']);
    assert.equal(ordered[0]!.uncertainty.toFixed(2), '0.45');
  });
});
