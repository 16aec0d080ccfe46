import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Container } from '../container';

const SAMPLE_EXTENSIONS = ['.txt', '.md'];
/** Where sample notes are copied in a workspace, so that their review goes into its gold file under a stable id. */
export const SAMPLES_FOLDER = 'clinical-ner-samples';

/**
 * "Open a Sample Note" (the walkthrough's first step): one of the fictional notes bundled in
 * `samples/`. In a workspace the note is copied into `clinical-ner-samples/` (never over an
 * existing file) and opened there, so that it can be reviewed into the workspace's gold file;
 * without a workspace it opens as an untitled note with the sample's text.
 */
export function registerOpenSampleNoteCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.openSampleNote', async (arg?: { name?: string }) => {
    const samplesDir = vscode.Uri.joinPath(c.context.extensionUri, 'samples');
    let names: string[];
    try {
      names = (await vscode.workspace.fs.readDirectory(samplesDir))
        .filter(([name, type]) => type === vscode.FileType.File && SAMPLE_EXTENSIONS.includes(path.extname(name)) && name !== 'README.md')
        .map(([name]) => name)
        .sort();
    } catch {
      names = [];
    }
    if (names.length === 0) {
      void vscode.window.showWarningMessage('Clinical NER: this installation has no sample notes.');
      return undefined;
    }
    const name = arg?.name && names.includes(arg.name)
      ? arg.name
      : (await vscode.window.showQuickPick(names.map((n) => ({ label: n })), { title: 'Clinical NER: open a sample note (fictional)' }))?.label;
    if (!name) return undefined;
    const source = vscode.Uri.joinPath(samplesDir, name);
    const bytes = await vscode.workspace.fs.readFile(source);
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    let document: vscode.TextDocument;
    if (root) {
      const target = vscode.Uri.joinPath(root, SAMPLES_FOLDER, name);
      if (!(await exists(target))) await vscode.workspace.fs.writeFile(target, bytes);
      document = await vscode.workspace.openTextDocument(target);
    } else {
      const language = path.extname(name) === '.md' ? 'markdown' : 'plaintext';
      document = await vscode.workspace.openTextDocument({ language, content: Buffer.from(bytes).toString('utf8') });
    }
    await vscode.window.showTextDocument(document, { preview: false });
    return document.uri.toString();
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
