import * as vscode from 'vscode';
import type { Assertion } from '../engine/entity';
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

/** What each status means, i2b2 style, for a reader who does not know the word. */
const STATUS_TEXT: Record<Assertion, string> = {
  present: 'holds for the patient now',
  negated: 'stated absent',
  uncertain: 'possible, suspected',
  hypothetical: 'planned, future or conditional',
  historical: 'past, no longer active',
  family: 'about a relative',
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
  const assertion = item.assertion ?? 'present';
  md.appendMarkdown(`sources: ${item.source.length > 0 ? item.source.join(', ') : '—'} · assertion: ${assertion} (${STATUS_TEXT[assertion]})\n\n`);
  const arg = entityArg(document, item);
  const links = [
    item.state === 'accepted' ? undefined : `[$(check) Accept](${commandLink('clinicalNer.accept', arg)})`,
    `[$(close) ${item.origin === 'gold' ? 'Remove' : 'Reject'}](${commandLink(item.origin === 'gold' ? 'clinicalNer.removeEntity' : 'clinicalNer.reject', arg)})`,
    `[$(tag) Change label](${commandLink('clinicalNer.changeLabel', arg)})`,
  ].filter(Boolean);
  md.appendMarkdown(links.join(' · '));
  return md;
}
