import * as vscode from 'vscode';
import type { Container } from '../container';

/**
 * Shows another annotator's spans beside one's own, or hides them: with an annotator's name as
 * argument, theirs; else a pick among the gold file's other annotators (the only one, at once).
 * Returns who is shown.
 */
export function registerOtherAnnotatorCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.showOtherAnnotator', async (arg?: unknown) => {
      await c.gold.ready();
      const others = c.gold.allAnnotators().filter((a) => a !== c.gold.annotator);
      const named = typeof arg === 'string' ? arg : undefined;
      if (others.length === 0 && !named) {
        void vscode.window.showInformationMessage(`Clinical NER: nobody but ${c.gold.annotator} has decisions in ${c.gold.file}.`);
        return undefined;
      }
      const chosen = named ?? (others.length === 1 ? others[0] : await vscode.window.showQuickPick(others, { title: "Show whose spans beside yours?" }));
      if (chosen) c.otherAnnotator.show(chosen);
      return c.otherAnnotator.shown;
    }),
    vscode.commands.registerCommand('clinicalNer.hideOtherAnnotator', () => {
      c.otherAnnotator.show(undefined);
      return undefined;
    }),
  ];
}
