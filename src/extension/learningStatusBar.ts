import * as vscode from 'vscode';
import type { EngineService } from './engineService';
import type { LearningService } from './learningService';

/** What the workspace learned ("12 terms · adapted on 8 notes", or a fit's progress); the tooltip has each label's check. */
export class LearningStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clinicalNer.learning', vscode.StatusBarAlignment.Left, 49);
  private readonly subscriptions: vscode.Disposable[] = [];
  private details: string[] = [];

  constructor(
    private readonly learning: LearningService,
    engine: EngineService,
  ) {
    this.item.name = 'Clinical NER: learning';
    this.item.command = 'clinicalNer.adaptNow';
    this.subscriptions.push(this.item, learning.onDidChangeStatus(() => this.update()), engine.onDidChangeState(() => this.update()));
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  /** The tooltip's lines, as plain text. */
  get tooltip(): string {
    return this.details.join('\n');
  }

  update(): void {
    if (!this.learning.enabled) {
      this.item.hide();
      this.item.text = '';
      this.details = [];
      return;
    }
    const status = this.learning.status;
    this.details = status.details;
    this.item.text = `${status.adapting ? '$(sync~spin)' : '$(mortar-board)'} ${status.text}`;
    const md = new vscode.MarkdownString(`**What the suggestions learned from your review**\n\n${status.details.map((d) => `- ${d}`).join('\n')}\n\n`, true);
    md.appendMarkdown('[Adapt to My Review Now](command:clinicalNer.adaptNow) · [Clear What Was Learned](command:clinicalNer.clearLearned)');
    md.isTrusted = { enabledCommands: ['clinicalNer.adaptNow', 'clinicalNer.clearLearned'] };
    this.item.tooltip = md;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
