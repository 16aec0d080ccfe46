import * as vscode from 'vscode';
import { needsReview } from '../gold/review/reviewItem';
import { entityArg } from './commandTarget';
import type { DocumentTracker } from './documentTracker';
import { toSpan } from './rangeConversion';

/** Accept / Reject / Change label / Status for the entities at the cursor, in the light-bulb menu. */
export class EntityCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.QuickFix.append('clinicalNer');

  constructor(private readonly tracker: DocumentTracker) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.tracker.session(document)) return [];
    const span = toSpan(document, range);
    const items = this.tracker.visibleItems(document).filter((i) => i.start <= span.end && span.start <= i.end);
    return items.flatMap((item) => {
      const arg = entityArg(document, item);
      const name = `${item.label} "${item.text}"`;
      const action = (title: string, command: string) => {
        const a = new vscode.CodeAction(title, EntityCodeActionProvider.kind);
        a.command = { title, command, arguments: [arg] };
        return a;
      };
      return [
        ...(needsReview(item) ? [action(`Accept ${name}`, 'clinicalNer.accept')] : []),
        item.origin === 'gold' ? action(`Remove ${name}`, 'clinicalNer.removeEntity') : action(`Reject ${name}`, 'clinicalNer.reject'),
        action(`Change label of "${item.text}"…`, 'clinicalNer.changeLabel'),
        action(`Set status of "${item.text}" (${item.assertion ?? 'present'})…`, 'clinicalNer.setAssertion'),
      ];
    });
  }
}
