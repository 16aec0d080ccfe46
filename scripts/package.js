#!/usr/bin/env node
// `npm run package`: one platform-specific VSIX per target, with @vscode/vsce.
//
// The code is bundled by esbuild (dist/), so only the native modules ship in node_modules:
// onnxruntime-node (+ onnxruntime-common) and tokenizers, pruned to the target's binaries
// (onnxruntime-node bin/napi-v6/<os>/<arch>, one tokenizers.<triple>.node). Each target is staged
// in out/package/<target>/ as a clean folder (manifest without devDependencies and scripts, dist,
// the default model, media, README, LICENSE, CHANGELOG, the pruned modules) and vsce runs there.
//
// usage: node scripts/package.js [--target linux-x64,darwin-arm64,win32-x64] [--out DIR] [--no-build]
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

/** VS Code target → where onnxruntime-node keeps its binaries and which tokenizers binary loads there. */
const TARGETS = {
  'linux-x64': { ort: 'linux/x64', tokenizers: 'linux-x64-gnu' },
  'linux-arm64': { ort: 'linux/arm64', tokenizers: 'linux-arm64-gnu' },
  'darwin-arm64': { ort: 'darwin/arm64', tokenizers: 'darwin-arm64' },
  'win32-x64': { ort: 'win32/x64', tokenizers: 'win32-x64-msvc' },
  'win32-arm64': { ort: 'win32/arm64', tokenizers: 'win32-arm64-msvc' },
};
const DEFAULT_TARGETS = ['linux-x64', 'darwin-arm64', 'win32-x64'];
/** The bundles the extension and the CLI load; bench.js and test bundles stay out. */
const DIST_FILES = ['extension.js', 'cli.js', 'engineWorker.js', 'layerFitWorker.js'];
const TOP_FILES = ['README.md', 'LICENSE', 'CHANGELOG.md'];

function parseArgs(argv) {
  const options = { targets: DEFAULT_TARGETS, out: root, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--target' || a === '--targets') options.targets = argv[++i].split(',').map((t) => t.trim()).filter(Boolean);
    else if (a === '--out') options.out = path.resolve(argv[++i]);
    else if (a === '--no-build') options.build = false;
    else throw new Error(`unknown option ${a}`);
  }
  for (const t of options.targets) if (!TARGETS[t]) throw new Error(`unknown target ${t} (known: ${Object.keys(TARGETS).join(', ')})`);
  return options;
}

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Copies a file or folder, leaving out source maps, type declarations and what `skip` says. */
function copy(from, to, skip = () => false) {
  const stat = fs.statSync(from);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(from)) {
      const child = path.join(from, name);
      if (skip(child)) continue;
      copy(child, path.join(to, name), skip);
    }
    return;
  }
  if (/\.(map|d\.ts|d\.mts|d\.cts)$/.test(from)) return;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** A module's manifest as the package needs it: no scripts (vsce and npm must not run them). */
function stageManifest(from, to, edit = () => {}) {
  const manifest = readJson(from);
  delete manifest.scripts;
  delete manifest.devDependencies;
  edit(manifest);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  writeJson(to, manifest);
}

