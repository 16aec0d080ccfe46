import { LABELS, type Label } from '../../engine/entity';
import { pickWithKey } from './keyedPick';

const KEYS: Record<Label, string> = { PROBLEM: 'p', TEST: 't', TREATMENT: 'r' };
const DETAILS: Record<Label, string> = {
  PROBLEM: 'diagnosis, symptom, finding',
  TEST: 'examination, lab test, measurement',
  TREATMENT: 'drug, procedure, therapy',
};

/** A quick pick of the labels in which one key picks at once: P, T or R. */
export function pickLabel(title: string, current?: Label): Promise<Label | undefined> {
  return pickWithKey(
    title,
    'P = PROBLEM, T = TEST, R = TREATMENT',
    LABELS.map((value) => ({ value, key: KEYS[value], label: value, description: value === current ? '(current)' : DETAILS[value] })),
  );
}
