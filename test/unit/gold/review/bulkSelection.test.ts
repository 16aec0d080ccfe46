import { strict as assert } from 'node:assert';
import { remainingSuggestions, suggestionsOfLabel, suggestionsScoredAtLeast } from '../../../../src/gold/review/bulkSelection';
import { buildReviewItems } from '../../../../src/gold/review/reviewItems';
import { decided, NOTE, suggest } from './reviewFixtures';

const items = buildReviewItems({
  text: NOTE,
  suggestions: [
    suggest('febbre', 'PROBLEM', 0.95),
    suggest('tosse', 'PROBLEM', 0.6),
    { ...suggest('dispnea', 'PROBLEM', 0.99), stale: true },
    suggest('Emocromo', 'TEST', 0.97),
    suggest('amoxicillina', 'TREATMENT', 0.5),
  ],
  decisions: [decided('rejected', 'amoxicillina', 'TREATMENT', '2025-04-01T09:00:00.000Z')],
});

describe('bulk selection', () => {
  it('takes the up-to-date suggestions of one label', () => {
    assert.deepEqual(suggestionsOfLabel(items, 'PROBLEM').map((i) => i.text), ['febbre', 'tosse']);
  });

  it('takes the up-to-date suggestions scored at least the threshold, of any label', () => {
    assert.deepEqual(suggestionsScoredAtLeast(items, 0.9).map((i) => i.text), ['febbre', 'Emocromo']);
  });

  it('takes every undecided suggestion, stale included, but not rejected ones', () => {
    assert.deepEqual(remainingSuggestions(items).map((i) => i.text), ['febbre', 'tosse', 'dispnea', 'Emocromo']);
  });
});