function stageNativeModules(stage, target) {
  const { ort, tokenizers } = TARGETS[target];
  const nm = path.join(root, 'node_modules');
  const out = path.join(stage, 'node_modules');

  const ortDir = path.join(nm, 'onnxruntime-node');
  const ortBin = path.join(ortDir, 'bin', 'napi-v6', ort);
  if (!fs.existsSync(path.join(ortBin, 'onnxruntime_binding.node'))) throw new Error(`${ortBin}: no onnxruntime binding for ${target}`);
  // adm-zip and global-agent serve only its install script (the CUDA download), which never runs here
  stageManifest(path.join(ortDir, 'package.json'), path.join(out, 'onnxruntime-node', 'package.json'), (m) => {
    m.dependencies = { 'onnxruntime-common': m.dependencies['onnxruntime-common'] };
  });
  copy(path.join(ortDir, 'dist'), path.join(out, 'onnxruntime-node', 'dist'));
  // libonnxruntime.1.30.0.dylib is a byte-identical copy of libonnxruntime.1.dylib (a symlink
  // upstream, flattened by npm); the binding and the library itself name @rpath/libonnxruntime.1.dylib
  const duplicate = (f) => /libonnxruntime\.\d+\.\d+\.\d+\.dylib$/.test(f) && fs.existsSync(path.join(path.dirname(f), 'libonnxruntime.1.dylib'));
  copy(ortBin, path.join(out, 'onnxruntime-node', 'bin', 'napi-v6', ort), duplicate);
  for (const f of ['README.md', 'LICENSE']) if (fs.existsSync(path.join(ortDir, f))) copy(path.join(ortDir, f), path.join(out, 'onnxruntime-node', f));

  const commonDir = path.join(nm, 'onnxruntime-common');
  stageManifest(path.join(commonDir, 'package.json'), path.join(out, 'onnxruntime-common', 'package.json'));
  copy(path.join(commonDir, 'dist'), path.join(out, 'onnxruntime-common', 'dist'));
  for (const f of ['README.md', 'LICENSE']) if (fs.existsSync(path.join(commonDir, f))) copy(path.join(commonDir, f), path.join(out, 'onnxruntime-common', f));

  const tokDir = path.join(nm, 'tokenizers');
  const binary = `tokenizers.${tokenizers}.node`;
  if (!fs.existsSync(path.join(tokDir, binary))) throw new Error(`${tokDir}: no ${binary} for ${target}`);
  stageManifest(path.join(tokDir, 'package.json'), path.join(out, 'tokenizers', 'package.json'), (m) => {
    delete m.optionalDependencies; // the per-platform packages: the binary sits next to index.js instead
  });
  for (const f of ['index.js', 'LICENSE', 'README.md', binary]) {
    if (fs.existsSync(path.join(tokDir, f))) copy(path.join(tokDir, f), path.join(out, 'tokenizers', f));
  }
}

function stage(target, stageDir) {
  fs.rmSync(stageDir, { recursive: true, force: true });
  fs.mkdirSync(stageDir, { recursive: true });
  stageManifest(path.join(root, 'package.json'), path.join(stageDir, 'package.json'), (m) => {
    delete m.allowScripts;
    delete m.private;
  });
  for (const f of TOP_FILES) copy(path.join(root, f), path.join(stageDir, f));
  for (const f of DIST_FILES) {
    const file = path.join(root, 'dist', f);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
    copy(file, path.join(stageDir, 'dist', f));
  }
  copy(path.join(root, 'models', 'default-it'), path.join(stageDir, 'models', 'default-it'));
  if (fs.existsSync(path.join(root, 'media'))) copy(path.join(root, 'media'), path.join(stageDir, 'media'));
  // the walkthrough's "Open a Sample Note" reads them from the extension folder
  copy(path.join(root, 'samples'), path.join(stageDir, 'samples'));
  stageNativeModules(stageDir, target);
  // the staged folder holds only what ships; this keeps vsce from adding anything else
  fs.copyFileSync(path.join(root, '.vscodeignore'), path.join(stageDir, '.vscodeignore'));
}

function listFiles(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return files;
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], root);
  const modelDir = path.join(root, 'models', 'default-it');
  if (!fs.existsSync(path.join(modelDir, 'model.onnx')) && !fs.existsSync(path.join(modelDir, 'onnx', 'model.onnx'))) {
    console.warn('[package] models/default-it has no model.onnx: the packages run the lexicon and pattern layers only');
  }
  const version = readJson(path.join(root, 'package.json')).version;
  const vsce = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');
  fs.mkdirSync(options.out, { recursive: true });
  const made = [];
  for (const target of options.targets) {
    const stageDir = path.join(root, 'out', 'package', target);
    stage(target, stageDir);
    const vsix = path.join(options.out, `clinical-ner-${target}-${version}.vsix`);
    console.log(`[package] ${target}: vsce package in ${path.relative(root, stageDir)}`);
    // the README's image is relative: there is no repository URL to rewrite it against
    run(vsce, ['package', '--target', target, '--out', vsix, '--allow-missing-repository', '--no-rewrite-relative-links'], stageDir);
    const staged = listFiles(stageDir).filter((f) => !f.endsWith('.vscodeignore'));
    made.push({ target, vsix, bytes: fs.statSync(vsix).size, files: staged.length, unpacked: staged.reduce((n, f) => n + fs.statSync(f).size, 0) });
  }
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  console.log('\n[package] made:');
  for (const m of made) console.log(`  ${path.relative(process.cwd(), m.vsix) || m.vsix}  ${mb(m.bytes)} (${m.files} files, ${mb(m.unpacked)} unpacked)`);
}

try {
  main();
} catch (error) {
  console.error(`[package] ${error.message}`);
  process.exit(1);
}
