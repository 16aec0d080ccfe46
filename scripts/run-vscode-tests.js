#!/usr/bin/env node
// Adapted from ../shared/research/vscode-offline/run-vscode-tests.js (written for this project's
// measurement of an offline extension host). Extra here: the workspace may be given as a folder the
// caller prepared; env VSCODE_IT_* reach the tests.
// Runs a VS Code extension's integration tests inside a REAL (Node) extension
// host with no internet: code-server (npm) serves VS Code on 127.0.0.1, headless
// Debian Chromium (driven by playwright-core) opens the workbench with a
// `payload` that sets extensionDevelopmentPath / extensionTestsPath to
// vscode-remote:// URIs, so the server-side extension host loads the extension
// and calls run() from the tests module. Exit code = the tests' exit code.
//
// usage: node run-vscode-tests.js --ext DIR --tests FILE --workspace DIR
//          [--runtime DIR]  (what setup-offline-vscode.ts made; default $VSCODE_OFFLINE_DIR or ./.vscode-offline)
//          [--node24 BIN] [--code-server ENTRY_JS] [--screenshot PNG]
//          [--timeout SEC] [--chromium /usr/bin/chromium]
// env: VSCODE_IT_VERBOSE=1 prints the whole workbench console and code-server log.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const util = require('util');

