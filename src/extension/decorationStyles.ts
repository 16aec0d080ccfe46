import * as vscode from 'vscode';
import { LABELS, type Assertion, type Label } from '../engine/entity';
import type { ReviewState } from '../gold/review/reviewItem';

export type ShownState = Exclude<ReviewState, 'rejected'>;
export const SHOWN_STATES: readonly ShownState[] = ['suggested', 'accepted', 'stale'];
/** How the assertion shows: a badge before the span; negated spans are also struck through, uncertain ones dotted. */
export type AssertionLook = 'plain' | Exclude<Assertion, 'present'>;
const LOOKS: readonly AssertionLook[] = ['plain', 'negated', 'uncertain', 'hypothetical', 'historical', 'family'];

/**
 * The badge before every entity that is not present. Hypothetical (planned, conditional) is `⇢`, a
 * dashed arrow: "not yet, later"; unlike `→`, which nursing notes type in their own text, it is not
 * mistaken for part of the note, and unlike `⌛`, an emoji drawn in its own colours, it takes the
 * badge colour and comes from the same Unicode block as `↺`, so the same fonts draw it.
 */
const BADGES: Partial<Record<AssertionLook, string>> = { negated: '¬', uncertain: '?', hypothetical: '⇢', historical: '↺', family: '⚭' };
/** The letter after every span, so that labels are told apart without colour (the label quick pick's keys). */
export const LABEL_LETTERS: Record<Label, string> = { PROBLEM: 'P', TEST: 'T', TREATMENT: 'R' };

export function lookOf(assertion: Assertion | undefined): AssertionLook {
  return (LOOKS as readonly string[]).includes(assertion ?? '') ? (assertion as AssertionLook) : 'plain';
}

export function styleKey(label: Label, state: ShownState, look: AssertionLook): string {
  return `${label}.${state}.${look}`;
}

const colorId = (label: Label, part: string) => `clinicalNer.${label.toLowerCase()}${part}`;

/**
 * How one label × state × assertion look is drawn. Colours are theme colours contributed in
 * package.json, so themes (high contrast included) restyle them without new types; the label
 * letter and the border style (dashed: suggestion, solid: in gold) carry the meaning without
 * colour. `ClosedClosed`: typing at either end of a span does not grow its decoration, which
 * matches how the span tracker moves spans.
 */
export function decorationOptions(label: Label, state: ShownState, look: AssertionLook): vscode.DecorationRenderOptions {
  const labelColor = new vscode.ThemeColor(colorId(label, 'Border'));
  const badge = BADGES[look];
  return {
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    backgroundColor: new vscode.ThemeColor(colorId(label, state === 'accepted' ? 'AcceptedBackground' : 'Background')),
    border: state === 'accepted' ? '1px solid' : '1px dashed',
    borderColor: state === 'stale' ? new vscode.ThemeColor('clinicalNer.staleBorder') : labelColor,
    borderRadius: '2px',
    fontStyle: look === 'uncertain' ? 'italic' : undefined,
    textDecoration: cssTextDecoration(state, look),
    overviewRulerColor: labelColor,
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    // the CSS after `none;` sets the letter's size, as Error Lens sizes its messages
    after: { contentText: LABEL_LETTERS[label], color: labelColor, fontWeight: 'bold', fontStyle: 'normal', margin: '0 0 0 2px', textDecoration: 'none; font-size: 0.75em' },
    ...(badge ? { before: { contentText: badge, color: new vscode.ThemeColor('clinicalNer.badgeForeground'), fontStyle: 'normal', margin: '0 1px 0 0' } } : {}),
  };
}

/**
 * Spans drawn over the reviewer's own: another annotator's (a dotted line under, the label's
 * letter in lower case after), and, while adjudicating, the two versions compared (A: a solid line
 * under, `A·P` after; B: a dashed line over, `B·P` before). No background, so the reviewer's own
 * decorations stay readable beneath them.
 */
export const OVERLAYS = ['other', 'versionA', 'versionB'] as const;
export type Overlay = (typeof OVERLAYS)[number];

export function overlayKey(label: Label, overlay: Overlay): string {
  return `${label}.${overlay}`;
}

function overlayOptions(label: Label, overlay: Overlay): vscode.DecorationRenderOptions {
  const color = new vscode.ThemeColor(colorId(label, 'Border'));
  const letter = LABEL_LETTERS[label];
  const text = { color, fontWeight: 'bold', fontStyle: 'normal', textDecoration: 'none; font-size: 0.75em' };
  const shared = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, borderColor: color, overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Right };
  switch (overlay) {
    case 'other':
      return { ...shared, borderStyle: 'dotted', borderWidth: '0 0 2px 0', after: { ...text, contentText: letter.toLowerCase(), fontStyle: 'italic', margin: '0 0 0 2px' } };
    case 'versionA':
      return { ...shared, borderStyle: 'solid', borderWidth: '0 0 2px 0', after: { ...text, contentText: `A·${letter}`, margin: '0 0 0 2px' } };
    case 'versionB':
      return { ...shared, borderStyle: 'dashed', borderWidth: '2px 0 0 0', before: { ...text, contentText: `B·${letter}`, margin: '0 2px 0 0' } };
  }
}

/**
 * The fixed set of decoration types, made once and remade only on a configuration change: one per
 * label × state × assertion look (54), and one per label × overlay (9).
 */
export function createDecorationTypes(): Map<string, { type: vscode.TextEditorDecorationType; options: vscode.DecorationRenderOptions }> {
  const types = new Map<string, { type: vscode.TextEditorDecorationType; options: vscode.DecorationRenderOptions }>();
  const add = (key: string, options: vscode.DecorationRenderOptions) => types.set(key, { type: vscode.window.createTextEditorDecorationType(options), options });
  for (const label of LABELS) {
    for (const state of SHOWN_STATES) {
      for (const look of LOOKS) add(styleKey(label, state, look), decorationOptions(label, state, look));
    }
    for (const overlay of OVERLAYS) add(overlayKey(label, overlay), overlayOptions(label, overlay));
  }
  return types;
}

/** CSS `text-decoration`: struck through when negated; a wavy warning underline when stale, dotted when uncertain. */
function cssTextDecoration(state: ShownState, look: AssertionLook): string | undefined {
  const underline = state === 'stale' || look === 'uncertain';
  const lines = [look === 'negated' ? 'line-through' : '', underline ? 'underline' : ''].filter(Boolean);
  if (lines.length === 0) return undefined;
  if (state === 'stale') lines.push('wavy var(--vscode-clinicalNer-staleUnderline)');
  else if (look === 'uncertain') lines.push('dotted');
  return lines.join(' ');
}
