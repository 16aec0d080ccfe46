import { strict as assert } from 'node:assert';
import type { ReviewItem } from '../../../../src/gold/review/reviewItem';
import { firstInOrder, firstToReview, itemAt, navigate, navigateByScore } from '../../../../src/gold/review/reviewNavigation';
import { buildReviewItems } from '../../../../src/gold/review/reviewItems';
import { decided, NOTE, suggest } from './reviewFixtures';

const items: ReviewItem[] = buildReviewItems({
  text: NOTE,
  suggestions: [suggest('febbre', 'PROBLEM'), suggest('tosse', 'PROBLEM'), suggest('dispnea', 'PROBLEM'), suggest('Emocromo', 'TEST')],
  decisions: [decided('accepted', 'tosse', 'PROBLEM', '2025-04-01T09:00:00.000Z')],
});
const at = (words: string) => ({ start: NOTE.indexOf(words), end: NOTE.indexOf(words) + words.length });

describe('review navigation', () => {
  it('goes to the next suggestion, skipping reviewed spans', () => {
    assert.equal(navigate(items, at('febbre'), 'next')!.text, 'dispnea');
  });

  it('wraps around at the end and at the start', () => {
    assert.equal(navigate(items, at('Emocromo'), 'next')!.text, 'febbre');
    assert.equal(navigate(items, at('febbre'), 'previous')!.text, 'Emocromo');
  });

  it('visits the suggestion under an empty cursor first', () => {
    const inside = NOTE.indexOf('dispnea');
    assert.equal(navigate(items, { start: inside, end: inside }, 'next')!.text, 'dispnea');
  });

  it('goes back to the previous suggestion', () => {
    assert.equal(navigate(items, at('Emocromo'), 'previous')!.text, 'dispnea');
  });

  it('starts a review on the first suggestion of the note that still needs one', () => {
    assert.equal(firstToReview(items)!.text, 'febbre');
    assert.equal(firstToReview(items.filter((i) => i.text !== 'febbre'))!.text, 'dispnea', 'tosse is accepted');
    assert.equal(firstToReview(items.filter((i) => i.state === 'accepted')), undefined);
  });

  it('finds nothing when everything is reviewed', () => {
    assert.equal(navigate(items.filter((i) => i.state === 'accepted'), at('febbre'), 'next'), undefined);
  });

  it('picks the item under the cursor, its ends included', () => {
    assert.equal(itemAt(items, at('tosse').end)!.text, 'tosse');
    assert.equal(itemAt(items, at('giorni').start), undefined);
  });
});

describe('review navigation, lowest score first', () => {
  const scored: ReviewItem[] = buildReviewItems({
    text: NOTE,
    suggestions: [suggest('febbre', 'PROBLEM', 0.91), suggest('tosse', 'PROBLEM', 0.42), suggest('dispnea', 'PROBLEM', 0.64), suggest('Emocromo', 'TEST', 0.42), suggest('amoxicillina', 'TREATMENT', 0.3)],
    decisions: [decided('accepted', 'amoxicillina', 'TREATMENT', '2025-04-01T09:00:00.000Z')],
  });
  const item = (words: string) => scored.find((i) => i.text === words)!;

  it('starts on the suggestion the engine is least sure of, skipping reviewed ones', () => {
    assert.equal(firstInOrder(scored, 'score')!.text, 'tosse');
    assert.equal(firstInOrder(scored, 'position')!.text, 'febbre');
  });

  it('goes on to the next higher score, equal scores in note order, and wraps around', () => {
    const visited = [item('tosse')];
    for (let i = 0; i < 4; i++) visited.push(navigateByScore(scored, visited.at(-1)!, 'next')!);
    assert.deepEqual(visited.map((i) => i.text), ['tosse', 'Emocromo', 'dispnea', 'febbre', 'tosse']);
  });

  it('goes back to the next lower score', () => {
    assert.equal(navigateByScore(scored, item('dispnea'), 'previous')!.text, 'Emocromo');
    assert.equal(navigateByScore(scored, item('tosse'), 'previous')!.text, 'febbre', 'wraps to the highest');
  });

  it('moves on from a suggestion just decided, which no longer needs review', () => {
    const afterAccept = scored.filter((i) => i.text !== 'Emocromo');
    assert.equal(navigateByScore(afterAccept, item('Emocromo'), 'next')!.text, 'dispnea');
  });

  it('from a cursor on no entity, starts at the lowest score (next) or the highest (previous)', () => {
    assert.equal(navigateByScore(scored, { start: 3, end: 3 }, 'next')!.text, 'tosse');
    assert.equal(navigateByScore(scored, { start: 3, end: 3 }, 'previous')!.text, 'febbre');
  });
});
