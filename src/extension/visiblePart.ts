import * as vscode from 'vscode';
import type { TextRange } from '../engine/entity';
import { toSpan } from './rangeConversion';

// A note opened for the first time shows its top: about 40 lines of 100 characters.
const FIRST_SCREEN_CHARACTERS = 4000;

/**
 * The part of a document to annotate before the rest, so that what is on screen is decorated
 * without waiting for the whole note: what its editors show, or the first screen when no editor
 * shows it yet (the rest follows within a second, so no margin is annotated first: it would
 * delay what is on screen). Undefined when that is most of the document anyway.
 */
export function visiblePart(document: vscode.TextDocument): TextRange | undefined {
  const length = document.getText().length;
  const shown = vscode.window.visibleTextEditors
    .filter((editor) => editor.document === document)
    .flatMap((editor) => editor.visibleRanges.map((range) => toSpan(document, range)));
  const start = shown.length > 0 ? Math.min(...shown.map((s) => s.start)) : 0;
  const end = shown.length > 0 ? Math.max(...shown.map((s) => s.end)) : Math.min(FIRST_SCREEN_CHARACTERS, length);
  return (end - start) * 2 < length ? { start, end } : undefined;
}
