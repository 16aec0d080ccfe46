import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** The workspace `npm start` opens when given none: git-ignored, made from samples/ once, then reused as it is. */
export const DEMO_WORKSPACE = '.clinical-ner-demo';
// the default of the clinicalNer.goldFile setting (package.json)
const DEFAULT_GOLD_FILE = '.clinical-ner/gold.jsonl';

export interface StartWorkspace {
  folder: string;
  /** Whether this run made it (from samples/). */
  created: boolean;
  /** Where the extension keeps the decisions made in it. */
  goldFile: string;
}

function goldFileOf(folder: string): string {
  let configured: unknown;
  try {
    configured = (JSON.parse(readFileSync(path.join(folder, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>)['clinicalNer.goldFile'];
  } catch {
    // no workspace settings, or settings with comments: the default applies (or the note below)
  }
  return path.resolve(folder, typeof configured === 'string' && configured.trim() ? configured.trim() : DEFAULT_GOLD_FILE);
}

/**
 * The folder given with --workspace, which must exist, or the demo workspace in the repository:
 * copied from samples/ (its notes, not its README) the first time, never overwritten or removed
 * afterwards, so that the decisions reviewed in it stay.
 */
export function startWorkspace(repositoryRoot: string, given?: string): StartWorkspace {
  if (given !== undefined) {
    const folder = path.resolve(given);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`--workspace ${given}: no such folder (give an existing folder of notes, or leave it out for the demo workspace)`);
    return { folder, created: false, goldFile: goldFileOf(folder) };
  }
  const folder = path.join(repositoryRoot, DEMO_WORKSPACE);
  const created = !existsSync(folder);
  if (created) {
    // made beside it and renamed, so that an interrupted first start leaves no half-copied workspace
    const partial = mkdtempSync(`${folder}.partial-`);
    const samples = path.join(repositoryRoot, 'samples');
    for (const name of readdirSync(samples)) {
      if (name !== 'README.md') copyFileSync(path.join(samples, name), path.join(partial, name));
    }
    renameSync(partial, folder);
  }
  return { folder, created, goldFile: goldFileOf(folder) };
}
