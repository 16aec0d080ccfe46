import * as vscode from 'vscode';
import { loadNote } from '../../engine/batch/noteFiles';
import type { Entity } from '../../engine/entity';
import { isDone } from '../../gold/annotators';
import { byUncertainty } from '../../learning/noteUncertainty';
import type { Container } from '../container';
import { notesBelow } from '../documentEligibility';

export interface NextNoteArgs {
  /** Only the notes below this folder (default: the workspace folder). */
  folder?: string;
}

export interface NextNoteOutcome {
  id: string;
  uncertainty: number;
  /** Unreviewed notes compared, how many of them had Annotate Folder's suggestions, and how many could not be read. */
  compared: number;
  stored: number;
  unreadable: number;
}

/**
 * "Next Note to Review": opens the note the reviewer has neither decided on nor marked done whose
 * suggestions the engine is least sure of (learning/noteUncertainty.ts). Suggestions come from
 * Annotate Folder's results when they were computed for the note's current text, else from the
 * engine now, with a cancellable progress notification.
 */
export function registerNextNoteCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.nextNoteToReview', async (arg?: NextNoteArgs): Promise<NextNoteOutcome | undefined> => {
    const folder = arg?.folder ? vscode.Uri.file(arg.folder) : vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
      void vscode.window.showInformationMessage('Clinical NER: open a folder of notes first; the next note to review is chosen among its notes.');
      return undefined;
    }
    await c.gold.ready();
    const reviewed = new Set(c.gold.ownDocuments().filter((d) => d.decisions.length > 0 || isDone(d)).map((d) => d.id));
    const { include, exclude, minScore } = c.config.current;
    const notes = notesBelow(folder, { include, exclude }).filter((n) => !reviewed.has(n.id) && n.entry.problem === undefined);
    if (notes.length === 0) {
      void vscode.window.showInformationMessage('Clinical NER: every note of the workspace has decisions already.');
      return undefined;
    }
    const found = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Clinical NER: finding the note to review next', cancellable: true },
      async (progress, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        const candidates: { id: string; uri: vscode.Uri; suggestions: Entity[]; stored: boolean }[] = [];
        let unreadable = 0;
        for (const [index, note] of notes.entries()) {
          if (controller.signal.aborted) return undefined;
          const text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === note.uri.toString())?.getText() ?? readable(() => loadNote(note.entry));
          if (text === undefined) {
            unreadable++;
            continue;
          }
          const stored = await c.storedSuggestions.lookup(note.id, text);
          const entities = stored?.entities ?? (await c.engine.suggestionsFor(text, controller.signal))?.entities;
          if (!entities) continue;
          candidates.push({ id: note.id, uri: note.uri, suggestions: entities.filter((e) => e.score >= minScore), stored: !!stored });
          progress.report({ increment: 100 / notes.length, message: `${index + 1}/${notes.length} notes` });
        }
        return { candidates, unreadable };
      },
    );
    const [best] = byUncertainty(found?.candidates ?? []);
    if (!found || !best) return undefined;
    await vscode.window.showTextDocument(best.uri, { preview: false });
    const left = found.unreadable > 0 ? ` (${found.unreadable} could not be read as UTF-8 text and were left out)` : '';
    void vscode.window.setStatusBarMessage(`Clinical NER: ${best.id} has the least certain suggestions of ${found.candidates.length} unreviewed notes${left}`, 5000);
    return { id: best.id, uncertainty: best.uncertainty, compared: found.candidates.length, stored: found.candidates.filter((f) => f.stored).length, unreadable: found.unreadable };
  });
}

/** The note's text, or undefined for a file that is not a readable note (it is left out of the choice). */
function readable(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
