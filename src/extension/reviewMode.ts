import * as vscode from 'vscode';
import type { DocumentTracker } from './documentTracker';

/**
 * The context keys the keybindings depend on: `clinicalNer.reviewMode` (single-key review) and
 * `clinicalNer.hasEntities` (the active editor shows entities, for the always-on bindings).
 */
export class ReviewModeService implements vscode.Disposable {
  private activeValue = false;
  private hasEntities: boolean | undefined;
  private readonly emitter = new vscode.EventEmitter<boolean>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly tracker: DocumentTracker) {
    this.subscriptions.push(
      tracker.onDidChangeItems(() => this.updateHasEntities()),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateHasEntities()),
    );
    void vscode.commands.executeCommand('setContext', 'clinicalNer.reviewMode', false);
    this.updateHasEntities();
  }

  get active(): boolean {
    return this.activeValue;
  }

  async set(active: boolean): Promise<void> {
    this.activeValue = active;
    await vscode.commands.executeCommand('setContext', 'clinicalNer.reviewMode', active);
    this.emitter.fire(active);
  }

  private updateHasEntities(): void {
    const editor = vscode.window.activeTextEditor;
    const value = !!editor && this.tracker.visibleItems(editor.document).length > 0;
    if (value === this.hasEntities) return;
    this.hasEntities = value;
    void vscode.commands.executeCommand('setContext', 'clinicalNer.hasEntities', value);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}
