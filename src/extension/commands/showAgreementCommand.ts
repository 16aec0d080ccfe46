import * as vscode from 'vscode';
import { LABELS } from '../../engine/entity';
import { agreementReport, type AgreementReport } from '../../gold/agreement/agreementReport';
import { ratersOf } from '../../gold/agreement/rater';
import type { Container } from '../container';

/**
 * "Show Inter-Annotator Agreement": the agreement of every annotator of the workspace gold file
 * (as `clinical-ner agree` computes it), in the evaluation view; `{doneOnly}` compares only the
 * notes everyone marked done, `{show: false}` only returns the report (tests).
 */
export function registerShowAgreementCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.showAgreement', async (arg?: { doneOnly?: boolean; show?: boolean }): Promise<AgreementReport | undefined> => {
    await c.gold.ready();
    await c.gold.flushNow();
    const raters = ratersOf([{ file: c.gold.file, documents: c.gold.allDocuments() }], LABELS);
    if (raters.length < 2) {
      const who = raters.length === 1 ? `only ${raters[0]!.name} has` : 'nobody has';
      void vscode.window.showInformationMessage(`Clinical NER: agreement needs two annotators; ${who} decisions in ${c.gold.file}. Import a colleague's annotations, or have them review with their own clinicalNer.annotator.`);
      return undefined;
    }
    const report = agreementReport(raters, { labels: LABELS, doneOnly: arg?.doneOnly === true });
    if (arg?.show !== false) c.evaluationPanel.showAgreement({ report, goldFile: vscode.workspace.asRelativePath(c.gold.file, false) });
    return report;
  });
}
