import type * as vscode from 'vscode';
import { Container } from './container';

export function activate(context: vscode.ExtensionContext): void {
  new Container(context);
}

export function deactivate(): void {}
