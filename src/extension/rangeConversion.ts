import * as vscode from 'vscode';
import type { TextRange } from '../engine/entity';

// The one place where editor positions and text offsets meet. Offsets are UTF-16 code units, the
// unit of both `document.offsetAt` and JavaScript strings, so no other conversion is needed.

export function toRange(document: vscode.TextDocument, span: TextRange): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSpan(document: vscode.TextDocument, range: vscode.Range): TextRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

export function lineOf(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line;
}
