import { createHash } from 'node:crypto';

/**
 * The half of the out-of-style set a note belongs to, by id hash: `fit` notes may tune how layers
 * are combined (training/fitMerge.ts), `held-out` notes are only ever scored. A module of its own
 * so that the benchmarks can bundle it without compileNotes.ts, whose command line would run.
 */
export function oosPart(id: string): 'fit' | 'held-out' {
  return createHash('sha256').update(`oos:${id}`).digest().readUInt32BE(0) % 2 === 0 ? 'fit' : 'held-out';
}
