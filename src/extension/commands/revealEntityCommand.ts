import * as vscode from 'vscode';
import { commandTarget } from '../commandTarget';
import type { Container } from '../container';

/** Tree click: brings the note to front and selects the entity's span. */
export function registerRevealEntityCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.revealEntity', async (arg?: unknown) => {
    const target = await commandTarget(arg);
    if (target?.ref) c.review.select(target.editor, target.ref);
  });
}
