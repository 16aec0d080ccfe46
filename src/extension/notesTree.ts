import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { listNoteFiles, readNoteFile } from '../engine/batch/noteFiles';
import { isIncludedNote } from '../engine/batch/noteGlobs';
import type { Entity } from '../engine/entity';
import { noteProgress, sortNotes, type NoteProgress, type NoteSort, type NoteStatus } from '../gold/progress/noteProgress';
import type { ConfigService } from './config';
import { documentUri } from './documentEligibility';
import type { DocumentTracker } from './documentTracker';
import type { GoldService } from './goldService';
import type { StoredSuggestionService } from './storedSuggestionService';

export interface NoteNode extends NoteProgress {
  /** The note's file; undefined for a note only the gold file has (imported without its file). */
  uri?: vscode.Uri;
}

const STATUS_ICON: Record<NoteStatus, vscode.ThemeIcon> = {
  notStarted: new vscode.ThemeIcon('circle-large-outline'),
  inProgress: new vscode.ThemeIcon('edit'),
  done: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
};
const STATUS_TEXT: Record<NoteStatus, string> = { notStarted: 'not started', inProgress: 'in progress', done: 'done' };

/**
 * The Notes view: every note of the workspace (the files `clinicalNer.include`/`exclude` select,
 * and the notes of the gold file) with the reviewer's status and reviewed/total entities, sorted by
 * name, status or progress. Totals come from the open note's suggestions or a suggestions file
 * that "Annotate Folder…" wrote; without either only the reviewed count is known.
 */
export class NotesTreeProvider implements vscode.TreeDataProvider<NoteNode>, vscode.Disposable {
  private sortValue: NoteSort = 'name';
  private notes: NoteNode[] = [];
  private readonly emitter = new vscode.EventEmitter<NoteNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  readonly view: vscode.TreeView<NoteNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private computing: Promise<void> = Promise.resolve();
  /** Something changed while the view was hidden: it is recomputed when shown. */
  private outdated = true;

  constructor(
    private readonly config: ConfigService,
    private readonly gold: GoldService,
    private readonly tracker: DocumentTracker,
    private readonly stored: StoredSuggestionService,
  ) {
    this.view = vscode.window.createTreeView('clinicalNer.notes', { treeDataProvider: this });
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,text}');
    this.subscriptions.push(
      this.view,
      watcher,
      watcher.onDidCreate(() => this.refresh()),
      watcher.onDidDelete(() => this.refresh()),
      gold.onDidChangeExternally(() => this.refresh()),
      tracker.onDidChangeItems(() => this.refresh()),
      config.onDidChange(() => this.refresh()),
      this.view.onDidChangeVisibility(() => {
        if (this.view.visible && this.outdated) this.refresh();
      }),
    );
    this.refresh();
  }

  get sort(): NoteSort {
    return this.sortValue;
  }

  setSort(sort: NoteSort): void {
    this.sortValue = sort;
    this.notes = sortNotes(this.notes, sort) as NoteNode[];
    this.view.description = `by ${sort}`;
    this.emitter.fire(undefined);
  }

  /**
   * Recomputes soon (a burst of changes is one pass; it reads the workspace's notes, so it waits
   * while the view is hidden); `updated()` recomputes at once and waits for it.
   */
  refresh(): void {
    this.outdated = true;
    if (!this.view.visible) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.computing = this.computing.then(() => this.compute());
    }, 200);
  }

  /** Resolves once the view shows what the gold file and the open notes hold now. */
  async updated(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.outdated) this.computing = this.computing.then(() => this.compute());
    await this.computing;
  }

  private async compute(): Promise<void> {
    this.outdated = false;
    await this.gold.ready();
    const files = new Map<string, vscode.Uri>();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (root) {
      const { include, exclude } = this.config.current;
      for (const f of listNoteFiles(root.fsPath)) if (isIncludedNote(f.id, { include, exclude })) files.set(f.id, vscode.Uri.file(f.file));
    }
    const ids = new Set([...files.keys(), ...this.gold.allDocuments().map((d) => d.id)]);
    const notes: NoteNode[] = [];
    for (const id of ids) {
      const uri = files.get(id) ?? (root ? existing(documentUri(id)) : undefined);
      const progress = noteProgress(id, this.gold.document(id), this.gold.annotator, await this.suggestionsOf(id, uri));
      notes.push(uri ? { ...progress, uri } : progress);
    }
    this.notes = sortNotes(notes, this.sortValue) as NoteNode[];
    const done = notes.filter((n) => n.status === 'done').length;
    this.view.message = notes.length === 0 ? 'No notes in this workspace yet.' : undefined;
    this.view.description = `${done}/${notes.length} done · by ${this.sortValue}`;
    this.emitter.fire(undefined);
  }

  /** The open note's suggestions, else the ones a batch run stored for its text now. */
  private async suggestionsOf(id: string, uri: vscode.Uri | undefined): Promise<readonly Entity[] | undefined> {
    if (!uri) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const session = open && this.tracker.session(open);
    if (session?.annotatedVersion !== undefined) return session.suggestions;
    try {
      return (await this.stored.lookup(id, open?.getText() ?? readNoteFile(uri.fsPath)))?.entities;
    } catch {
      return undefined;
    }
  }

  getChildren(node?: NoteNode): NoteNode[] {
    return node ? [] : this.notes;
  }

  getTreeItem(node: NoteNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.id, vscode.TreeItemCollapsibleState.None);
    item.description = `${node.total === undefined ? `${node.reviewed} reviewed` : `${node.reviewed}/${node.total} reviewed`} · ${STATUS_TEXT[node.status]}`;
    item.iconPath = STATUS_ICON[node.status];
    item.tooltip = `${node.id}: ${STATUS_TEXT[node.status]}; ${node.reviewed} entities reviewed${node.total === undefined ? ' (the total is known once the note is open or its folder annotated)' : ` of ${node.total}`}${node.uri ? '' : '; not in the workspace, only in the gold file'}`;
    item.contextValue = node.status === 'done' ? 'note.done' : 'note.open';
    item.id = `note:${node.id}`;
    if (node.uri) {
      item.resourceUri = node.uri;
      item.command = { title: 'Open', command: 'vscode.open', arguments: [node.uri] };
    }
    return item;
  }

  /** What the view shows, as plain data (for the test state). */
  content(): { sort: NoteSort; notes: NoteProgress[] } {
    return { sort: this.sortValue, notes: this.notes.map(({ uri: _uri, ...progress }) => progress) };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.emitter.dispose();
  }
}

function existing(uri: vscode.Uri | undefined): vscode.Uri | undefined {
  return uri?.scheme === 'file' && existsSync(uri.fsPath) ? uri : undefined;
}
