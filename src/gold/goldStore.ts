import { promises as nodeFs } from 'node:fs';
import * as path from 'node:path';
import { describeFileSystemError } from '../engine/files/fileSystemError';
import { writeFileAtomic, type FileSystem } from './atomicWrite';
import type { Decision } from './decision';
import { withFileLock, type FileLockOptions } from './fileLock';
import { deriveGoldSpans, type GoldDocument, type GoldSpan } from './goldDocument';
import { canonicalDecision, serializeGoldDocument } from './goldDocumentSchema';
import { parseGoldFile, type GoldFileEntry, type GoldFileIssue } from './goldFile';
import { mergeDocument } from './mergeDocuments';
import { trackSpans, trackSpansThroughBatch, type TextChange } from './spanTracker';
import { textHash } from './textHash';

export interface GoldStoreOptions {
  now?: () => Date;
  lock?: FileLockOptions;
  /** Node's file operations unless a test injects failures (a full disk, a permission error). */
  fileSystem?: FileSystem;
}

/** A document changed both here and on disk, with different texts: neither side is written over the other. */
export interface GoldConflict {
  id: string;
  /** The version in this store (what the reviewer sees), kept in memory, not written. */
  ours: GoldDocument;
  /** The version on disk, left in the file. */
  theirs: GoldDocument;
}

export interface ExternalChangeEvent {
  /** Documents whose version in this store now comes from disk. */
  changedIds: string[];
  /** Documents changed both here and on disk whose decisions were unioned. */
  mergedIds: string[];
  conflicts: GoldConflict[];
  issues: GoldFileIssue[];
}

export interface FlushResult {
  written: boolean;
  /** Set when the file had changed on disk since this store last read or wrote it. */
  external?: ExternalChangeEvent;
  conflicts: GoldConflict[];
}

export interface Disposable {
  dispose(): void;
}

interface FileFingerprint {
  mtimeMs: number;
  size: number;
  hash: string;
}

/**
 * The gold file of one workspace, held in memory. Decisions are recorded synchronously and written
 * by `flush()` under a lock file: the file is re-read, merged with whatever another writer put
 * there (see `mergeDocument`), and replaced atomically. Lines that could not be read are written
 * back verbatim, in place.
 */
export class GoldStore {
  private entries: GoldFileEntry[] = [];
  private readonly documents = new Map<string, GoldDocument>();
  /** Each document as this store last read or wrote it, serialised: the merge base. */
  private readonly base = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly conflictsById = new Map<string, GoldConflict>();
  private fingerprint: FileFingerprint | undefined;
  private lastIssues: GoldFileIssue[] = [];
  private readonly externalListeners = new Set<(e: ExternalChangeEvent) => void>();
  private readonly now: () => Date;
  private readonly fs: FileSystem;

  private constructor(
    readonly path: string,
    private readonly options: GoldStoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.fs = options.fileSystem ?? nodeFs;
  }

  /** Opens (without creating) the gold file at `file`; a missing file is an empty store. */
  static async open(file: string, options: GoldStoreOptions = {}): Promise<GoldStore> {
    const store = new GoldStore(path.resolve(file), options);
    const disk = await store.readDisk();
    store.adopt(disk.content, disk.fingerprint);
    return store;
  }

  /** Problems found the last time the file was read: malformed lines are kept, not loaded. */
  get issues(): readonly GoldFileIssue[] {
    return this.lastIssues;
  }

  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  getDocument(id: string): GoldDocument | undefined {
    const doc = this.documents.get(id);
    return doc && cloneDocument(doc);
  }

  allDocuments(): GoldDocument[] {
    return [...this.documents.values()].map(cloneDocument);
  }

  goldSpans(id: string): GoldSpan[] {
    const doc = this.documents.get(id);
    return doc ? deriveGoldSpans(doc) : [];
  }

