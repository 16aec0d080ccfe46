import { strict as assert } from 'node:assert';
import type { GoldDocument } from '../../../../src/gold/goldDocument';
import { noteProgress, sortNotes } from '../../../../src/gold/progress/noteProgress';
import { textHash } from '../../../../src/gold/textHash';
import { decided, NOTE, suggest } from '../review/reviewFixtures';

const T0 = '2025-04-01T09:00:00.000Z';
const doc = (decisions: GoldDocument['decisions'], done?: GoldDocument['done']): GoldDocument => ({ id: 'n.txt', text: NOTE, textHash: textHash(NOTE), decisions, ...(done ? { done } : {}), updated: T0 });
const suggestions = [suggest('febbre', 'PROBLEM'), suggest('tosse', 'PROBLEM'), suggest('dispnea', 'PROBLEM'), suggest('amoxicillina', 'TREATMENT')];

describe('workspace progress', () => {
  it('counts reviewed against every entity of the note, for the annotator alone', () => {
    const gold = doc([decided('accepted', 'febbre', 'PROBLEM', T0), decided('rejected', 'tosse', 'PROBLEM', T0), decided('accepted', 'dispnea', 'PROBLEM', T0, { annotator: 'dr.altri' })]);
    assert.deepEqual(noteProgress('n.txt', gold, 'dr.bianchi', suggestions), { id: 'n.txt', status: 'inProgress', reviewed: 2, total: 4 });
    assert.deepEqual(noteProgress('n.txt', gold, 'dr.altri', suggestions), { id: 'n.txt', status: 'inProgress', reviewed: 1, total: 4 });
  });

  it('is not started without decisions, done once marked done, and counts decisions alone when the suggestions are unknown', () => {
    assert.deepEqual(noteProgress('n.txt', undefined, 'dr.bianchi'), { id: 'n.txt', status: 'notStarted', reviewed: 0 });
    assert.deepEqual(noteProgress('n.txt', undefined, 'dr.bianchi', suggestions), { id: 'n.txt', status: 'notStarted', reviewed: 0, total: 4 });
    const finished = doc([decided('accepted', 'febbre', 'PROBLEM', T0), decided('rejected', 'tosse', 'PROBLEM', T0)], [{ annotator: 'dr.bianchi', time: T0 }]);
    assert.deepEqual(noteProgress('n.txt', finished, 'dr.bianchi'), { id: 'n.txt', status: 'done', reviewed: 2 });
  });

  it('sorts by name, by status (what is under way first) and by progress (least reviewed first)', () => {
    const notes = [
      { id: 'c.txt', status: 'done' as const, reviewed: 4, total: 4 },
      { id: 'a.txt', status: 'notStarted' as const, reviewed: 0 },
      { id: 'b.txt', status: 'inProgress' as const, reviewed: 1, total: 4 },
      { id: 'd.txt', status: 'inProgress' as const, reviewed: 3, total: 4 },
    ];
    assert.deepEqual(sortNotes(notes, 'name').map((n) => n.id), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    assert.deepEqual(sortNotes(notes, 'status').map((n) => n.id), ['b.txt', 'd.txt', 'a.txt', 'c.txt']);
    assert.deepEqual(sortNotes(notes, 'progress').map((n) => n.id), ['b.txt', 'd.txt', 'c.txt', 'a.txt']);
  });
});
