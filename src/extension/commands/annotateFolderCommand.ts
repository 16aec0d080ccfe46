import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadNote } from '../../engine/batch/noteFiles';
import { annotateBatch, type BatchDocument, type BatchProgress, type BatchResult } from '../../engine/batch/batchAnnotator';
import { progressParts } from '../../engine/batch/progressText';
import { storedSuggestionsLine } from '../../engine/batch/storedSuggestions';
import { SuggestionFile } from '../../engine/batch/suggestionFile';
import { ALL_LAYERS } from '../../engine/pipeline/nerPipeline';
import { textHash } from '../../gold/textHash';
import type { Container } from '../container';
import { notesBelow } from '../documentEligibility';

export interface AnnotateFolderArgs {
  /** The folder of notes (skips the dialog). */
  folder?: string;
  /** The suggestions file (default: `.clinical-ner/suggestions/<folder name>.jsonl`). */
  out?: string;
  workers?: number;
  /** Tests only: cancel as the progress notification's Cancel button would, after this many notes. */
  cancelAfterForTesting?: number;
}

export interface AnnotateFolderOutcome {
  file: string;
  total: number;
  annotated: number;
  skipped: number;
  failed: { id: string; message: string }[];
  aborted: boolean;
  workers: number;
}

/**
 * "Annotate Folder…": runs the engine's worker pool (all cores) over every note below a folder and
 * writes the suggestions to a separate JSONL file, never into gold. Cancelling stops after the
 * notes in flight; running it again resumes, skipping the notes already in the file. When a note
 * of the folder is opened later, its stored suggestions are shown at once (DocumentTracker).
 */
export function registerAnnotateFolderCommand(c: Container): vscode.Disposable {
  let running = false;
  return vscode.commands.registerCommand('clinicalNer.annotateFolder', async (arg?: vscode.Uri | AnnotateFolderArgs): Promise<AnnotateFolderOutcome | undefined> => {
    const options: AnnotateFolderArgs = arg instanceof vscode.Uri ? { folder: arg.fsPath } : arg ?? {};
    if (running) {
      void vscode.window.showInformationMessage('Clinical NER: a folder is being annotated already; cancel it from its notification first.');
      return undefined;
    }
    const folder = options.folder ? vscode.Uri.file(options.folder) : await pickFolder();
    if (!folder) return undefined;
    const out = options.out ?? c.storedSuggestions.fileFor(folder);
    if (path.resolve(out) === path.resolve(c.gold.file)) {
      void vscode.window.showErrorMessage('Clinical NER: suggestions are never written into the gold file; choose another file.');
      return undefined;
    }
    const { include, exclude } = c.config.current;
    const documents: BatchDocument[] = notesBelow(folder, { include, exclude }).map((n) => ({ id: n.id, load: () => loadNote(n.entry) }));
    if (documents.length === 0) {
      void vscode.window.showInformationMessage(`Clinical NER: no .txt or .md notes in ${folder.fsPath} (clinicalNer.include and clinicalNer.exclude apply).`);
      return undefined;
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    let output: SuggestionFile;
    try {
      output = SuggestionFile.open(out);
    } catch (error) {
      void vscode.window.showErrorMessage(`Clinical NER: ${(error as Error).message}`);
      return undefined;
    }

    running = true;
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Clinical NER: annotating ${path.basename(folder.fsPath)}`, cancellable: true },
        (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          let reported = 0;
          const { modelPath, sources } = c.config.current;
          return annotateBatch(documents, output, {
            modelDir: c.config.resolvePath(modelPath),
            pipelineOptions: { sources: ALL_LAYERS.every((s) => sources.includes(s)) ? undefined : sources },
            workers: options.workers,
            signal: controller.signal,
            serialize: (id, entities, text) => storedSuggestionsLine(id, entities, text, textHash(text)),
            onProgress: (p) => {
              progress.report({ increment: ((p.done - reported) / p.total) * 100, message: progressMessage(p) });
              reported = p.done;
              if (options.cancelAfterForTesting !== undefined && p.done - p.skipped >= options.cancelAfterForTesting) controller.abort();
            },
          });
        },
      );
      report(result, out);
      return { file: out, total: result.total, annotated: result.annotated, skipped: result.skipped, failed: result.failed, aborted: result.aborted, workers: result.workers };
    } catch (error) {
      void vscode.window.showErrorMessage(`Clinical NER: annotating ${folder.fsPath} failed: ${(error as Error).message}`);
      return undefined;
    } finally {
      output.close();
      running = false;
    }
  });
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: 'Annotate notes in this folder',
    title: 'Clinical NER: folder of notes to pre-annotate',
  });
  return picked?.[0];
}

/** "12/40 notes · 8.5 notes/s · 1 failed · about 3s left" */
export function progressMessage(p: BatchProgress): string {
  const parts = progressParts(p);
  return [parts.count, parts.resumed, parts.rate, parts.failures, parts.eta && `about ${parts.eta} left`].filter((s) => s !== undefined).join(' · ');
}

function report(result: BatchResult, out: string): void {
  const failed = result.failed.length > 0 ? `; ${result.failed.length} failed (${result.failed.slice(0, 3).map((f) => f.id).join(', ')}), run again to retry` : '';
  const counts = `${result.annotated} note(s) annotated${result.skipped > 0 ? `, ${result.skipped} already done` : ''}${failed}`;
  const message = result.aborted
    ? `Clinical NER: cancelled after ${result.skipped + result.annotated}/${result.total} notes (${counts}). Run "Annotate Folder…" again to resume.`
    : `Clinical NER: ${counts}. Suggestions in ${out}; open a note of the folder to review them.`;
  void vscode.window.showInformationMessage(message);
}
