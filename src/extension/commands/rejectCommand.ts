import * as vscode from 'vscode';
import type { Container } from '../container';
import { withItem } from './itemCommand';

export function registerRejectCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.reject', (arg?: unknown) => withItem(c, arg, (editor, item) => c.review.reject(editor, item))),
    vscode.commands.registerCommand('clinicalNer.rejectAndNext', (arg?: unknown) => withItem(c, arg, async (editor, item) => {
      await c.review.reject(editor, item);
      c.review.advance(editor, item);
    })),
  ];
}
