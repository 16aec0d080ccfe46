import * as vscode from 'vscode';
import type { Container } from '../container';

export function registerReviewModeCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.toggleReviewMode', async () => {
      await c.reviewMode.set(!c.reviewMode.active);
      return c.reviewMode.active;
    }),
    vscode.commands.registerCommand('clinicalNer.exitReviewMode', () => c.reviewMode.set(false)),
  ];
}
