import { isLabel, LABELS, type Label } from '../engine/entity';
import { UsageError } from './cliIo';

/** `--labels PROBLEM,TEST`: every label when absent; a usage error names any unknown one. */
export function parseLabelsOption(value: string | undefined): Label[] {
  const labels = value === undefined ? [...LABELS] : value.split(',').map((l) => l.trim());
  const unknown = labels.filter((l) => !isLabel(l));
  if (unknown.length > 0 || labels.length === 0) throw new UsageError(`--labels: unknown label(s) ${unknown.join(', ')}; use ${LABELS.join(', ')}`);
  return labels as Label[];
}
