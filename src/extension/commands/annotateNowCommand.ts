import * as vscode from 'vscode';
import type { Container } from '../container';

export function registerAnnotateNowCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.annotateNow', async () => {
    if (c.engine.state.kind === 'failed') await c.engine.reload();
    const editor = vscode.window.activeTextEditor;
    if (editor) await c.tracker.annotateNow(editor.document);
  });
}
