import { strict as assert } from 'node:assert';
import { isInShard, parseShard, shardOfNote } from '../../../../src/engine/batch/noteShard';

const IDS = Array.from({ length: 2000 }, (_, i) => `reparto-${i % 7}/dimissione-${String(i).padStart(5, '0')}.txt`);

describe('note shards (annotate --shard K/N)', () => {
  it('reads K/N with K counting from 0, as SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX do', () => {
    assert.deepEqual(parseShard('0/8'), { index: 0, count: 8 });
    assert.deepEqual(parseShard('7/8'), { index: 7, count: 8 });
    assert.throws(() => parseShard('8/8'), /K counts from 0, so it must be below N \(0 to 7\)/);
    assert.throws(() => parseShard('1/0'), /N must be at least 1/);
    assert.throws(() => parseShard('tre/otto'), /--shard must be K\/N \(e\.g\. 0\/8\), not "tre\/otto"/);
  });

  it('puts every note in exactly one shard, in parts of about the same size', () => {
    const sizes = [0, 0, 0, 0];
    for (const id of IDS) {
      const holders = [0, 1, 2, 3].filter((index) => isInShard(id, { index, count: 4 }));
      assert.equal(holders.length, 1, id);
      sizes[holders[0]]++;
    }
    for (const size of sizes) assert.ok(size > 420 && size < 580, `shard sizes ${sizes.join(', ')}`);
  });

  it('gives a note the same shard whatever else is in the archive and whichever machine asks', () => {
    // known values: a change of hash or of its reading would move notes between shards of a run in progress
    assert.deepEqual(['referto-tc-torace.txt', 'lettera-dimissione.txt', 'visita neurologica è.md'].map((id) => shardOfNote(id, 8)), [5, 4, 4]);
    assert.equal(shardOfNote('referto-tc-torace.txt', 1), 0);
  });
});
