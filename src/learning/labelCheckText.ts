import type { Label } from '../engine/entity';
import type { LabelCheck } from '../engine/learned/fittedLayer';

const pct = (x: number) => (x * 100).toFixed(1);

/**
 * One label's cross-validated self-evaluation in a line, base then adapted, and whether the fit is
 * used: "PROBLEM: 5-fold check on 8 notes, base strict 70.1 / overlap 84.0, adapted 78.2 / 90.3 → adapted".
 */
export function labelCheckText(label: Label, check: LabelCheck): string {
  const base = `base strict ${pct(check.base.strict)} / overlap ${pct(check.base.overlap)}`;
  const adapted = check.adapted ? `, adapted ${pct(check.adapted.strict)} / ${pct(check.adapted.overlap)}` : '';
  return `${label}: ${check.folds}-fold check on ${check.notes} notes, ${base}${adapted} → ${check.used ? 'adapted' : `base kept (${check.reason})`}`;
}
