#!/usr/bin/env node
// Runs the integration tests (dist/test/integration/index.js, a module exporting run()) in a real
// VS Code extension host, on a fresh copy of test/integration/workspace.
//   default                          code-server + Debian chromium (run-vscode-tests.js): works offline,
//                                    needs only the npm registry and Debian (scripts/setup-offline-vscode.sh once)
//   VSCODE_TEST_RUNTIME=electron     @vscode/test-electron: downloads a desktop VS Code, so it needs
//                                    internet. It is deliberately NOT a dependency of this project (it
//                                    cannot install or run on the offline machines this project is built
//                                    on); it is required lazily, from wherever it is installed, only on
//                                    this path: `npm i --no-save @vscode/test-electron` first.
// usage: node scripts/test-integration.js [--screenshot PNG] [--timeout SEC] [--keep-workspace]
// env: VSCODE_IT_BENCH=1 runs the benchmark (bench.test) instead of the tests.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const ext = root;
const tests = path.join(root, 'dist/test/integration/index.js');
const template = path.join(root, 'test/integration/workspace');
const fixtureModel = path.join(root, 'test/fixtures/seed-format-model');

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** A copy of the test workspace in a temp folder, so that runs do not write into the repository. */
function prepareWorkspace() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-ws-'));
  fs.cpSync(template, dir, { recursive: true });
  const settingsFile = path.join(dir, '.vscode', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  // Tests: the deterministic seed-format fixture (see its MODEL_CARD.md) gives exact, known entities.
  // Benchmark: the bundled default model with every layer, or the fixture while models/default-it is not built.
  const defaultModel = fs.existsSync(path.join(root, 'models/default-it/config.json'));
  // the benchmark measures the shipped default debounce (400 ms); the tests use a shorter one
  if (process.env.VSCODE_IT_BENCH) delete settings['clinicalNer.debounceMs'];
  if (process.env.VSCODE_IT_BENCH && defaultModel) {
    delete settings['clinicalNer.modelPath'];
    delete settings['clinicalNer.sources'];
    process.env.CLINICAL_NER_BENCH_MODEL = 'bundled default (models/default-it), all layers';
  } else {
    settings['clinicalNer.modelPath'] = fixtureModel;
    process.env.CLINICAL_NER_BENCH_MODEL = 'seed-format fixture (test/fixtures/seed-format-model), model layer: models/default-it has no config.json yet';
  }
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  return dir;
}

(async () => {
  if (!fs.existsSync(tests)) {
    console.error(`[test-integration] ${path.relative(root, tests)} is missing: run npm run build first`);
    process.exit(1);
  }
  const runtime = process.env.VSCODE_TEST_RUNTIME || 'code-server';
  const workspace = prepareWorkspace();
  console.log(`[test-integration] runtime: ${runtime}; workspace: ${workspace}`);
  process.env.CLINICAL_NER_IT_FIXTURES = path.join(root, 'test/fixtures');
  let status = 1;
  if (runtime === 'electron') {
    const { runTests } = require(require.resolve('@vscode/test-electron', { paths: [root, process.cwd()] }));
    try {
      await runTests({ extensionDevelopmentPath: ext, extensionTestsPath: tests, launchArgs: [workspace, '--disable-extensions'] });
      status = 0;
    } catch (e) {
      console.error(e);
    }
  } else {
    const offline = process.env.VSCODE_OFFLINE_DIR || path.join(root, '.vscode-offline');
    if (!fs.existsSync(path.join(offline, 'cs/node_modules/code-server'))) {
      const r = spawnSync('bash', [path.join(__dirname, 'setup-offline-vscode.sh')], { stdio: 'inherit', cwd: root });
      if (r.status !== 0) process.exit(r.status || 1);
    }
    const screenshot = arg('screenshot') ?? (process.env.VSCODE_IT_BENCH ? undefined : path.join(root, 'media/screenshot.png'));
    const passThrough = process.argv.slice(2).filter((a, i, all) => a !== '--keep-workspace' && a !== '--screenshot' && all[i - 1] !== '--screenshot');
    const r = spawnSync(process.execPath, [path.join(__dirname, 'run-vscode-tests.js'),
      '--ext', ext, '--tests', tests, '--workspace', workspace, '--runtime', offline,
      ...(screenshot ? ['--screenshot', screenshot] : []), ...passThrough], { stdio: 'inherit', cwd: root });
    status = r.status === null ? 1 : r.status;
  }
  if (!process.argv.includes('--keep-workspace')) fs.rmSync(workspace, { recursive: true, force: true });
  process.exit(status);
})();
