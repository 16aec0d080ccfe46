import * as vscode from 'vscode';
import { labelArg } from '../commandTarget';
import type { Container } from '../container';
import { withItem } from './itemCommand';
import { pickLabel } from './labelPick';

/** Relabels the entity at the cursor or the one passed: the new label from `{label}` (the 1/2/3 keys), a second argument, or a quick pick. */
export function registerChangeLabelCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.changeLabel', (arg?: unknown, labelArgument?: unknown) => {
    // an entity (hover, code action, tree) names the target, and its `label` is the current one
    const namesEntity = !!arg && typeof arg === 'object' && ('uri' in arg || 'entity' in arg);
    const label = labelArg(labelArgument) ?? (namesEntity ? undefined : labelArg(arg));
    const target = namesEntity ? arg : undefined;
    return withItem(c, target, async (editor, item) => {
      const chosen = label ?? (await pickLabel(`Change the label of "${item.text}"`, item.label));
      if (chosen && !(await c.review.relabel(editor, item, chosen))) {
        void vscode.window.setStatusBarMessage(`Clinical NER: "${item.text}" is ${chosen} already; nothing recorded`, 3000);
      }
    });
  });
}
