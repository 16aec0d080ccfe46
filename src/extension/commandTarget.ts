import * as vscode from 'vscode';
import { isLabel, type Label } from '../engine/entity';
import type { ItemRef } from '../gold/review/reviewItem';

/** How hovers, code actions and tree items name the item a command acts on. */
export interface EntityArg extends ItemRef {
  uri: string;
}

export function entityArg(document: vscode.TextDocument, item: ItemRef): EntityArg {
  return { uri: document.uri.toString(), start: item.start, end: item.end, label: item.label };
}

/** A `command:` link for a MarkdownString. */
export function commandLink(command: string, arg: unknown): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify([arg]))}`;
}

function asEntityArg(value: unknown): EntityArg | undefined {
  // tree items pass their node, which carries the arg under `entity`
  const candidate = (value && typeof value === 'object' && 'entity' in value ? (value as { entity: unknown }).entity : value) as Partial<EntityArg> | undefined;
  if (!candidate || typeof candidate.uri !== 'string' || typeof candidate.start !== 'number' || typeof candidate.end !== 'number') return undefined;
  if (typeof candidate.label !== 'string' || !isLabel(candidate.label)) return undefined;
  return candidate as EntityArg;
}

/**
 * The editor and item reference a command works on: the item named by its argument (its editor
 * brought to front when needed), else the active editor and its cursor.
 */
export async function commandTarget(arg: unknown): Promise<{ editor: vscode.TextEditor; ref?: ItemRef } | undefined> {
  const entity = asEntityArg(arg);
  if (entity) {
    const uri = vscode.Uri.parse(entity.uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === entity.uri);
    const editor = visible ?? (await vscode.window.showTextDocument(uri, { preserveFocus: false }));
    return { editor, ref: { start: entity.start, end: entity.end, label: entity.label } };
  }
  const editor = vscode.window.activeTextEditor;
  return editor ? { editor } : undefined;
}

/** A label passed as `{label}` (keybinding args) or as a plain string. */
export function labelArg(value: unknown): Label | undefined {
  const raw = typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { label?: unknown }).label : undefined;
  return typeof raw === 'string' && isLabel(raw) ? raw : undefined;
}
