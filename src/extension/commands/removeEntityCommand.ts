import * as vscode from 'vscode';
import type { Container } from '../container';
import { withItem } from './itemCommand';

/** Removes the entity at the cursor: a gold span leaves gold, a suggestion is rejected. */
export function registerRemoveEntityCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.removeEntity', (arg?: unknown) => withItem(c, arg, (editor, item) => c.review.reject(editor, item)));
}
