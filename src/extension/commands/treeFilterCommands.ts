import * as vscode from 'vscode';
import type { Container } from '../container';

export function registerTreeFilterCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.showUnreviewedOnly', () => c.tree.setFilter('unreviewed')),
    vscode.commands.registerCommand('clinicalNer.showAllEntities', () => c.tree.setFilter('all')),
  ];
}
