import type { BatchProgress } from './batchAnnotator';

/**
 * The parts of a batch run's progress as a person reads them, for the command line's progress line
 * and the extension's notification, which join them each in its own way.
 */
export interface ProgressParts {
  /** "1200/2000 notes" */
  count: string;
  /** "300 already done" when the run resumed an earlier one */
  resumed: string | undefined;
  /** "45 notes/s" once a note is done */
  rate: string | undefined;
  /** "3 failed" when some failed */
  failures: string | undefined;
  /** "18s", "3m05s", "4h12m" while notes are left and a rate is known */
  eta: string | undefined;
}

export function progressParts(p: BatchProgress): ProgressParts {
  return {
    count: `${p.done}/${p.total} notes`,
    resumed: p.skipped > 0 ? `${p.skipped} already done` : undefined,
    rate: p.notesPerSecond > 0 ? `${p.notesPerSecond.toFixed(p.notesPerSecond < 10 ? 1 : 0)} notes/s` : undefined,
    failures: p.failed > 0 ? `${p.failed} failed` : undefined,
    eta: p.etaSeconds !== undefined && p.done < p.total ? formatDuration(p.etaSeconds) : undefined,
  };
}

/** "45s", "3m05s", "4h12m", "3d04h": an archive's run takes days. */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  if (s < 86_400) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  return `${Math.floor(s / 86_400)}d${String(Math.floor((s % 86_400) / 3600)).padStart(2, '0')}h`;
}
