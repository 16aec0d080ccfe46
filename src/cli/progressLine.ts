import type { BatchProgress } from '../engine/batch/batchAnnotator';
import type { Shard } from '../engine/batch/noteShard';
import { progressParts } from '../engine/batch/progressText';

/**
 * "annotated 1200/2000 notes, 45 notes/s, 2 failed, eta 18s"; a shard's line starts with
 * "shard 3/8: ", so that the per-shard logs of a cluster run say which part they are.
 */
export function progressLine(p: BatchProgress, shard?: Shard): string {
  const parts = progressParts(p);
  const prefix = shard ? `shard ${shard.index}/${shard.count}: ` : '';
  const rest = [parts.rate, parts.failures, parts.eta && `eta ${parts.eta}`].filter((s) => s !== undefined);
  return `${prefix}annotated ${parts.count}${parts.resumed ? ` (${parts.resumed})` : ''}${rest.map((s) => `, ${s}`).join('')}`;
}

/**
 * Seconds between two progress lines: every second on a terminal; in a log file (a cluster job's
 * output, a run of days) every 30 seconds, which is 3,000 lines a day rather than 86,000.
 */
export function progressInterval(stream: NodeJS.WritableStream): number {
  return (stream as { isTTY?: boolean }).isTTY === true ? 1 : 30;
}
