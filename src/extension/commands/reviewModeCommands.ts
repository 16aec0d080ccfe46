import * as vscode from 'vscode';
import type { Container } from '../container';
import { NOTHING_TO_REVIEW } from './itemCommand';

export function registerReviewModeCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.toggleReviewMode', async () => {
      await c.reviewMode.set(!c.reviewMode.active);
      const editor = vscode.window.activeTextEditor;
      if (c.reviewMode.active && editor && !c.review.startReview(editor)) {
        const session = c.tracker.session(editor.document);
        const annotating = session && (session.running || session.timer);
        void vscode.window.setStatusBarMessage(annotating ? 'Clinical NER: the note is being annotated; press n when its suggestions appear' : NOTHING_TO_REVIEW, 3000);
      }
      return c.reviewMode.active;
    }),
    vscode.commands.registerCommand('clinicalNer.exitReviewMode', () => c.reviewMode.set(false)),
  ];
}
