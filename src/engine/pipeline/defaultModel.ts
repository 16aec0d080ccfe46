import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const DEFAULT_MODEL_NAME = 'default-it';

/**
 * The bundled default model folder: `models/default-it` at the package root, found from wherever
 * the code runs (dist/ bundles, src/ under tsx, an installed extension).
 */
export function defaultModelDir(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'models', DEFAULT_MODEL_NAME);
    if (existsSync(path.join(candidate, 'config.json')) || existsSync(path.join(candidate, 'lexicon.tsv'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`the bundled model folder models/${DEFAULT_MODEL_NAME} was not found above ${from}`);
    dir = parent;
  }
}
