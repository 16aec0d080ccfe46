// Bundles the extension, the CLI, the engine worker and the benchmarks with esbuild.
// Native modules (onnxruntime-node, tokenizers) and `vscode` stay external: they are
// loaded at run time from node_modules (or from the extension host).
import * as esbuild from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const entries = [
  { in: 'src/extension/activate.ts', out: 'extension' },
  { in: 'src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/engine/worker/engineWorker.ts', out: 'engineWorker' },
  { in: 'src/learning/layerFitWorker.ts', out: 'layerFitWorker' },
  { in: 'bench/main.ts', out: 'bench' },
].filter((e) => existsSync(e.in));
// Integration tests: dist/test/integration/index.js (run() for the extension host) and one bundle
// per *.test.ts next to it; mocha and vscode come from the host at run time.
const integrationDir = 'test/integration';
if (existsSync(`${integrationDir}/index.ts`)) {
  for (const f of readdirSync(integrationDir).filter((n) => n === 'index.ts' || n.endsWith('.test.ts'))) {
    entries.push({ in: `${integrationDir}/${f}`, out: `test/integration/${f.replace(/\.ts$/, '')}`, external: ['mocha'] });
  }
}

// In watch mode: one line when a round of rebuilds starts and one when all have finished, and one
// line per error, for the problem matcher of .vscode/tasks.json.
let building = 0;
const watchReport = {
  name: 'watch-report',
  setup(build) {
    build.onStart(() => {
      if (building++ === 0) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.log(`[watch] error: ${location ? `${location.file}:${location.line}:${location.column + 1}: ` : ''}${text}`);
      }
      if (--building === 0) console.log('[watch] build finished');
    });
  },
};

const contexts = await Promise.all(entries.map((e) => esbuild.context({
  entryPoints: { [e.out]: e.in },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['vscode', 'onnxruntime-node', 'tokenizers', '@huggingface/transformers', ...(e.external ?? [])],
  banner: e.banner ? { js: e.banner } : undefined,
  logLevel: 'warning',
  plugins: watch ? [watchReport] : [],
})));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
