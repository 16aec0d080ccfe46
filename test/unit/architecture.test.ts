import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file imports or requires, as written (`vscode`, `../gold/goldStore`…). */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

/** Files below `layers` that import `vscode` (when `forbidden` is 'vscode') or anything below `src/<forbidden>`. */
function offenders(layers: string[], forbidden: string): string[] {
  return layers.flatMap((layer) => sources(path.join(ROOT, 'src', layer))).filter((file) =>
    importsOf(file).some((spec) => {
      if (forbidden === 'vscode') return spec === 'vscode';
      if (!spec.startsWith('.')) return false;
      const target = path.relative(path.join(ROOT, 'src'), path.resolve(path.dirname(file), spec));
      return target === forbidden || target.startsWith(forbidden + path.sep);
    }),
  ).map((file) => path.relative(ROOT, file));
}

describe('architecture', () => {
  it('src/engine, src/gold and src/learning never import vscode (the review logic runs and is tested without it)', () => {
    assert.deepEqual(offenders(['engine', 'gold', 'learning'], 'vscode'), []);
  });

  it('src/engine, src/gold, src/learning and src/cli never import from src/extension (the adapter sits on top)', () => {
    assert.deepEqual(offenders(['engine', 'gold', 'learning', 'cli'], 'extension'), []);
  });

  it('src/engine never imports from src/gold (the engine stands alone, the gold store builds on it)', () => {
    assert.deepEqual(offenders(['engine'], 'gold'), []);
  });

  it('finds a forbidden import when there is one', () => {
    const goldImportingEngine = offenders(['gold'], 'engine');
    assert.ok(goldImportingEngine.includes(path.join('src', 'gold', 'spanTracker.ts')), 'src/gold/spanTracker.ts imports ../engine/entity');
  });
});
