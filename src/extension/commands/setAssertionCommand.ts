import * as vscode from 'vscode';
import type { Container } from '../container';
import { withItem } from './itemCommand';
import { assertionArg, pickAssertion } from './statusPick';

/**
 * Sets the status (present, negated, uncertain, hypothetical, historical, family) of the entity at
 * the cursor or the one passed: from a second argument, `{assertion}`, or a quick pick. The entity
 * goes into gold with that status.
 */
export function registerSetAssertionCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.setAssertion', (arg?: unknown, assertionArgument?: unknown) => {
    const namesEntity = !!arg && typeof arg === 'object' && ('uri' in arg || 'entity' in arg);
    const given = assertionArg(assertionArgument) ?? (namesEntity ? undefined : assertionArg(arg));
    return withItem(c, namesEntity ? arg : undefined, async (editor, item) => {
      const chosen = given ?? (await pickAssertion(`Status of "${item.text}"`, item.assertion ?? 'present'));
      if (chosen && !(await c.review.setAssertion(editor, item, chosen))) {
        void vscode.window.setStatusBarMessage(`Clinical NER: "${item.text}" is ${chosen} in gold already; nothing recorded`, 3000);
      }
    });
  });
}
