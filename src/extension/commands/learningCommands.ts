import * as vscode from 'vscode';
import type { Container } from '../container';
import type { AdaptOutcome } from '../learningService';

/**
 * "Adapt to My Review Now" (fits the layer in the background; the status bar follows it) and
 * "Clear What Was Learned" (after a confirmation; `{confirmed: true}` skips it, for keybindings and tests).
 */
export function registerLearningCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.adaptNow', async (): Promise<AdaptOutcome> => {
      const outcome = await c.learning.adaptNow();
      if (outcome.kind === 'adapted') {
        const what = outcome.labels.length > 0 ? `adapted on ${outcome.notes} notes (${outcome.labels.join(', ')})` : `checked on ${outcome.notes} notes: the base model scored as well, so it is kept`;
        void vscode.window.showInformationMessage(`Clinical NER: ${what}; the status bar's tooltip has the check of each label.`);
      } else if (outcome.kind === 'nothing') {
        void vscode.window.showInformationMessage(`Clinical NER: ${outcome.message}.`);
      } else if (outcome.kind === 'off') {
        void vscode.window.showInformationMessage('Clinical NER: learning from your review is off (clinicalNer.learning.enabled).');
      }
      return outcome;
    }),
    vscode.commands.registerCommand('clinicalNer.clearLearned', async (arg?: { confirmed?: boolean }): Promise<boolean> => {
      if (!arg?.confirmed) {
        const choice = await vscode.window.showWarningMessage(
          'Forget what the suggestions learned from your decisions until now? The gold file keeps every decision.',
          { modal: true },
          'Clear What Was Learned',
        );
        if (!choice) return false;
      }
      try {
        await c.learning.clear();
      } catch (error) {
        void vscode.window.showErrorMessage(`Clinical NER: what was learned could not be cleared: ${(error as Error).message}`);
        return false;
      }
      void vscode.window.setStatusBarMessage('Clinical NER: what was learned is cleared; new decisions teach again', 5000);
      return true;
    }),
  ];
}