  /**
   * Records a reviewer decision on document `id`, whose current text is `text`. The decision's
   * offsets refer to `text` and its `text` must be what they cover. Call `applyTextChanges` as the
   * document is edited, so earlier decisions keep pointing at their words.
   */
  recordDecision(id: string, text: string, decision: Decision): void {
    if (decision.end > text.length || decision.start < 0 || decision.start > decision.end) {
      throw new RangeError(`decision [${decision.start}, ${decision.end}) is outside the text of ${id} (length ${text.length})`);
    }
    if (text.slice(decision.start, decision.end) !== decision.text) {
      throw new Error(`decision text "${decision.text}" is not the text at [${decision.start}, ${decision.end}) of ${id}`);
    }
    const existing = this.documents.get(id);
    const doc: GoldDocument = existing
      ? { ...existing, decisions: [...existing.decisions] }
      : { id, text, textHash: '', decisions: [], updated: '' };
    doc.text = text;
    doc.textHash = textHash(text);
    doc.decisions.push(canonicalDecision(decision));
    doc.updated = this.now().toISOString();
    this.documents.set(id, doc);
    this.dirty.add(id);
  }

  /**
   * Moves the decisions of document `id` through edits, and stores its new text. `mode` says how
   * the offsets of `changes` are meant (see `trackSpans` / `trackSpansThroughBatch`); VS Code's
   * `contentChanges` of one event are a `batch`. Decisions an edit touched become stale (their
   * `text` no longer matches), they are not dropped.
   */
  applyTextChanges(id: string, newText: string, changes: readonly TextChange[], mode: 'batch' | 'sequential' = 'batch'): void {
    const doc = this.documents.get(id);
    if (!doc || changes.length === 0) return;
    const track = mode === 'batch' ? trackSpansThroughBatch : trackSpans;
    const moved = track(doc.decisions, changes).map(({ stale: _stale, ...decision }) => decision as Decision);
    this.documents.set(id, { ...doc, text: newText, textHash: textHash(newText), decisions: moved, updated: this.now().toISOString() });
    this.dirty.add(id);
  }

  /**
   * Takes back decisions recorded earlier (an undo). A decision is matched on what edits do not
   * change (kind, label, text, annotator, time), since its offsets may have moved since; one
   * recorded decision is removed per given decision, the latest first. Returns how many were removed.
   */
  withdrawDecisions(id: string, decisions: readonly Decision[]): number {
    const doc = this.documents.get(id);
    if (!doc) return 0;
    const identity = (d: Decision) => JSON.stringify([d.kind, d.label, d.text, d.annotator, d.time]);
    const kept = [...doc.decisions];
    let removed = 0;
    for (const decision of decisions) {
      const key = identity(decision);
      for (let i = kept.length - 1; i >= 0; i--) {
        if (identity(kept[i]!) !== key) continue;
        kept.splice(i, 1);
        removed++;
        break;
      }
    }
    if (removed === 0) return 0;
    this.documents.set(id, { ...doc, decisions: kept, updated: this.now().toISOString() });
    this.dirty.add(id);
    return removed;
  }

  /**
   * Marks document `id` (current text `text`) done by `annotator`, or takes their mark back.
   * A document nobody decided on yet can be done (a note with nothing to annotate). Returns
   * whether anything changed.
   */
  markDone(id: string, text: string, annotator: string, done: boolean): boolean {
    const existing = this.documents.get(id);
    const marks = existing?.done ?? [];
    const has = marks.some((m) => m.annotator === annotator);
    if (has === done) return false;
    const time = this.now().toISOString();
    const doc: GoldDocument = existing ? { ...existing } : { id, text, textHash: textHash(text), decisions: [], updated: time };
    const kept = marks.filter((m) => m.annotator !== annotator);
    const next = done ? [...kept, { annotator, time }] : kept;
    if (next.length > 0) doc.done = next;
    else delete doc.done;
    doc.updated = time;
    this.documents.set(id, doc);
    this.dirty.add(id);
    return true;
  }

  /**
   * Adds a document read from another file (an import): new here, it is taken as it is; with the
   * same text, its decisions and done marks join the ones here (each once); with another text,
   * nothing changes and false is returned, since its offsets mean nothing in this text.
   */
  importDocument(doc: GoldDocument): boolean {
    const existing = this.documents.get(doc.id);
    if (existing && existing.textHash !== textHash(doc.text)) return false;
    const incoming = { ...cloneDocument(doc), textHash: textHash(doc.text) };
    const result = existing ? mergeDocument(undefined, existing, incoming) : { kind: 'merged' as const, document: incoming };
    if (result.kind !== 'merged') return false;
    if (existing && serializeGoldDocument(existing) === serializeGoldDocument(result.document)) return true;
    this.documents.set(doc.id, result.document);
    this.dirty.add(doc.id);
    return true;
  }

