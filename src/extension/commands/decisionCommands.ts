import * as vscode from 'vscode';
import type { Container } from '../container';
import { withItem } from './itemCommand';

/**
 * clinicalNer.accept and .reject, and their …AndNext forms (the `a` and `x` review keys), which
 * then move to the next entity; with no entity at the cursor, those only move to the next one: a
 * suggestion is never decided before the reviewer has seen it selected.
 */
export function registerDecisionCommands(c: Container): vscode.Disposable[] {
  return (['accept', 'reject'] as const).flatMap((decision) => [
    vscode.commands.registerCommand(`clinicalNer.${decision}`, (arg?: unknown) =>
      withItem(c, arg, (editor, item) => c.review[decision](editor, item)),
    ),
    vscode.commands.registerCommand(`clinicalNer.${decision}AndNext`, (arg?: unknown) =>
      withItem(c, arg, async (editor, item) => {
        await c.review[decision](editor, item);
        c.review.advance(editor, item);
      }, true),
    ),
  ]);
}
