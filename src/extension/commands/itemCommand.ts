import * as vscode from 'vscode';
import type { ReviewItem } from '../../gold/review/reviewItem';
import { commandTarget } from '../commandTarget';
import type { Container } from '../container';

export const NOTHING_TO_REVIEW = 'Clinical NER: nothing left to review in this note';

/**
 * Resolves the editor and the item a review command acts on; tells the user when there is none.
 * With `orNext`, a command given no entity and with none at the cursor moves to the next
 * suggestion instead, so that the review keys always lead to something to review.
 */
export async function withItem(
  c: Container,
  arg: unknown,
  action: (editor: vscode.TextEditor, item: ReviewItem) => Promise<unknown>,
  orNext = false,
): Promise<unknown> {
  const target = await commandTarget(arg);
  if (!target) return undefined;
  const item = c.review.target(target.editor, target.ref);
  if (!item && orNext && !target.ref) {
    if (!c.review.reveal(target.editor, 'next')) void vscode.window.setStatusBarMessage(NOTHING_TO_REVIEW, 3000);
    return undefined;
  }
  if (!item) {
    void vscode.window.setStatusBarMessage('Clinical NER: no entity at the cursor', 3000);
    return undefined;
  }
  return action(target.editor, item);
}
