import { minimatch } from 'minimatch';

/**
 * Which files of a folder are notes, as glob patterns over paths relative to the folder (the
 * workspace folder in the extension): `clinicalNer.include` / `clinicalNer.exclude` in the
 * extension, `--include` / `--exclude` on the command line, with these same defaults. No include
 * pattern means every plain-text or Markdown file; a README (or readme) is documentation about
 * the notes, not a note, so it is left out unless asked for.
 */
export const DEFAULT_NOTE_INCLUDE: readonly string[] = [];
export const DEFAULT_NOTE_EXCLUDE: readonly string[] = ['**/node_modules/**', '**/.clinical-ner/**', '**/README*', '**/readme*'];

export interface NoteGlobs {
  include: readonly string[];
  exclude: readonly string[];
}

/** Whether a relative path (with `/` separators) is a note under these globs; `dot`: like VS Code, `**` enters dot folders. */
export function isIncludedNote(relativePath: string, globs: NoteGlobs): boolean {
  const matches = (glob: string) => minimatch(relativePath, glob, { dot: true });
  if (globs.include.length > 0 && !globs.include.some(matches)) return false;
  return !globs.exclude.some(matches);
}
