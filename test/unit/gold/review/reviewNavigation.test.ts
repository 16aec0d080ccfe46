import { strict as assert } from 'node:assert';
import type { ReviewItem } from '../../../../src/gold/review/reviewItem';
import { firstToReview, itemAt, navigate } from '../../../../src/gold/review/reviewNavigation';
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
