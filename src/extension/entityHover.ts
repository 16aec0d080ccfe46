import * as vscode from 'vscode';
import type { ReviewItem } from '../gold/review/reviewItem';
import { STATUS_MEANING } from './assertionText';
import { commandLink, entityArg } from './commandTarget';
import type { DocumentTracker } from './documentTracker';
import { toOffset, toRange } from './rangeConversion';
import type { OverlaySpan, SpanOverlayProvider } from './spanOverlay';

/** The only commands a hover's links may run (MarkdownString.isTrusted is limited to them). */
export const HOVER_COMMANDS = ['clinicalNer.accept', 'clinicalNer.reject', 'clinicalNer.changeLabel', 'clinicalNer.removeEntity', 'clinicalNer.setAssertion'];

const STATE_TEXT: Record<ReviewItem['state'], string> = {
  suggested: 'suggestion, not reviewed',
  accepted: 'in gold',
  stale: 'edited since, needs review again',
  rejected: 'rejected',
};

/**
 * Label, score, sources, status, code and state of the entities under the mouse, with Accept ·
 * Reject · Change label · Status links; below them, the overlay spans there (another annotator's,
 * the versions being adjudicated).
 */
export class EntityHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly tracker: DocumentTracker,
    private readonly overlays: readonly SpanOverlayProvider[],
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = toOffset(document, position);
    const at = <T extends { start: number; end: number }>(spans: T[]) => spans.filter((s) => s.start <= offset && offset <= s.end);
    const items = this.tracker.session(document) ? at(this.tracker.visibleItems(document)) : [];
    const overlays = at(this.overlays.flatMap((o) => o.overlaysFor(document)));
    if (items.length === 0 && overlays.length === 0) return undefined;
    const contents = [...items.map((item) => hoverMarkdown(document, item)), ...(overlays.length > 0 ? [overlayMarkdown(document, overlays)] : [])];
    return new vscode.Hover(contents, toRange(document, items[0] ?? overlays[0]!));
  }
}

export function hoverMarkdown(document: vscode.TextDocument, item: ReviewItem): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  const score = item.score === undefined ? '' : ` · score ${item.score.toFixed(2)}`;
  md.appendMarkdown(`**${item.label}**${score} · ${STATE_TEXT[item.state]}\n\n`);
  const assertion = item.assertion ?? 'present';
  const code = item.code ? ` · code: ${item.code}` : '';
  md.appendMarkdown(`sources: ${item.source.length > 0 ? item.source.join(', ') : '—'} · assertion: ${assertion} (${STATUS_MEANING[assertion]})${code}\n\n`);
  const arg = entityArg(document, item);
  const links = [
    item.state === 'accepted' ? undefined : `[$(check) Accept](${commandLink('clinicalNer.accept', arg)})`,
    `[$(close) ${item.origin === 'gold' ? 'Remove' : 'Reject'}](${commandLink(item.origin === 'gold' ? 'clinicalNer.removeEntity' : 'clinicalNer.reject', arg)})`,
    `[$(tag) Change label](${commandLink('clinicalNer.changeLabel', arg)})`,
    `[$(symbol-enum) Status…](${commandLink('clinicalNer.setAssertion', arg)})`,
  ].filter(Boolean);
  md.appendMarkdown(links.join(' · '));
  return md;
}

function overlayMarkdown(document: vscode.TextDocument, spans: readonly OverlaySpan[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  for (const s of spans) {
    const status = s.assertion && s.assertion !== 'present' ? ` · ${s.assertion}` : '';
    md.appendMarkdown(`${s.owner}: **${s.label}**${status} "${document.getText(toRange(document, s)).replace(/\s+/g, ' ')}"\n\n`);
  }
  return md;
}
