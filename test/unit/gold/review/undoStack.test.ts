import { strict as assert } from 'node:assert';
import { UndoStack } from '../../../../src/gold/review/undoStack';
import { decided } from './reviewFixtures';

const action = (docId: string, words: string) => ({ docId, description: `accept ${words}`, decisions: [decided('accepted', words, 'PROBLEM', '2025-04-01T09:00:00.000Z')] });

describe('UndoStack', () => {
  it('undoes the most recent action first', () => {
    const stack = new UndoStack();
    stack.push(action('a.txt', 'febbre'));
    stack.push(action('a.txt', 'tosse'));
    assert.equal(stack.pop()!.description, 'accept tosse');
    assert.equal(stack.pop()!.description, 'accept febbre');
    assert.equal(stack.pop(), undefined);
  });

  it('ignores actions that recorded nothing and keeps at most its limit', () => {
    const stack = new UndoStack(2);
    stack.push({ docId: 'a.txt', description: 'nothing', decisions: [] });
    for (const w of ['febbre', 'tosse', 'dispnea']) stack.push(action('a.txt', w));
    assert.equal(stack.size, 2);
    assert.equal(stack.peek()!.description, 'accept dispnea');
  });

  it('forgets the actions of one document', () => {
    const stack = new UndoStack();
    stack.push(action('a.txt', 'febbre'));
    stack.push(action('b.txt', 'tosse'));
    stack.forget('b.txt');
    assert.equal(stack.pop()!.docId, 'a.txt');
  });
});
