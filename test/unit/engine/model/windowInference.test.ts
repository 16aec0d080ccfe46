import { strict as assert } from 'node:assert';
import { planBatches, type WindowJob } from '../../../../src/engine/model/windowInference';

const special = { cls: 101, sep: 102, pad: 0 };

describe('planBatches', () => {
  // word pieces of "febbre", "tac torace", "emocromo nella norma" (ids as bert-base-cased gives them)
  const jobs: WindowJob[] = [
    { ids: [175, 15581, 9730], start: 0, end: 3 },
    { ids: [27629, 1665, 1106, 27510], start: 0, end: 4 },
    { ids: [9712, 13335, 16071, 1186, 1376, 1161, 18957], start: 2, end: 5 },
  ];

  it('sorts windows by length, wraps them in [CLS]/[SEP] and pads to the longest of the batch', () => {
    const batches = planBatches(jobs, { windows: 2, tokens: 512 }, special, ['input_ids', 'attention_mask']);
    assert.deepEqual(batches.map((b) => b.jobs), [[0, 2], [1]]);
    assert.equal(batches[0].sequenceLength, 5);
    assert.deepEqual(Array.from(batches[0].feeds.input_ids.data as BigInt64Array, Number), [101, 175, 15581, 9730, 102, 101, 16071, 1186, 1376, 102]);
    assert.deepEqual(batches[0].feeds.input_ids.dims, [2, 5]);
    assert.deepEqual(Array.from(batches[1].feeds.attention_mask.data as BigInt64Array, Number), [1, 1, 1, 1, 1, 1]);
  });

  it('pads shorter rows with the pad id and a zero mask', () => {
    const [batch] = planBatches(jobs.slice(0, 2), { windows: 8, tokens: 512 }, special, ['input_ids', 'attention_mask']);
    assert.deepEqual(Array.from(batch.feeds.input_ids.data as BigInt64Array, Number), [101, 175, 15581, 9730, 102, 0, 101, 27629, 1665, 1106, 27510, 102]);
    assert.deepEqual(Array.from(batch.feeds.attention_mask.data as BigInt64Array, Number), [1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1]);
  });

  it('feeds only the inputs the session declares, token_type_ids as zeros', () => {
    const [withTypes] = planBatches(jobs, { windows: 8, tokens: 512 }, special, ['input_ids', 'attention_mask', 'token_type_ids']);
    assert.deepEqual(Object.keys(withTypes.feeds), ['input_ids', 'attention_mask', 'token_type_ids']);
    assert.ok(Array.from(withTypes.feeds.token_type_ids.data as BigInt64Array).every((v) => v === 0n));
    const [without] = planBatches(jobs, { windows: 8, tokens: 512 }, special, ['input_ids', 'attention_mask']);
    assert.deepEqual(Object.keys(without.feeds), ['input_ids', 'attention_mask']);
  });

  it('fills a batch up to the position budget: rows × (longest + [CLS]/[SEP])', () => {
    // lengths 3, 3 and 4 pieces → 5, 5 and 6 positions
    assert.deepEqual(planBatches(jobs, { windows: 64, tokens: 10 }, special, ['input_ids']).map((b) => b.jobs), [[0, 2], [1]]);
    assert.deepEqual(planBatches(jobs, { windows: 64, tokens: 18 }, special, ['input_ids']).map((b) => b.jobs), [[0, 2, 1]]);
    assert.deepEqual(planBatches(jobs, { windows: 64, tokens: 17 }, special, ['input_ids']).map((b) => b.jobs), [[0, 2], [1]]);
  });

  it('runs a window longer than the budget alone rather than dropping it', () => {
    const batches = planBatches(jobs, { windows: 64, tokens: 4 }, special, ['input_ids']);
    assert.deepEqual(batches.map((b) => b.jobs), [[0], [2], [1]]);
    assert.deepEqual(batches.map((b) => b.sequenceLength), [5, 5, 6]);
  });

  it('puts many short windows into one call and keeps every window exactly once', () => {
    const many: WindowJob[] = Array.from({ length: 500 }, (_, i) => ({ ids: new Array(1 + (i % 40)).fill(7), start: 0, end: 1 + (i % 40) }));
    const batches = planBatches(many, { windows: 64, tokens: 512 }, special, ['input_ids']);
    assert.deepEqual(batches.flatMap((b) => b.jobs).sort((a, b) => a - b), many.map((_, i) => i));
    for (const batch of batches) {
      assert.ok(batch.jobs.length <= 64);
      assert.ok(batch.jobs.length * batch.sequenceLength <= 512);
      assert.equal(batch.sequenceLength, Math.max(...batch.jobs.map((j) => many[j].end)) + 2);
    }
    assert.ok(batches.length < 500 / 8, `${batches.length} calls`);
  });
});
