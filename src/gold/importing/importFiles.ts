import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { TextFile } from '../formats/documentFiles';
import { FOLDER_FORMATS, type ImportFormat } from './importFormats';

const FOLDER_EXTENSIONS: Partial<Record<ImportFormat, readonly string[]>> = { brat: ['.txt', '.ann'], 'webanno-tsv': ['.tsv'] };

/**
 * The files an import reads from `input`: for brat and WebAnno TSV given a folder, its files of
 * theirs at any depth (paths relative to it, `/`-separated, hidden folders skipped); otherwise the
 * one file. Node's errors pass through (a missing path names itself).
 */
export async function readImportFiles(format: ImportFormat, input: string): Promise<TextFile[]> {
  const stat = await fs.stat(input);
  if (!stat.isDirectory()) return [{ path: path.basename(input), content: await fs.readFile(input, 'utf8') }];
  if (!FOLDER_FORMATS.includes(format)) throw new Error(`${input} is a folder; ${format} is read from one file`);
  const extensions = FOLDER_EXTENSIONS[format]!;
  const files: TextFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(full);
      else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase())) {
        files.push({ path: path.relative(input, full).split(path.sep).join('/'), content: await fs.readFile(full, 'utf8') });
      }
    }
  };
  await walk(input);
  return files;
}
