import * as vscode from 'vscode';
import type { Container } from '../container';
import { withItem } from './itemCommand';

/** clinicalNer.accept and .reject, and their …AndNext forms, which then move to the next entity. */
export function registerDecisionCommands(c: Container): vscode.Disposable[] {
  return (['accept', 'reject'] as const).flatMap((decision) => [
    vscode.commands.registerCommand(`clinicalNer.${decision}`, (arg?: unknown) =>
      withItem(c, arg, (editor, item) => c.review[decision](editor, item)),
    ),
    vscode.commands.registerCommand(`clinicalNer.${decision}AndNext`, (arg?: unknown) =>
      withItem(c, arg, async (editor, item) => {
        await c.review[decision](editor, item);
        c.review.advance(editor, item);
      }),
    ),
  ]);
}
