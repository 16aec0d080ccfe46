import * as vscode from 'vscode';
import type { TextRange } from '../engine/entity';
import { toSpan } from './rangeConversion';

// A note opened for the first time shows its top; about 60 lines of 100 characters fill a screen.
const FIRST_SCREEN_CHARACTERS = 6000;

/**
 * The part of a document to annotate before the rest, so that what is on screen is decorated
 * without waiting for the whole note: what its editors show, plus a screen above and below (what
 * Page Up / Page Down reach next), or the first screen when no editor shows it yet. Undefined when
 * that is most of the document anyway.
 */
export function visiblePart(document: vscode.TextDocument): TextRange | undefined {
  const shown = vscode.window.visibleTextEditors
    .filter((editor) => editor.document === document)
    .flatMap((editor) => editor.visibleRanges.map((range) => toSpan(document, range)));
  const start = shown.length > 0 ? Math.min(...shown.map((s) => s.start)) : 0;
  const end = shown.length > 0 ? Math.max(...shown.map((s) => s.end)) : Math.min(FIRST_SCREEN_CHARACTERS, document.getText().length);
  const margin = Math.max(end - start, FIRST_SCREEN_CHARACTERS / 2);
  const part = { start: Math.max(0, start - margin), end: Math.min(document.getText().length, end + margin) };
  return (part.end - part.start) * 2 < document.getText().length ? part : undefined;
}
