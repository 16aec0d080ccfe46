import * as vscode from 'vscode';
import type { Container } from '../container';
import { NOTHING_TO_REVIEW } from './itemCommand';

export function registerReviewModeCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.toggleReviewMode', async () => {
      await c.reviewMode.set(!c.reviewMode.active);
      const editor = vscode.window.activeTextEditor;
      if (c.reviewMode.active && editor && !c.review.startReview(editor)) void vscode.window.setStatusBarMessage(NOTHING_TO_REVIEW, 3000);
      return c.reviewMode.active;
    }),
    vscode.commands.registerCommand('clinicalNer.exitReviewMode', () => c.reviewMode.set(false)),
  ];
}
