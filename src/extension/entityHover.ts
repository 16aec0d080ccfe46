import * as vscode from 'vscode';
import type { ReviewItem } from '../gold/review/reviewItem';
import { commandLink, entityArg } from './commandTarget';
import type { DocumentTracker } from './documentTracker';
import { toOffset, toRange } from './rangeConversion';

/** The only commands a hover's links may run (MarkdownString.isTrusted is limited to them). */
export const HOVER_COMMANDS = ['clinicalNer.accept', 'clinicalNer.reject', 'clinicalNer.changeLabel', 'clinicalNer.removeEntity'];

const STATE_TEXT: Record<ReviewItem['state'], string> = {
  suggested: 'suggestion, not reviewed',
  accepted: 'in gold',
  stale: 'edited since, needs review again',
  rejected: 'rejected',
};

/** Label, score, sources, assertion and state of the entities under the mouse, with Accept · Reject · Change label links. */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(private readonly tracker: DocumentTracker) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.tracker.session(document)) return undefined;
    const offset = toOffset(document, position);
    const items = this.tracker.visibleItems(document).filter((i) => i.start <= offset && offset <= i.end);
    if (items.length === 0) return undefined;
    const contents = items.map((item) => hoverMarkdown(document, item));
    const first = items[0]!;
    return new vscode.Hover(contents, toRange(document, first));
  }
}

export function hoverMarkdown(document: vscode.TextDocument, item: ReviewItem): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  const score = item.score === undefined ? '' : ` · score ${item.score.toFixed(2)}`;
  md.appendMarkdown(`**${item.label}**${score} · ${STATE_TEXT[item.state]}\n\n`);
  md.appendMarkdown(`sources: ${item.source.length > 0 ? item.source.join(', ') : '—'} · assertion: ${item.assertion ?? 'present'}\n\n`);
  const arg = entityArg(document, item);
  const links = [
    item.state === 'accepted' ? undefined : `[$(check) Accept](${commandLink('clinicalNer.accept', arg)})`,
    `[$(close) ${item.origin === 'gold' ? 'Remove' : 'Reject'}](${commandLink(item.origin === 'gold' ? 'clinicalNer.removeEntity' : 'clinicalNer.reject', arg)})`,
    `[$(tag) Change label](${commandLink('clinicalNer.changeLabel', arg)})`,
  ].filter(Boolean);
  md.appendMarkdown(links.join(' · '));
  return md;
}
