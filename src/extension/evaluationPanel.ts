import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { agreementPageHtml } from '../gold/agreement/agreementPage';
import { renderAgreement, type AgreementReport } from '../gold/agreement/agreementReport';
import type { Evaluation } from '../gold/metrics/evaluate';
import { renderEvaluation } from '../gold/metrics/evaluationReport';
import { evaluationPageHtml, isEvaluationPageMessage, type EvaluationPageMessage, type EvaluationRunInfo } from '../gold/metrics/evaluationPage';

export interface ShownEvaluation {
  evaluation: Evaluation;
  run: EvaluationRunInfo;
}

export interface ShownAgreement {
  report: AgreementReport;
  goldFile: string;
}

type Shown = ({ kind: 'evaluation' } & ShownEvaluation) | ({ kind: 'agreement' } & ShownAgreement);

/**
 * The evaluation view: a webview that shows the last evaluation of a model, or the agreement of
 * the annotators (one panel, reused). Its pages are built by the pure gold/metrics/evaluationPage
 * and gold/agreement/agreementPage; this class only sets them and answers the pages' messages:
 * save the report (Markdown or JSON), open a document, and, for agreement, switch to the notes
 * marked done (through `recomputeAgreement`).
 */
export class EvaluationPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private shownValue: Shown | undefined;
  private html = '';

  constructor(
    private readonly openDocument: (id: string) => Promise<void>,
    private readonly recomputeAgreement: (doneOnly: boolean) => Promise<void>,
  ) {}

  get shown(): ShownEvaluation | undefined {
    return this.shownValue?.kind === 'evaluation' ? this.shownValue : undefined;
  }

  get shownAgreement(): ShownAgreement | undefined {
    return this.shownValue?.kind === 'agreement' ? this.shownValue : undefined;
  }

  /** For the test state: whether the panel is open, its title and page. */
  describe(): { open: boolean; visible: boolean; title?: string; html: string } {
    return { open: !!this.panel, visible: this.panel?.visible ?? false, title: this.panel?.title, html: this.panel ? this.html : '' };
  }

  show(shown: ShownEvaluation): void {
    this.shownValue = { kind: 'evaluation', ...shown };
    const webview = this.reveal(`Evaluation: ${shown.run.model}`);
    this.setHtml(evaluationPageHtml(shown.evaluation, shown.run, this.pageOptions(webview)));
  }

  showAgreement(shown: ShownAgreement): void {
    this.shownValue = { kind: 'agreement', ...shown };
    const webview = this.reveal('Inter-annotator agreement');
    this.setHtml(agreementPageHtml(shown.report, shown.goldFile, this.pageOptions(webview)));
  }

  /** What a click on the page does; `target` (tests only) skips the save dialog. Returns the file written. */
  async handle(message: EvaluationPageMessage, target?: vscode.Uri): Promise<string | undefined> {
    const shown = this.shownValue;
    if (!shown) return undefined;
    if (message.type === 'open') {
      await this.openDocument(message.id);
      return undefined;
    }
    if (message.type === 'doneOnly') {
      if (shown.kind === 'agreement') await this.recomputeAgreement(message.value);
      return undefined;
    }
    const name = shown.kind === 'evaluation' ? `evaluation-${shown.run.model}` : 'agreement';
    const extension = message.format === 'json' ? 'json' : 'md';
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? await vscode.window.showSaveDialog({
      defaultUri: base ? vscode.Uri.joinPath(base, `${name}.${extension}`) : undefined,
      filters: message.format === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
      title: `Save the ${shown.kind} as ${message.format === 'json' ? 'JSON' : 'Markdown'}`,
    });
    if (!uri) return undefined;
    const content = shown.kind === 'evaluation' ? renderEvaluation(shown.evaluation, message.format) : renderAgreement(shown.report, message.format);
    const heading = shown.kind === 'evaluation' ? `## Evaluation of ${shown.run.model} against ${shown.run.goldFile}` : `## Inter-annotator agreement in ${shown.goldFile}`;
    const body = message.format === 'markdown' ? `${heading}\n\n${content}` : content;
    await vscode.workspace.fs.writeFile(uri, Buffer.from(body, 'utf8'));
    void vscode.window.showInformationMessage(`Clinical NER: ${shown.kind} saved to ${uri.fsPath}`);
    return uri.fsPath;
  }

  private reveal(title: string): vscode.Webview {
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
    return this.panel.webview;
  }

  private pageOptions(webview: vscode.Webview): { nonce: string; cspSource: string } {
    return { nonce: randomBytes(16).toString('base64'), cspSource: webview.cspSource };
  }

  private setHtml(html: string): void {
    this.html = html;
    this.panel!.webview.html = html;
  }

  dispose(): void {
    this.panel?.dispose();
    this.panel = undefined;
  }
}
