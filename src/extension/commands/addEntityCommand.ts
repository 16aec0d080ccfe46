import * as vscode from 'vscode';
import { labelArg } from '../commandTarget';
import type { Container } from '../container';
import { toSpan } from '../rangeConversion';
import { pickLabel } from './labelPick';

/** Adds the selection as an entity (args `{label}`, or a quick pick where P / T / R picks at once). */
export function registerAddEntityCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.addEntity', async (arg?: unknown) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const span = trimmed(editor.document.getText(), toSpan(editor.document, editor.selection));
    if (span.end <= span.start) {
      void vscode.window.showInformationMessage('Clinical NER: select the words of the entity first.');
      return;
    }
    const label = labelArg(arg) ?? (await pickLabel(`Add "${editor.document.getText().slice(span.start, span.end)}" as…`));
    if (label) await c.review.add(editor, span, label);
  });
}

/** Selections often take a space or punctuation at their ends; an entity does not. */
function trimmed(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /[\s.,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}
