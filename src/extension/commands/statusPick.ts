import { ASSERTIONS, isAssertion, type Assertion } from '../../engine/entity';
import { STATUS_MEANING } from '../assertionText';
import { pickWithKey } from './keyedPick';

/** One key per status, from its Italian or English name where they agree: P, N, U, H, S (storico), F. */
const KEYS: Record<Assertion, string> = { present: 'p', negated: 'n', uncertain: 'u', hypothetical: 'h', historical: 's', family: 'f' };

/** A quick pick of the statuses in which one key picks at once. */
export function pickAssertion(title: string, current: Assertion): Promise<Assertion | undefined> {
  return pickWithKey(
    title,
    ASSERTIONS.map((a) => `${KEYS[a].toUpperCase()} = ${a}`).join(', '),
    ASSERTIONS.map((value) => ({ value, key: KEYS[value], label: value, description: value === current ? '(current)' : STATUS_MEANING[value] })),
  );
}

/** A status passed as `{assertion}` (keybinding args) or as a plain string. */
export function assertionArg(value: unknown): Assertion | undefined {
  const raw = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { assertion?: unknown }).assertion : undefined;
  return typeof raw === 'string' && isAssertion(raw) ? raw : undefined;
}
