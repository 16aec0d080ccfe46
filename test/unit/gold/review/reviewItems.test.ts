import { strict as assert } from 'node:assert';
import { buildReviewItems, visibleItems } from '../../../../src/gold/review/reviewItems';
import { trackSpansThroughBatch } from '../../../../src/gold/spanTracker';
import { decided, NOTE, suggest } from './reviewFixtures';

const T0 = '2025-04-01T09:00:00.000Z';
const T1 = '2025-04-01T09:01:00.000Z';

describe('buildReviewItems', () => {
  it('shows engine output as suggestions in document order', () => {
    const items = buildReviewItems({ text: NOTE, suggestions: [suggest('tosse', 'PROBLEM'), suggest('febbre', 'PROBLEM')], decisions: [] });
    assert.deepEqual(items.map((i) => [i.text, i.state, i.origin]), [['febbre', 'suggested', 'suggestion'], ['tosse', 'suggested', 'suggestion']]);
  });

  it('shows an accepted suggestion once, as gold, keeping its score', () => {
    const items = buildReviewItems({ text: NOTE, suggestions: [suggest('febbre', 'PROBLEM', 0.8)], decisions: [decided('accepted', 'febbre', 'PROBLEM', T0, { source: ['model'] })] });
    assert.equal(items.length, 1);
    assert.deepEqual({ state: items[0]!.state, origin: items[0]!.origin, score: items[0]!.score, source: items[0]!.source }, { state: 'accepted', origin: 'gold', score: 0.8, source: ['model'] });
  });

  it("carries the code of a suggestion, and of the decision once in gold, with its coding system", () => {
    const [suggested] = buildReviewItems({ text: NOTE, suggestions: [{ ...suggest('amoxicillina', 'TREATMENT'), code: 'ATC:J01CA04' }], decisions: [] });
    assert.equal(suggested!.code, 'ATC:J01CA04');
    const [accepted] = buildReviewItems({ text: NOTE, suggestions: [], decisions: [decided('accepted', 'febbre', 'PROBLEM', T0, { code: 'ICD10:R50.9' })] });
    assert.equal(accepted!.code, 'ICD10:R50.9');
  });

  it('marks a rejected suggestion rejected and hides it, while the same words with another label still show', () => {
    const items = buildReviewItems({
      text: NOTE,
      suggestions: [suggest('Emocromo', 'TEST'), suggest('tosse', 'PROBLEM')],
      decisions: [decided('rejected', 'Emocromo', 'PROBLEM', T0), decided('rejected', 'tosse', 'PROBLEM', T0)],
    });
    assert.deepEqual(items.map((i) => [i.text, i.state]), [['tosse', 'rejected'], ['Emocromo', 'suggested']]);
    assert.deepEqual(visibleItems(items, 0).map((i) => i.text), ['Emocromo']);
  });

  it('replaces a relabelled suggestion by the corrected gold span', () => {
    const items = buildReviewItems({
      text: NOTE,
      suggestions: [suggest('amoxicillina', 'TEST')],
      decisions: [decided('corrected', 'amoxicillina', 'TREATMENT', T0, { original: { ...suggest('amoxicillina', 'TEST'), label: 'TEST' } })],
    });
    assert.deepEqual(items.map((i) => [i.label, i.state]), [['TREATMENT', 'accepted']]);
  });

  it('shows a span added by hand as gold with the manual source', () => {
    const [item] = buildReviewItems({ text: NOTE, suggestions: [], decisions: [decided('added', 'dispnea', 'PROBLEM', T0)] });
    assert.deepEqual([item!.state, item!.source], ['accepted', ['manual']]);
  });

  it('marks gold and suggestions stale when an edit touches them, and a later accept makes gold current again', () => {
    // "febbre" becomes "febbre" + "ile" inside the word: "febbrile" is a different mention
    const edit = { rangeOffset: NOTE.indexOf('febbre') + 5, rangeLength: 1, text: 'ile' };
    const text = NOTE.slice(0, edit.rangeOffset) + edit.text + NOTE.slice(edit.rangeOffset + 1);
    const suggestions = trackSpansThroughBatch([suggest('febbre', 'PROBLEM'), suggest('tosse', 'PROBLEM')], [edit]);
    const movedGold = trackSpansThroughBatch([decided('accepted', 'febbre', 'PROBLEM', T0)], [edit]).map(({ stale: _s, ...d }) => d);
    const items = buildReviewItems({ text, suggestions, decisions: movedGold });
    assert.deepEqual(items.map((i) => [i.text, i.state]), [['febbrile', 'stale'], ['tosse', 'suggested']]);
    const confirmed = { ...movedGold[0]!, text: 'febbrile', time: T1 };
    assert.equal(buildReviewItems({ text, suggestions, decisions: [...movedGold, confirmed] })[0]!.state, 'accepted');
  });

  it('hides suggestions below the minimum score but never gold', () => {
    const items = buildReviewItems({
      text: NOTE,
      suggestions: [suggest('febbre', 'PROBLEM', 0.3), suggest('tosse', 'PROBLEM', 0.3)],
      decisions: [decided('accepted', 'tosse', 'PROBLEM', T0)],
    });
    assert.deepEqual(visibleItems(items, 0.5).map((i) => i.text), ['tosse']);
  });

  it('lets a later accept override an earlier reject of the same suggestion', () => {
    const items = buildReviewItems({
      text: NOTE,
      suggestions: [suggest('tosse', 'PROBLEM')],
      decisions: [decided('accepted', 'tosse', 'PROBLEM', T1), decided('rejected', 'tosse', 'PROBLEM', T0)],
    });
    assert.deepEqual(items.map((i) => i.state), ['accepted']);
  });
});
