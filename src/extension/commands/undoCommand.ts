import * as vscode from 'vscode';
import type { Container } from '../container';

export function registerUndoCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.undo', async () => {
    const description = await c.review.undo();
    void vscode.window.setStatusBarMessage(description ? `Clinical NER: undone: ${description}` : 'Clinical NER: nothing to undo', 3000);
    return description;
  });
}
