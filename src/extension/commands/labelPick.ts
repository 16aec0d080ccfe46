import * as vscode from 'vscode';
import { LABELS, type Label } from '../../engine/entity';

const KEYS: Record<Label, string> = { PROBLEM: 'p', TEST: 't', TREATMENT: 'r' };
const DETAILS: Record<Label, string> = {
  PROBLEM: 'diagnosis, symptom, finding',
  TEST: 'examination, lab test, measurement',
  TREATMENT: 'drug, procedure, therapy',
};

/** A quick pick of the labels in which one key picks at once: P, T or R. */
export function pickLabel(title: string, current?: Label): Promise<Label | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: Label }>();
    pick.title = title;
    pick.placeholder = 'P = PROBLEM, T = TEST, R = TREATMENT';
    pick.items = LABELS.map((value) => ({ value, label: `${KEYS[value].toUpperCase()}  ${value}`, description: value === current ? '(current)' : DETAILS[value] }));
    let done = false;
    const finish = (label: Label | undefined) => {
      if (done) return;
      done = true;
      pick.hide();
      pick.dispose();
      resolve(label);
    };
    pick.onDidChangeValue((value) => {
      const label = LABELS.find((l) => KEYS[l] === value.trim().toLowerCase());
      if (label) finish(label);
    });
    pick.onDidAccept(() => finish(pick.selectedItems[0]?.value));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
