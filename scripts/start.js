#!/usr/bin/env node
// `npm start`: builds the extension and opens it in the offline VS Code runtime (code-server, see
// scripts/setup-offline-vscode.sh) with a workspace of sample notes. Prints the URL to open in a
// browser; Ctrl-C (SIGINT) or SIGTERM stops code-server and everything it started.
//
// usage: node scripts/start.js [--port N] [--auth none|password] [--workspace DIR] [--no-build] [--no-setup]
// env:   PORT (as --port), VSCODE_OFFLINE_DIR (runtime folder, default ./.vscode-offline),
//        CODE_SERVER_NODE (Node 24 binary), PASSWORD (with --auth password)
//
// The extension is loaded in development mode, from this folder: the URL carries a `payload`
// with extensionDevelopmentPath, which the built web workbench honours only when code-server runs
// with `--vscode-option enable-smoke-test-driver` (measured in shared/research/vscode-offline).
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const options = { port: process.env.PORT, auth: 'none', workspace: undefined, build: true, setup: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port' || a.startsWith('--port=')) options.port = value();
    else if (a === '--auth' || a.startsWith('--auth=')) options.auth = value();
    else if (a === '--workspace' || a.startsWith('--workspace=')) options.workspace = path.resolve(value());
    else if (a === '--no-build') options.build = false;
    else if (a === '--no-setup') options.setup = false;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm start -- [--port N] [--auth none|password] [--workspace DIR] [--no-build] [--no-setup]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (options.port !== undefined && options.port !== '') {
    const port = Number(options.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`bad port "${options.port}"`);
    options.port = port;
  } else options.port = undefined;
  if (options.auth !== 'none' && options.auth !== 'password') throw new Error('--auth is none or password');
  return options;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function runtimePaths() {
  const runtime = path.resolve(process.env.VSCODE_OFFLINE_DIR || path.join(root, '.vscode-offline'));
  return {
    runtime,
    node24: process.env.CODE_SERVER_NODE || path.join(runtime, 'node/node_modules/node/bin/node'),
    entry: path.join(runtime, 'cs/node_modules/code-server/out/node/entry.js'),
  };
}

function step(label, command, args, env) {
  console.log(`[start] ${label}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: env || process.env });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
}

function copySamples(to) {
  const from = path.join(root, 'samples');
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from)) {
    if (name !== 'README.md') fs.copyFileSync(path.join(from, name), path.join(to, name));
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) step('npm run build', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) console.warn('[start] dist/extension.js is missing: the extension will not activate (run without --no-build)');

  let paths = runtimePaths();
  if (!fs.existsSync(paths.entry) || !fs.existsSync(paths.node24)) {
    if (!options.setup) throw new Error(`no offline VS Code runtime in ${paths.runtime}: run scripts/setup-offline-vscode.sh`);
    step('setting up the offline VS Code runtime (scripts/setup-offline-vscode.sh, ~2 min the first time)', 'bash',
      [path.join(root, 'scripts', 'setup-offline-vscode.sh')], { ...process.env, VSCODE_OFFLINE_DIR: paths.runtime });
    paths = runtimePaths();
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-start-'));
  const workspace = options.workspace || path.join(tmp, 'samples');
  if (!options.workspace) copySamples(workspace);
  const port = options.port || await freePort();
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    // VS Code opens the secondary side bar for its chat in every workspace; with chat disabled it is an empty fifth of the screen
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
  }, null, 2));
  fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: ${options.auth}\ncert: false\n`);
  const env = {
    ...process.env,
    // code-server, the extension host and onnxruntime write below these otherwise (~/.config, ~/.local, ~/.cache)
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  if (options.auth === 'none') delete env.PASSWORD;
  else if (!env.PASSWORD) env.PASSWORD = require('crypto').randomBytes(12).toString('base64url');
  const args = [
    paths.entry,
    '--config', path.join(tmp, 'config.yaml'),
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', options.auth,
    '--user-data-dir', userData,
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    '--ignore-last-opened',
    workspace,
  ];
  // its own process group: stopping it kills the extension host, file watcher and pty host too
  const server = spawn(paths.node24, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const logFile = path.join(tmp, 'code-server.log');
  const log = fs.createWriteStream(logFile);
  let stopping = false;
  let listening = false;

  const serverGone = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  const killGroup = (signal) => { try { process.kill(-server.pid, signal); } catch { /* already gone */ } };
  const groupAlive = () => { try { process.kill(-server.pid, 0); return true; } catch { return false; } };

  async function stop(exitCode) {
    if (stopping) return;
    stopping = true;
    console.log('\n[start] stopping code-server…');
    killGroup('SIGTERM');
    const deadline = Date.now() + 5000;
    while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive()) killGroup('SIGKILL');
    await Promise.race([serverGone, new Promise((r) => setTimeout(r, 1000))]);
    log.end();
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log('[start] stopped');
    process.exit(exitCode);
  }
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));
  process.on('exit', () => { if (!stopping) killGroup('SIGKILL'); });

  const onData = (chunk) => {
    const text = chunk.toString();
    log.write(text);
    if (process.env.START_VERBOSE) process.stdout.write(text.replace(/^/gm, '[code-server] '));
    if (!listening && /HTTP server listening/.test(text)) {
      listening = true;
      announce();
    }
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
  serverGone.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[start] code-server exited (${code ?? signal}); its log:\n` + fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n'));
    stop(1);
  });

  function announce() {
    const remote = (p) => `vscode-remote://remote${p.split(path.sep).join('/')}`; // code-server's remote authority is "remote"
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(root)], ['skipWelcome', 'true']]);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
    console.log(`[start] workspace: ${workspace}${options.workspace ? '' : ' (a copy of samples/, removed on exit)'}`);
    console.log(`[start] code-server log: ${logFile}`);
    console.log(`[start] code-server pid ${server.pid} (its own process group), temp folder ${tmp}`);
    if (options.auth === 'password') console.log(`[start] password: ${env.PASSWORD}`);
    console.log('[start] open this in your browser (Ctrl-C stops):\n');
    console.log(url + '\n');
  }
}

main().catch((error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});
