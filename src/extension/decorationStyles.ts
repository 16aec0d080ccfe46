import * as vscode from 'vscode';
import { LABELS, type Assertion, type Label } from '../engine/entity';
import type { ReviewState } from '../gold/review/reviewItem';

export type ShownState = Exclude<ReviewState, 'rejected'>;
export const SHOWN_STATES: readonly ShownState[] = ['suggested', 'accepted', 'stale'];
/** How the assertion changes the look of the text itself; the other assertions only add a badge. */
export type AssertionLook = 'plain' | 'negated' | 'uncertain';
const LOOKS: readonly AssertionLook[] = ['plain', 'negated', 'uncertain'];

/**
 * A badge after every entity that is not present. Hypothetical (planned, conditional) is `⇢`, a
 * dashed arrow: "not yet, later"; unlike `→`, which nursing notes type in their own text, it is not
 * mistaken for part of the note, and unlike `⌛`, an emoji drawn in its own colours, it takes the
 * badge colour and comes from the same Unicode block as `↺`, so the same fonts draw it.
 */
export const BADGES: Record<Exclude<Assertion, 'present'>, string> = { negated: ' ¬', uncertain: ' ?', hypothetical: ' ⇢', historical: ' ↺', family: ' ⚭' };

export function lookOf(assertion: Assertion | undefined): AssertionLook {
  return assertion === 'negated' ? 'negated' : assertion === 'uncertain' ? 'uncertain' : 'plain';
}

export function styleKey(label: Label, state: ShownState, look: AssertionLook): string {
  return `${label}.${state}.${look}`;
}

const colorId = (label: Label, part: string) => `clinicalNer.${label.toLowerCase()}${part}`;

/**
 * The fixed set of decoration types, one per label × state × assertion look (27), made once and
 * remade only on a configuration change. Colours are theme colours contributed in package.json, so
 * themes (high contrast included) restyle them without new types. `ClosedClosed`: typing at either
 * end of a span does not grow its decoration, which matches how the span tracker moves spans.
 */
export function createDecorationTypes(): Map<string, vscode.TextEditorDecorationType> {
  const types = new Map<string, vscode.TextEditorDecorationType>();
  for (const label of LABELS) {
    for (const state of SHOWN_STATES) {
      for (const look of LOOKS) {
        const textDecoration = cssTextDecoration(state, look);
        types.set(styleKey(label, state, look), vscode.window.createTextEditorDecorationType({
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
          backgroundColor: new vscode.ThemeColor(colorId(label, state === 'accepted' ? 'AcceptedBackground' : 'Background')),
          border: state === 'accepted' ? '1px solid' : '1px dashed',
          borderColor: new vscode.ThemeColor(state === 'stale' ? 'clinicalNer.staleBorder' : colorId(label, 'Border')),
          borderRadius: '2px',
          fontStyle: look === 'uncertain' ? 'italic' : undefined,
          textDecoration,
          overviewRulerColor: new vscode.ThemeColor(colorId(label, 'Border')),
          overviewRulerLane: vscode.OverviewRulerLane.Center,
        }));
      }
    }
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
