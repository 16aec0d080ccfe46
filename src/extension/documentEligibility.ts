import * as vscode from 'vscode';
import { listNoteFiles, type NoteFileEntry } from '../engine/batch/noteFiles';
import { isIncludedNote, type NoteGlobs } from '../engine/batch/noteGlobs';
import type { ExtensionConfig } from './config';

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote']);

/**
 * Whether the extension annotates a document: one of the configured languages, matching an
 * `include` glob (when any is set) and no `exclude` glob. Globs are relative to the document's
 * workspace folder, as in `files.exclude`.
 */
export function isEligible(document: vscode.TextDocument, config: ExtensionConfig): boolean {
  if (!SCHEMES.has(document.uri.scheme) || !config.languages.includes(document.languageId)) return false;
  const matches = (glob: string) => vscode.languages.match({ pattern: pattern(document, glob) }, document) > 0;
  if (config.include.length > 0 && !config.include.some(matches)) return false;
  return !config.exclude.some(matches);
}

function pattern(document: vscode.TextDocument, glob: string): vscode.GlobPattern {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return folder ? new vscode.RelativePattern(folder, glob) : glob;
}

/** The gold file's document id: the workspace-relative path, or the URI outside a workspace. */
export function documentId(document: vscode.TextDocument): string {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  return folder ? vscode.workspace.asRelativePath(document.uri, false) : document.uri.toString();
}

/** The inverse of documentId: a gold document id back to the note's URI. */
export function documentUri(id: string): vscode.Uri | undefined {
  // a URI (a note outside any workspace folder); a Windows drive letter is not a scheme
  if (/^[a-z][\w+.-]+:/i.test(id)) return vscode.Uri.parse(id);
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return root ? vscode.Uri.joinPath(root, ...id.split('/')) : undefined;
}

/**
 * The note files below a folder that the globs take, each with its gold document id. The globs see
 * paths relative to the workspace folder, as for open notes, else to the folder listed.
 */
export function notesBelow(folder: vscode.Uri, globs: NoteGlobs): { id: string; uri: vscode.Uri; entry: NoteFileEntry }[] {
  return listNoteFiles(folder.fsPath).flatMap((entry) => {
    const uri = vscode.Uri.file(entry.file);
    const inWorkspace = !!vscode.workspace.getWorkspaceFolder(uri);
    const relative = inWorkspace ? vscode.workspace.asRelativePath(uri, false) : entry.id;
    if (!isIncludedNote(relative, globs)) return [];
    // the same id as documentId gives the note once it is open
    return [{ id: inWorkspace ? relative : uri.toString(), uri, entry }];
  });
}
