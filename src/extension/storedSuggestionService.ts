import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseStoredSuggestions, storedEntitiesFor, type StoredSuggestions } from '../engine/batch/storedSuggestions';
import type { Entity } from '../engine/entity';
import { textHash } from '../gold/textHash';
import type { ConfigService } from './config';

export const SUGGESTIONS_DIR = '.clinical-ner/suggestions';

interface CachedFile {
  mtimeMs: number;
  size: number;
  byId: Map<string, StoredSuggestions>;
}

/**
 * The suggestions files that "Annotate Folder…" writes (`.clinical-ner/suggestions/*.jsonl`, ids
 * are gold document ids). When a note is opened, its stored suggestions are used if they were
 * computed for its current text, so a pre-annotated folder is reviewed without waiting for the
 * engine. Files are re-read only when their size or modification time changes.
 */
export class StoredSuggestionService implements vscode.Disposable {
  private readonly cache = new Map<string, CachedFile>();

  constructor(
    private readonly config: ConfigService,
    private readonly fallbackDir: vscode.Uri,
  ) {}

  /** The folder of the suggestions files: in the first workspace folder, else in the extension's storage. */
  get directory(): string {
    return this.config.resolvePath(SUGGESTIONS_DIR) ?? path.join(this.fallbackDir.fsPath, 'suggestions');
  }

  /** The default suggestions file of a folder of notes: `<directory>/<folder name>.jsonl`. */
  fileFor(folder: vscode.Uri): string {
    const name = path.basename(folder.fsPath) || 'notes';
    return path.join(this.directory, `${name.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.jsonl`);
  }

  /** The stored suggestions of a document, if some file holds them for exactly this text. */
  async lookup(docId: string, text: string): Promise<{ entities: Entity[]; file: string } | undefined> {
    let names: string[];
    try {
      names = (await fs.readdir(this.directory)).filter((n) => n.endsWith('.jsonl')).sort();
    } catch {
      return undefined;
    }
    let hash: string | undefined;
    for (const name of names) {
      const file = path.join(this.directory, name);
      const stored = (await this.read(file))?.get(docId);
      if (!stored) continue;
      hash ??= textHash(text);
      const entities = storedEntitiesFor(stored, text, hash);
      if (entities) return { entities, file };
    }
    return undefined;
  }

  private async read(file: string): Promise<Map<string, StoredSuggestions> | undefined> {
    try {
      const stat = await fs.stat(file);
      const cached = this.cache.get(file);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.byId;
      const byId = parseStoredSuggestions(await fs.readFile(file, 'utf8'));
      this.cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, byId });
      return byId;
    } catch {
      this.cache.delete(file);
      return undefined;
    }
  }

  dispose(): void {
    this.cache.clear();
  }
}
