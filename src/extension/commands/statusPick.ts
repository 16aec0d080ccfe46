import * as vscode from 'vscode';
import { ASSERTIONS, isAssertion, type Assertion } from '../../engine/entity';
import { STATUS_MEANING } from '../assertionText';

/** One key per status, from its Italian or English name where they agree: P, N, U, H, S (storico), F. */
const KEYS: Record<Assertion, string> = { present: 'p', negated: 'n', uncertain: 'u', hypothetical: 'h', historical: 's', family: 'f' };

/** A quick pick of the statuses in which one key picks at once. */
export function pickAssertion(title: string, current: Assertion): Promise<Assertion | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: Assertion }>();
    pick.title = title;
    pick.placeholder = ASSERTIONS.map((a) => `${KEYS[a].toUpperCase()} = ${a}`).join(', ');
    pick.items = ASSERTIONS.map((value) => ({ value, label: `${KEYS[value].toUpperCase()}  ${value}`, description: value === current ? '(current)' : STATUS_MEANING[value] }));
    let done = false;
    const finish = (assertion: Assertion | undefined) => {
      if (done) return;
      done = true;
      pick.hide();
      pick.dispose();
      resolve(assertion);
    };
    pick.onDidChangeValue((value) => {
      const assertion = ASSERTIONS.find((a) => KEYS[a] === value.trim().toLowerCase());
      if (assertion) finish(assertion);
    });
    pick.onDidAccept(() => finish(pick.selectedItems[0]?.value));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}

/** A status passed as `{assertion}` (keybinding args) or as a plain string. */
export function assertionArg(value: unknown): Assertion | undefined {
  const raw = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { assertion?: unknown }).assertion : undefined;
  return typeof raw === 'string' && isAssertion(raw) ? raw : undefined;
}
