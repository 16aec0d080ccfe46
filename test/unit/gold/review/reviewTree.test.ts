import { strict as assert } from 'node:assert';
import { buildReviewItems } from '../../../../src/gold/review/reviewItems';
import { groupByLabel, summarize } from '../../../../src/gold/review/reviewTree';
import { decided, NOTE, suggest } from './reviewFixtures';

const items = buildReviewItems({
  text: NOTE,
  suggestions: [suggest('febbre', 'PROBLEM'), suggest('tosse', 'PROBLEM'), suggest('amoxicillina', 'TREATMENT')],
  decisions: [decided('accepted', 'tosse', 'PROBLEM', '2025-04-01T09:00:00.000Z')],
});

describe('review tree', () => {
  it('groups by label in label order with counts, leaving out empty labels', () => {
    assert.deepEqual(groupByLabel(items, 'all').map((g) => [g.label, g.total, g.reviewed, g.items.map((i) => i.text)]), [
      ['PROBLEM', 2, 1, ['febbre', 'tosse']],
      ['TREATMENT', 1, 0, ['amoxicillina']],
    ]);
  });

  it('shows only what needs review under the unreviewed filter, keeping the totals', () => {
    assert.deepEqual(groupByLabel(items, 'unreviewed').map((g) => [g.label, g.total, g.items.map((i) => i.text)]), [
      ['PROBLEM', 2, ['febbre']],
      ['TREATMENT', 1, ['amoxicillina']],
    ]);
  });

  it('summarises counts per label and progress', () => {
    assert.deepEqual(summarize(items), { total: 3, reviewed: 1, byLabel: { PROBLEM: 2, TEST: 0, TREATMENT: 1 } });
  });
});
