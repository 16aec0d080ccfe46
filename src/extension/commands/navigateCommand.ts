import * as vscode from 'vscode';
import type { Container } from '../container';
import { NOTHING_TO_REVIEW } from './itemCommand';

export function registerNavigateCommands(c: Container): vscode.Disposable[] {
  const go = (direction: 'next' | 'previous') => () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const item = c.review.reveal(editor, direction);
    if (!item) void vscode.window.setStatusBarMessage(NOTHING_TO_REVIEW, 3000);
    return item && { start: item.start, end: item.end, label: item.label };
  };
  return [
    vscode.commands.registerCommand('clinicalNer.nextSuggestion', go('next')),
    vscode.commands.registerCommand('clinicalNer.previousSuggestion', go('previous')),
  ];
}
