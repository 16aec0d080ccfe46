import * as vscode from 'vscode';
import type { ReviewItem } from '../../gold/review/reviewItem';
import { commandTarget } from '../commandTarget';
import type { Container } from '../container';

/** Resolves the editor and the item a review command acts on; tells the user when there is none. */
export async function withItem(
  c: Container,
  arg: unknown,
  action: (editor: vscode.TextEditor, item: ReviewItem) => Promise<unknown>,
): Promise<unknown> {
  const target = await commandTarget(arg);
  if (!target) return undefined;
  const item = c.review.target(target.editor, target.ref);
  if (!item) {
    void vscode.window.setStatusBarMessage('Clinical NER: no entity at the cursor', 3000);
    return undefined;
  }
  return action(target.editor, item);
}