const T0 = Date.now();
const log = (...a) => console.log(`[runner +${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...a);

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}

const ext = path.resolve(arg('ext', '.'));
const tests = path.resolve(arg('tests', path.join(ext, 'out/test/index.js')));
const workspace = path.resolve(arg('workspace', ext));
const runtime = path.resolve(arg('runtime', process.env.VSCODE_OFFLINE_DIR || '.vscode-offline'));
const lookup = [path.join(runtime, 'cs'), process.cwd(), __dirname];
const node24 = arg('node24') || process.env.CODE_SERVER_NODE || path.join(runtime, 'node/node_modules/node/bin/node');
const csEntry = arg('code-server') || require.resolve('code-server/out/node/entry.js', { paths: lookup });
const chromium = arg('chromium', process.env.CHROMIUM_PATH || '/usr/bin/chromium');
const screenshot = arg('screenshot');
const timeoutSec = Number(arg('timeout', '300'));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-it-'));
  const port = await freePort();
  const shotDir = path.join(tmp, 'shot');
  fs.mkdirSync(shotDir, { recursive: true });
  const env = {
    VSCODE_IT_SHOT_DIR: screenshot ? shotDir : '',
    // the tests' run() may write {passes, failures, pending} here; printed as a plain closing line
    VSCODE_IT_RESULT: path.join(tmp, 'result.json'),
    ...process.env,
    // keep code-server from writing into ~/.config and ~/.local/share
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'), // @vscode/deviceid, onnxruntime write ~/.cache/Microsoft otherwise
    PASSWORD: undefined,
  };
  fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const csArgs = [
    csEntry,
    '--config', path.join(tmp, 'config.yaml'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override',
    // makes the built web workbench honour the URL `payload` (extension dev/test paths)
    '--vscode-option', 'enable-smoke-test-driver',
    '--ignore-last-opened',
    workspace,
  ];
  fs.mkdirSync(path.join(tmp, 'user-data', 'User'), { recursive: true });
  fs.writeFileSync(path.join(tmp, 'user-data', 'User', 'settings.json'), JSON.stringify({
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    // VS Code opens the secondary side bar for its chat in every workspace; with chat disabled it is an empty fifth of the screen
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
  }, null, 2));
  log('start', new Date(T0).toISOString());
  log('starting code-server with', node24, `on 127.0.0.1:${port}`);
  // own process group, so the server's helpers (file watcher, pty host, ext host) end with it
  const server = spawn(node24, csArgs, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  let killed = false;
  const stopServer = () => { if (!killed) { killed = true; try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } } };
  process.on('exit', stopServer);

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start in 60s')), 60000);
    const onData = (d) => {
      const s = d.toString();
      serverLog.write(s);
      if (process.env.VSCODE_IT_VERBOSE) process.stdout.write(s.replace(/^/gm, '[code-server] '));
      if (/HTTP server listening/.test(s)) { clearTimeout(timer); resolve(); }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c) => reject(new Error(`code-server exited early with ${c}; see ${tmp}/code-server.log`)));
  });
  log('code-server listening');

  const { chromium: pw } = require(require.resolve('playwright-core', { paths: lookup }));
  const context = await pw.launchPersistentContext(path.join(tmp, 'chromium-profile'), {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1280, height: 800 },
    env: { ...process.env, HOME: path.join(tmp, 'home'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_CACHE_HOME: path.join(tmp, 'xdg-cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  const consoleLog = fs.createWriteStream(path.join(tmp, 'browser-console.log'));
  page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => consoleLog.write(`[pageerror] ${e}\n`));

  let exitResolve;
  const exited = new Promise((r) => { exitResolve = r; });
  // The web workbench forwards its console (incl. the extension host's) here.
  const quiet = process.env.VSCODE_IT_VERBOSE ? null : /^\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)|Creating a socket|connection token|Creation of workbench contribution|Updating additional builtin|ENOTFOUND open-vsx|^\s+at /;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(args || []));
    consoleLog.write(`[automation:${type}] ${line}\n`);
    if (!quiet || !quiet.test(line)) console.log('[vscode]', line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => { exitResolve(code); });

  const remote = (p) => `vscode-remote://remote${p}`; // code-server's remote authority is "remote"
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(ext)],
    ['extensionTestsPath', remote(tests)],
    ['skipWelcome', 'true'],
  ]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
  log('opening workbench');
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  log('workbench DOM is up');

  // Optional screenshot handshake: a test writes $VSCODE_IT_SHOT_DIR/ready, waits for ./done;
  // the screenshot goes to --screenshot. For a series of frames a test writes ready-NAME (NAME:
  // letters, digits, . _ -) and waits for done-NAME; the frame goes to NAME.png next to --screenshot.
  let shotTaken = false;
  let busy = false;
  const framesTaken = new Set();
  const capture = async (ready, done, file) => {
    await new Promise((r) => setTimeout(r, 1500)); // let the editor paint
    await page.screenshot({ path: file });
    log('screenshot saved to', file);
    fs.writeFileSync(path.join(shotDir, done), '');
    fs.rmSync(path.join(shotDir, ready), { force: true });
  };
  const poll = setInterval(async () => {
    if (!screenshot || busy) return;
    busy = true;
    try {
      if (!shotTaken && fs.existsSync(path.join(shotDir, 'ready'))) {
        shotTaken = true;
        await capture('ready', 'done', screenshot);
      }
      for (const entry of fs.readdirSync(shotDir)) {
        const name = /^ready-([\w.-]+)$/.exec(entry)?.[1];
        if (!name || framesTaken.has(name)) continue;
        framesTaken.add(name);
        await capture(entry, `done-${name}`, path.join(path.dirname(screenshot), `${name}.png`));
      }
    } catch (e) {
      log('screenshot failed:', e.message);
    } finally {
      busy = false;
    }
  }, 250);

  let timer;
  const code = await Promise.race([
    exited,
    new Promise((r) => { timer = setTimeout(() => r('timeout'), timeoutSec * 1000); }),
  ]);
  clearTimeout(timer);
  clearInterval(poll);
  if (screenshot && !shotTaken) await page.screenshot({ path: screenshot }).catch(() => { });
  log('extension host exit:', code, '| logs in', tmp);
  try {
    const r = JSON.parse(fs.readFileSync(path.join(tmp, 'result.json'), 'utf8'));
    console.log(`vscode-integration: ${r.passes} passed, ${r.failures} failed` + (r.pending ? `, ${r.pending} skipped` : ''));
  } catch { /* the test entry wrote no result file */ }
  if (code !== 0) {
    const tail = fs.readFileSync(path.join(tmp, 'code-server.log'), 'utf8').trim().split('\n').slice(-25).join('\n');
    console.log('--- last lines of code-server.log ---\n' + tail);
  }
  await context.close();
  stopServer();
  if (code === 0 && !process.env.VSCODE_IT_KEEP) {
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exitCode = code === 0 ? 0 : 1;
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
