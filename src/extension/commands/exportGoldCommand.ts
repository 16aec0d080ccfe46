import * as path from 'node:path';
import * as vscode from 'vscode';
import { isDone } from '../../gold/annotators';
import { EXPORT_FORMATS, exportGold, type ExportFormat } from '../../gold/review/goldExport';
import type { Container } from '../container';

/**
 * Writes the reviewer's gold data in a chosen format; args `{format, target, doneOnly}` skip the
 * pickers. When only some notes are marked done it asks whether to export just those.
 */
export function registerExportGoldCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.exportGold', async (arg?: { format?: ExportFormat; target?: string; doneOnly?: boolean }) => {
    await c.gold.ready();
    await c.gold.flushNow();
    const info = arg?.format
      ? EXPORT_FORMATS.find((f) => f.format === arg.format)
      : (await vscode.window.showQuickPick(EXPORT_FORMATS.map((f) => ({ label: f.title, info: f })), { title: 'Export gold data as…' }))?.info;
    if (!info) return undefined;
    const notes = c.gold.ownDocuments();
    const done = notes.filter(isDone);
    const doneOnly = arg?.doneOnly ?? (done.length > 0 && done.length < notes.length ? await askDoneOnly(notes.length, done.length) : false);
    if (doneOnly === undefined) return undefined;
    const base = vscode.Uri.file(path.dirname(c.gold.file));
    const target = arg?.target
      ? vscode.Uri.file(arg.target)
      : info.folder
        ? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: base, openLabel: 'Export here' }))?.[0]
        : await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(base, info.fileName) });
    if (!target) return undefined;
    const { files, report } = exportGold(doneOnly ? done : notes, info.format);
    const written: string[] = [];
    for (const file of files) {
      const uri = info.folder ? vscode.Uri.joinPath(target, ...file.path.split('/')) : target;
      await vscode.workspace.fs.writeFile(uri, Buffer.from(file.content, 'utf8'));
      written.push(uri.fsPath);
    }
    const skipped = report.skipped.length > 0 ? `; ${report.skipped.length} span(s) skipped: ${report.skipped.slice(0, 3).map((s) => `${s.docId} (${s.reason})`).join(', ')}` : '';
    const renamed = report.renamed?.length ? `; ${report.renamed.length} note(s) renamed, their file name being taken: ${report.renamed.slice(0, 3).map((r) => `${r.docId} → ${r.path}`).join(', ')}` : '';
    const which = doneOnly ? `the ${done.length} note(s) marked done` : `${report.documents} notes (${done.length} marked done)`;
    void vscode.window.showInformationMessage(`Clinical NER: exported ${report.exported} spans from ${which} as ${info.title}${skipped}${renamed}`);
    return { written, exported: report.exported, skipped: report.skipped.length, documents: report.documents, done: done.length };
  });
}

async function askDoneOnly(notes: number, done: number): Promise<boolean | undefined> {
  const picked = await vscode.window.showQuickPick(
    [{ label: `Every note with decisions (${notes})`, doneOnly: false }, { label: `Only the notes marked done (${done})`, doneOnly: true }],
    { title: `${done} of ${notes} notes are marked done` },
  );
  return picked?.doneOnly;
}
