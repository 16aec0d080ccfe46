import * as vscode from 'vscode';
import { LABELS } from '../../engine/entity';
import { remainingSuggestions, suggestionsOfLabel, suggestionsScoredAtLeast } from '../../gold/review/bulkSelection';
import { labelArg } from '../commandTarget';
import type { Container } from '../container';

function report(count: number, what: string): void {
  void vscode.window.setStatusBarMessage(`Clinical NER: ${what} ${count} suggestion${count === 1 ? '' : 's'} (undo: Ctrl+Alt+Z)`, 4000);
}

export function registerBulkCommands(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer.acceptAllOfLabel', async (arg?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return 0;
      const label = labelArg(arg) ?? (await vscode.window.showQuickPick([...LABELS], { title: 'Accept every suggestion labelled…' }));
      if (!label || !labelArg(label)) return 0;
      const items = suggestionsOfLabel(c.tracker.visibleItems(editor.document), labelArg(label)!);
      const count = await c.review.bulk(editor, items, 'accept', `accept all ${label}`);
      report(count, 'accepted');
      return count;
    }),
    vscode.commands.registerCommand('clinicalNer.acceptAllAboveScore', async (arg?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return 0;
      const given = arg && typeof arg === 'object' ? (arg as { minScore?: unknown }).minScore : arg;
      const threshold = typeof given === 'number' ? given : Number(await vscode.window.showInputBox({
        title: 'Accept every suggestion scored at least…',
        value: '0.9',
        validateInput: (v) => (Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 1 ? undefined : 'a number between 0 and 1'),
      }) ?? NaN);
      if (!Number.isFinite(threshold)) return 0;
      const items = suggestionsScoredAtLeast(c.tracker.visibleItems(editor.document), threshold);
      const count = await c.review.bulk(editor, items, 'accept', `accept all scored ≥ ${threshold}`);
      report(count, 'accepted');
      return count;
    }),
    vscode.commands.registerCommand('clinicalNer.rejectAllRemaining', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return 0;
      const items = remainingSuggestions(c.tracker.visibleItems(editor.document));
      const count = await c.review.bulk(editor, items, 'reject', 'reject all remaining');
      report(count, 'rejected');
      return count;
    }),
  ];
}
