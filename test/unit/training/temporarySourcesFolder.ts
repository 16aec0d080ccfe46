import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A lexicon sources folder (terms/, families/) made fresh for each test and removed after it. */
export function temporarySourcesFolder(): { readonly dir: string; write(file: string, ...lines: string[]): void } {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lexicon-sources-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    write(file: string, ...lines: string[]): void {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), lines.join('\n') + '\n');
    },
  };
}
