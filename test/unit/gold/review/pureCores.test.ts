import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('pure cores', () => {
  it('src/engine and src/gold never import vscode (the review logic runs and is tested without it)', () => {
    const root = path.resolve(__dirname, '../../../..');
    const offenders = [...sources(path.join(root, 'src/engine')), ...sources(path.join(root, 'src/gold'))]
      .filter((file) => /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    assert.deepEqual(offenders, []);
  });
});
