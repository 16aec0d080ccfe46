import * as vscode from 'vscode';
import { summarize } from '../gold/review/reviewTree';
import type { DocumentTracker } from './documentTracker';
import type { EngineService } from './engineService';
import type { GoldService } from './goldService';
import type { ReviewModeService } from './reviewMode';

/** Model name, entity counts and review progress of the active note; a click annotates it again. */
export class StatusBarController implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clinicalNer.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly engine: EngineService,
    private readonly tracker: DocumentTracker,
    private readonly reviewMode: ReviewModeService,
    private readonly gold: GoldService,
  ) {
    this.item.name = 'Clinical NER';
    this.item.command = 'clinicalNer.annotateNow';
    this.subscriptions.push(
      this.item,
      engine.onDidChangeState(() => this.update()),
      tracker.onDidChangeItems(() => this.update()),
      reviewMode.onDidChange(() => this.update()),
      gold.onDidChangeExternally(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : this.item.tooltip?.value ?? '';
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const session = editor && this.tracker.session(editor.document);
    const state = this.engine.state;
    const mode = this.reviewMode.active ? ' $(eye) REVIEW' : '';
    this.item.backgroundColor = undefined;
    if (state.kind === 'failed' || state.kind === 'crashed') {
      this.item.text = `$(error) Clinical NER: ${state.kind === 'failed' ? 'model error' : 'engine stopped'}${mode}`;
      this.item.tooltip = `${this.engine.lastError ?? state.message}\nThe editor keeps working; click to try again.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      this.item.show();
      return;
    }
    if (!session) {
      this.item.hide();
      return;
    }
    const model = state.kind === 'ready' ? state.info.modelName : state.kind === 'loading' ? 'loading…' : '…';
    const summary = summarize(this.tracker.visibleItems(editor.document));
    const counts = `P ${summary.byLabel.PROBLEM} · T ${summary.byLabel.TEST} · R ${summary.byLabel.TREATMENT}`;
    const busy = session.running || session.timer ? '$(sync~spin)' : '$(beaker)';
    const done = this.gold.isDone(session.docId);
    this.item.text = `${busy} ${model} | ${counts} | ${summary.reviewed}/${summary.total} reviewed${done ? ' $(pass) done' : ''}${mode}`;
    this.item.tooltip = `Clinical NER: model ${model}; PROBLEM ${summary.byLabel.PROBLEM}, TEST ${summary.byLabel.TEST}, TREATMENT ${summary.byLabel.TREATMENT}; ${summary.reviewed} of ${summary.total} reviewed by ${this.gold.annotator}${done ? ', who marked the note done' : ''}. Click to annotate again.`;
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