  hasUnsavedChanges(): boolean {
    return this.dirty.size > 0;
  }

  conflicts(): GoldConflict[] {
    return [...this.conflictsById.values()];
  }

  /** Settles a conflict: `ours` writes this store's version at the next flush, `theirs` adopts the disk's. */
  resolveConflict(id: string, keep: 'ours' | 'theirs'): void {
    const conflict = this.conflictsById.get(id);
    if (!conflict) return;
    this.conflictsById.delete(id);
    if (keep === 'ours') {
      this.base.set(id, serializeGoldDocument(conflict.theirs));
      this.dirty.add(id);
    } else {
      this.documents.set(id, conflict.theirs);
      this.base.set(id, serializeGoldDocument(conflict.theirs));
      this.dirty.delete(id);
    }
  }

  /** Called with what changed whenever this store finds that another writer changed the file. */
  onExternalChange(listener: (e: ExternalChangeEvent) => void): Disposable {
    this.externalListeners.add(listener);
    return { dispose: () => this.externalListeners.delete(listener) };
  }

  /**
   * Writes unsaved decisions. Under the lock: re-read the file; if it changed since this store
   * last saw it, merge per document; write everything atomically. Conflicting documents stay as
   * they are on disk and are returned (and kept in memory) until `resolveConflict`. When the write
   * fails (a full disk, a read-only file) the error names the file and every unsaved decision stays
   * unsaved here, for the next flush.
   */
  async flush(): Promise<FlushResult> {
    if (this.dirty.size === 0) return { written: false, conflicts: this.conflicts() };
    const dir = path.dirname(this.path);
    await this.fs.mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw describeFileSystemError(error, dir, 'create the folder');
    });
    return withFileLock(
      this.path,
      async () => {
        const disk = await this.readDisk();
        const external = disk.fingerprint?.hash !== this.fingerprint?.hash ? this.mergeFromDisk(disk.content) : undefined;
        const content = this.serialize();
        await writeFileAtomic(this.path, content, this.fs);
        this.fingerprint = await this.fingerprintOf(content);
        for (const id of this.dirty) {
          if (!this.conflictsById.has(id)) this.base.set(id, serializeGoldDocument(this.documents.get(id)!));
        }
        for (const id of [...this.dirty]) if (!this.conflictsById.has(id)) this.dirty.delete(id);
        if (external) this.emit(external);
        return { written: true, external, conflicts: this.conflicts() };
      },
      { ...this.options.lock, fileSystem: this.fs },
    );
  }

  /**
   * Re-reads the file if its size or mtime changed since this store last read or wrote it
   * (e.g. from a file watcher); unsaved decisions here are merged, not lost. Returns the change,
   * or undefined when the file is as this store left it.
   */
  async checkForExternalChange(): Promise<ExternalChangeEvent | undefined> {
    const stat = await statOrUndefined(this.path, this.fs);
    if (stat && this.fingerprint && stat.mtimeMs === this.fingerprint.mtimeMs && stat.size === this.fingerprint.size) return undefined;
    if (!stat && !this.fingerprint) return undefined;
    const disk = await this.readDisk();
    if (disk.fingerprint?.hash === this.fingerprint?.hash) {
      this.fingerprint = disk.fingerprint;
      return undefined;
    }
    const event = this.mergeFromDisk(disk.content);
    this.fingerprint = disk.fingerprint;
    this.emit(event);
    return event;
  }

  private adopt(content: string, fingerprint: FileFingerprint | undefined): void {
    const parsed = parseGoldFile(content);
    this.entries = parsed.entries;
    this.lastIssues = parsed.issues;
    this.documents.clear();
    this.base.clear();
    for (const entry of parsed.entries) {
      if (entry.kind !== 'document') continue;
      this.documents.set(entry.document.id, entry.document);
      this.base.set(entry.document.id, serializeGoldDocument(entry.document));
    }
    this.fingerprint = fingerprint;
  }

  /** Takes the disk's entries as the new layout and folds this store's unsaved documents into it. */
  private mergeFromDisk(content: string): ExternalChangeEvent {
    const parsed = parseGoldFile(content);
    const event: ExternalChangeEvent = { changedIds: [], mergedIds: [], conflicts: [], issues: parsed.issues };
    const onDisk = new Set<string>();
    for (const entry of parsed.entries) {
      if (entry.kind !== 'document') continue;
      const theirs = entry.document;
      onDisk.add(theirs.id);
      const theirsSerialized = serializeGoldDocument(theirs);
      if (!this.dirty.has(theirs.id)) {
        const mine = this.documents.get(theirs.id);
        if (!mine || serializeGoldDocument(mine) !== theirsSerialized) event.changedIds.push(theirs.id);
        this.documents.set(theirs.id, theirs);
        this.base.set(theirs.id, theirsSerialized);
        continue;
      }
      const baseSerialized = this.base.get(theirs.id);
      if (baseSerialized === theirsSerialized) continue;
      const ours = this.documents.get(theirs.id)!;
      const known = this.conflictsById.get(theirs.id);
      const base = baseSerialized === undefined ? undefined : (JSON.parse(baseSerialized) as GoldDocument);
      const result = mergeDocument(base, ours, theirs);
      if (result.kind === 'merged') {
        this.documents.set(theirs.id, result.document);
        this.base.set(theirs.id, theirsSerialized);
        this.conflictsById.delete(theirs.id);
        event.mergedIds.push(theirs.id);
      } else if (!known || serializeGoldDocument(known.theirs) !== theirsSerialized) {
        const conflict = { id: theirs.id, ours: result.ours, theirs: result.theirs };
        this.conflictsById.set(theirs.id, conflict);
        event.conflicts.push(conflict);
      }
    }
    for (const id of [...this.documents.keys()]) {
      // Gone from disk: another writer removed it. Keep it only if it has unsaved decisions here.
      if (!onDisk.has(id) && !this.dirty.has(id)) {
        this.documents.delete(id);
        this.base.delete(id);
        event.changedIds.push(id);
      }
    }
    this.entries = parsed.entries;
    this.lastIssues = parsed.issues;
    return event;
  }

  /** Disk layout (order, malformed lines) with this store's documents; conflicting ones as on disk. */
  private serialize(): string {
    const written = new Set<string>();
    const lines: string[] = [];
    for (const entry of this.entries) {
      if (entry.kind === 'malformed') {
        lines.push(entry.raw);
        continue;
      }
      const id = entry.document.id;
      const conflict = this.conflictsById.get(id);
      const doc = conflict ? conflict.theirs : this.documents.get(id);
      if (!doc) continue;
      lines.push(serializeGoldDocument(doc));
      written.add(id);
    }
    for (const [id, doc] of this.documents) {
      if (!written.has(id) && !this.conflictsById.has(id)) lines.push(serializeGoldDocument(doc));
    }
    const content = lines.map((l) => l + '\n').join('');
    this.entries = parseGoldFile(content).entries;
    return content;
  }

  private emit(event: ExternalChangeEvent): void {
    for (const listener of this.externalListeners) listener(event);
  }

  private async readDisk(): Promise<{ content: string; fingerprint: FileFingerprint | undefined }> {
    let content: string;
    try {
      content = await this.fs.readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { content: '', fingerprint: undefined };
      throw describeFileSystemError(e, this.path, 'read');
    }
    return { content, fingerprint: await this.fingerprintOf(content) };
  }

  private async fingerprintOf(content: string): Promise<FileFingerprint> {
    const stat = await this.fs.stat(this.path).catch((e: unknown) => {
      throw describeFileSystemError(e, this.path, 'read');
    });
    return { mtimeMs: stat.mtimeMs, size: stat.size, hash: textHash(content) };
  }
}

async function statOrUndefined(file: string, fs: FileSystem) {
  try {
    return await fs.stat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw describeFileSystemError(e, file, 'read');
  }
}

function cloneDocument(doc: GoldDocument): GoldDocument {
  const clone: GoldDocument = { ...doc, decisions: doc.decisions.map(canonicalDecision) };
  if (doc.done) clone.done = doc.done.map((m) => ({ ...m }));
  return clone;
}
