import { createHash } from 'node:crypto';

/**
 * One part of a sharded run: the notes whose id hashes to `index` out of `count`. `index` counts
 * from 0, as Slurm's SLURM_ARRAY_TASK_ID (with --array=0-(N-1)) and Kubernetes'
 * JOB_COMPLETION_INDEX do, so a job script passes its own index unchanged.
 */
export interface Shard {
  index: number;
  count: number;
}

/** A --shard value that is not K/N with 0 ≤ K < N. */
export class ShardSpecError extends Error {
  override name = 'ShardSpecError';
}

export function parseShard(spec: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!match) throw new ShardSpecError(`--shard must be K/N (e.g. 0/8), not "${spec}"`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new ShardSpecError(`--shard ${spec}: N must be at least 1`);
  if (index >= count) throw new ShardSpecError(`--shard ${spec}: K counts from 0, so it must be below N (0 to ${count - 1})`);
  return { index, count };
}

/**
 * The shard a note belongs to among `count`: from a hash of its id alone, so that adding notes to
 * an archive never moves a note already annotated to another shard, and any machine computes the
 * same split without a shared list.
 */
export function shardOfNote(id: string, count: number): number {
  const digest = createHash('sha256').update(id, 'utf8').digest();
  // 48 bits of the hash: the modulo's bias is below 2^-40 for any realistic shard count
  return digest.readUIntBE(0, 6) % count;
}

export function isInShard(id: string, shard: Shard): boolean {
  return shardOfNote(id, shard.count) === shard.index;
}
