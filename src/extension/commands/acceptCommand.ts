import * as vscode from 'vscode';
import type { Container } from '../container';
import { withItem } from './itemCommand';

export function registerAcceptCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.accept', (arg?: unknown) => withItem(c, arg, (editor, item) => c.review.accept(editor, item))),
    vscode.commands.registerCommand('clinicalNer.acceptAndNext', (arg?: unknown) => withItem(c, arg, async (editor, item) => {
      await c.review.accept(editor, item);
      c.review.advance(editor, item);
    })),
  ];
}
