import * as vscode from 'vscode';

export interface KeyedChoice<T> {
  value: T;
  /** One lower-case letter: typing it picks the choice at once. */
  key: string;
  label: string;
  description?: string;
}

/** A quick pick in which one key picks at once (Enter on a highlighted item too); undefined when dismissed. */
export function pickWithKey<T>(title: string, placeholder: string, choices: readonly KeyedChoice<T>[]): Promise<T | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.items = choices.map((c) => ({ value: c.value, label: `${c.key.toUpperCase()}  ${c.label}`, description: c.description }));
    let done = false;
    const finish = (value: T | undefined) => {
      if (done) return;
      done = true;
      pick.hide();
      pick.dispose();
      resolve(value);
    };
    pick.onDidChangeValue((typed) => {
      const choice = choices.find((c) => c.key === typed.trim().toLowerCase());
      if (choice) finish(choice.value);
    });
    pick.onDidAccept(() => finish(pick.selectedItems[0]?.value));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}
