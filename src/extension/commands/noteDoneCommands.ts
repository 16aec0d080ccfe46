import * as vscode from 'vscode';
import { readNoteFile } from '../../engine/batch/noteFiles';
import { NOTE_SORTS, type NoteSort } from '../../gold/progress/noteProgress';
import type { Container } from '../container';
import type { NoteNode } from '../notesTree';

/**
 * "Mark Note as Done" and "Reopen Note" (the active note, or a note of the Notes view), and the
 * view's sort. Done means reviewed to the end: `eval`, `agree` and exports can keep to done notes.
 */
export function registerNoteDoneCommands(c: Container): vscode.Disposable[] {
  const mark = (done: boolean) => async (arg?: NoteNode | vscode.Uri) => {
    const note = await noteOf(c, arg);
    if (!note) {
      void vscode.window.showInformationMessage('Clinical NER: open a note, or pick one in the Notes view, to mark it.');
      return undefined;
    }
    if (!c.gold.markDone(note.id, note.text, done)) void vscode.window.setStatusBarMessage(`Clinical NER: ${note.id} is ${done ? 'done' : 'open'} already`, 3000);
    await c.notes.updated();
    return c.gold.isDone(note.id);
  };
  return [
    vscode.commands.registerCommand('clinicalNer.markNoteDone', mark(true)),
    vscode.commands.registerCommand('clinicalNer.reopenNote', mark(false)),
    vscode.commands.registerCommand('clinicalNer.sortNotes', async (arg?: NoteSort) => {
      const sort = arg ?? (await vscode.window.showQuickPick([...NOTE_SORTS], { title: 'Sort the notes by…' })) as NoteSort | undefined;
      if (sort && NOTE_SORTS.includes(sort)) c.notes.setSort(sort);
      return c.notes.sort;
    }),
  ];
}

/** The note a command acts on, with its text now: the view's node, a file, or the active editor's note. */
async function noteOf(c: Container, arg: NoteNode | vscode.Uri | undefined): Promise<{ id: string; text: string } | undefined> {
  await c.gold.ready();
  const uri = arg instanceof vscode.Uri ? arg : arg?.uri;
  const document = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
  if (document) {
    const session = c.tracker.consider(document, true);
    return session && { id: session.docId, text: document.getText() };
  }
  if (arg && !(arg instanceof vscode.Uri)) {
    const text = arg.uri ? readNoteFile(arg.uri.fsPath) : c.gold.documentText(arg.id);
    return text === undefined ? undefined : { id: arg.id, text };
  }
  return undefined;
}
