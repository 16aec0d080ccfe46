#!/usr/bin/env node
// Runs the integration tests (dist/test/integration/index.js, a module exporting run()) in a real
// VS Code extension host, on a fresh copy of test/integration/workspace in a temporary folder that
// is removed afterwards with everything the tests put in the temporary directory.
//   default                          code-server + Debian chromium (run-vscode-tests.js): works offline,
//                                    needs only the npm registry and Debian; the runtime is set up first
//                                    when missing (scripts/setup-offline-vscode.ts --browser)
//   VSCODE_TEST_RUNTIME=electron     @vscode/test-electron (a devDependency) from node_modules: it downloads a
//                                    desktop VS Code into .vscode-test/, so it needs a machine that can reach
//                                    the VS Code download servers
// usage: node scripts/test-integration.js [--screenshot PNG] [--timeout SEC] [--keep-workspace]
//        node scripts/test-integration.js --prepare-workspace DIR   (only the workspace, for .vscode/launch.json)
//   --screenshot PNG runs the screenshot suites too: PNG and the README's review-*.png next to it
//   (npm run screenshots); without it no tracked file is written.
// env: VSCODE_IT_BENCH=1 runs the benchmark (bench.test) instead of the tests;
//      VSCODE_IT_BENCH_SCENARIO=review-workspace gives its workspace a gold file with a decision.
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

/** A copy of the test workspace in `dir`, so that runs do not write into the repository. */
function prepareWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
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
  if (process.env.VSCODE_IT_BENCH_SCENARIO === 'review-workspace') addReviewWork(dir);
  return dir;
}

/** One decision in the workspace's gold file, written by the CLI's import as a user's would be: a workspace with review work. */
function addReviewWork(dir) {
  const brat = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-bench-brat-'));
  try {
    const text = fs.readFileSync(path.join(dir, 'notes/dimissione.txt'), 'utf8');
    const start = text.indexOf('febbre');
    fs.writeFileSync(path.join(brat, 'dimissione.txt'), text);
    fs.writeFileSync(path.join(brat, 'dimissione.ann'), `T1\tPROBLEM ${start} ${start + 6}\tfebbre\n`);
    const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'import', '--from', 'brat', brat, '--out', path.join(dir, '.clinical-ner/gold.jsonl'), '--annotator', 'bench'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cannot write the review workspace's gold file: ${r.stderr}`);
  } finally {
    fs.rmSync(brat, { recursive: true, force: true });
  }
}

(async () => {
  if (arg('prepare-workspace')) {
    console.log(`[test-integration] workspace: ${prepareWorkspace(path.resolve(arg('prepare-workspace')))}`);
    return;
  }
  if (!fs.existsSync(tests)) {
    console.error(`[test-integration] ${path.relative(root, tests)} is missing: run npm run build first`);
    process.exit(1);
  }
  const runtime = process.env.VSCODE_TEST_RUNTIME || 'code-server';
  // one folder for the run: the workspace, and the temporary directory of everything started below
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-it-'));
  const workspace = prepareWorkspace(path.join(runDir, 'workspace'));
  fs.mkdirSync(path.join(runDir, 'tmp'));
  process.env.TMPDIR = path.join(runDir, 'tmp');
  console.log(`[test-integration] runtime: ${runtime}; workspace: ${workspace}`);
  process.env.CLINICAL_NER_IT_FIXTURES = path.join(root, 'test/fixtures');
  let status = 1;
  if (runtime === 'electron') {
    const { runTests } = require('@vscode/test-electron');
    try {
      await runTests({ extensionDevelopmentPath: ext, extensionTestsPath: tests, launchArgs: [workspace, '--disable-extensions'] });
      status = 0;
    } catch (e) {
      const unreachable = ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ETIMEDOUT'].includes(e && e.code);
      console.error(`[test-integration] @vscode/test-electron: ${e instanceof Error ? e.message : e}` +
        (unreachable ? '; it downloads a desktop VS Code, which this machine cannot: leave VSCODE_TEST_RUNTIME unset for the offline runtime' : ''));
    }
  } else {
    const offline = path.resolve(process.env.VSCODE_OFFLINE_DIR || path.join(root, '.vscode-offline'));
    const setup = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'setup-offline-vscode.ts'), '--browser'], { stdio: 'inherit', cwd: root });
    if (setup.status !== 0) {
      fs.rmSync(runDir, { recursive: true, force: true });
      process.exit(setup.status || 1);
    }
    const screenshot = arg('screenshot') && path.resolve(arg('screenshot'));
    const passThrough = process.argv.slice(2).filter((a, i, all) => a !== '--keep-workspace' && a !== '--screenshot' && all[i - 1] !== '--screenshot');
    const r = spawnSync(process.execPath, [path.join(__dirname, 'run-vscode-tests.js'),
      '--ext', ext, '--tests', tests, '--workspace', workspace, '--runtime', offline,
      ...(screenshot ? ['--screenshot', screenshot] : []), ...passThrough], { stdio: 'inherit', cwd: root });
    status = r.status === null ? 1 : r.status;
  }
  if (process.argv.includes('--keep-workspace')) console.log(`[test-integration] kept ${runDir}`);
  else fs.rmSync(runDir, { recursive: true, force: true });
  process.exit(status);
})();
