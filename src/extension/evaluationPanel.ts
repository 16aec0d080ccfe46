import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Evaluation } from '../gold/metrics/evaluate';
import { renderEvaluation } from '../gold/metrics/evaluationReport';
import { evaluationPageHtml, isEvaluationPageMessage, type EvaluationPageMessage, type EvaluationRunInfo } from '../gold/metrics/evaluationPage';

export interface ShownEvaluation {
  evaluation: Evaluation;
  run: EvaluationRunInfo;
}

/**
 * The webview that shows the last evaluation (one panel, reused). The page is built by the pure
 * gold/metrics/evaluationPage; this class only sets it and answers the page's two messages: save
 * the report (Markdown or JSON, from renderEvaluation) and open a document.
 */
export class EvaluationPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shownValue: ShownEvaluation | undefined;
  private html = '';

  constructor(private readonly openDocument: (id: string) => Promise<void>) {}

  get shown(): ShownEvaluation | undefined {
    return this.shownValue;
  }

  /** For the test state: whether the panel is open, its title and page. */
  describe(): { open: boolean; visible: boolean; title?: string; html: string } {
    return { open: !!this.panel, visible: this.panel?.visible ?? false, title: this.panel?.title, html: this.panel ? this.html : '' };
  }

  show(shown: ShownEvaluation): void {
    this.shownValue = shown;
    const title = `Evaluation: ${shown.run.model}`;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('clinicalNer.evaluation', title, vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isEvaluationPageMessage(message)) void this.handle(message);
      });
    } else {
      this.panel.title = title;
      this.panel.reveal();
    }
    this.html = evaluationPageHtml(shown.evaluation, shown.run, { nonce: randomBytes(16).toString('base64'), cspSource: this.panel.webview.cspSource });
    this.panel.webview.html = this.html;
  }

  /** What a click on the page does; `target` (tests only) skips the save dialog. Returns the file written. */
  async handle(message: EvaluationPageMessage, target?: vscode.Uri): Promise<string | undefined> {
    const shown = this.shownValue;
    if (!shown) return undefined;
    if (message.type === 'open') {
      await this.openDocument(message.id);
      return undefined;
    }
    const extension = message.format === 'json' ? 'json' : 'md';
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? await vscode.window.showSaveDialog({
      defaultUri: base ? vscode.Uri.joinPath(base, `evaluation-${shown.run.model}.${extension}`) : undefined,
      filters: message.format === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
      title: `Save the evaluation as ${message.format === 'json' ? 'JSON' : 'Markdown'}`,
    });
    if (!uri) return undefined;
    const content = renderEvaluation(shown.evaluation, message.format);
    const body = message.format === 'markdown' ? `## Evaluation of ${shown.run.model} against ${shown.run.goldFile}\n\n${content}` : content;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(body, 'utf8'));
    void vscode.window.showInformationMessage(`Clinical NER: evaluation saved to ${uri.fsPath}`);
    return uri.fsPath;
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }
}
