/** Median wall time in milliseconds of `runs` calls, after `warmup` calls that are not counted. */
export async function medianMs(action: () => Promise<unknown> | unknown, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await action();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One benchmark's outcome: its figures, the ratio to its baseline, and the target it must meet. */
export interface BenchResult {
  name: string;
  figures: Record<string, string>;
  ratio?: number;
  target: string;
  met: boolean;
  /** Markdown shown under the figures in bench/RESULTS.md (a table too wide for the summary). */
  details?: string;
}
