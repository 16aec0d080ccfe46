import { parseShard, ShardSpecError, type Shard } from '../engine/batch/noteShard';
import { UsageError } from './cliIo';

/** `--shard K/N`, or undefined without it; a malformed value is a usage error. */
export function parseShardOption(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  try {
    return parseShard(value);
  } catch (error) {
    if (error instanceof ShardSpecError) throw new UsageError(error.message);
    throw error;
  }
}
