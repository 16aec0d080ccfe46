// `npm start`: builds the extension, sets up the offline VS Code runtime when it is missing
// (scripts/setup/offlineVscodeRuntime.ts) and opens the extension in it, on a workspace that stays:
// the demo workspace .clinical-ner-demo/ (made from samples/ once) or the folder given. Prints the
// URL to open in a browser and where the gold file is; Ctrl-C (SIGINT) or SIGTERM stops code-server
// and everything it started, and removes only its own temporary folder.
//
// usage: npm start -- [--port N] [--auth none|password] [--workspace DIR] [--no-build] [--no-setup]
// env:   PORT (as --port), VSCODE_OFFLINE_DIR (runtime folder, default ./.vscode-offline),
//        PASSWORD (with --auth password)
//
// The extension is loaded in development mode, from this folder: the URL carries a `payload`
// with extensionDevelopmentPath, which the built web workbench honours only when code-server runs
// with `--vscode-option enable-smoke-test-driver` (measured in shared/research/vscode-offline).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { systemInstaller } from './setup/debianPackages';
import { runtimeDir, runtimePaths, setUpOfflineVscode } from './setup/offlineVscodeRuntime';
import { freePort } from './start/freePort';
import { startWorkspace } from './start/startWorkspace';

const root = path.resolve(__dirname, '..');

interface Options {
  port?: number;
  auth: 'none' | 'password';
  workspace?: string;
  build: boolean;
  setup: boolean;
}

function parseArgs(argv: string[]): Options {
  let port = process.env.PORT;
  let auth = 'none';
  const options: Options = { auth: 'none', build: true, setup: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port' || a.startsWith('--port=')) port = value();
    else if (a === '--auth' || a.startsWith('--auth=')) auth = value();
    // npm runs scripts in the package folder: a relative folder is the user's, from where npm was started
    else if (a === '--workspace' || a.startsWith('--workspace=')) options.workspace = path.resolve(process.env.INIT_CWD ?? process.cwd(), value());
    else if (a === '--no-build') options.build = false;
    else if (a === '--no-setup') options.setup = false;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm start -- [--port N] [--auth none|password] [--workspace DIR] [--no-build] [--no-setup]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (port !== undefined && port !== '') {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`bad port "${port}"`);
    options.port = n;
  }
  if (auth !== 'none' && auth !== 'password') throw new Error('--auth is none or password');
  options.auth = auth;
  return options;
}

function step(label: string, command: string, args: string[]): void {
  console.log(`[start] ${label}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const workspace = startWorkspace(root, options.workspace);
  if (options.build) step('npm run build', 'npm', ['run', 'build']);
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) console.warn('[start] dist/extension.js is missing: the extension will not activate (run without --no-build)');

  const runtime = runtimeDir(root);
  const paths = options.setup
    ? setUpOfflineVscode({ dir: runtime, browser: false, installer: systemInstaller, log: (line) => console.log(`[start] ${line}`) })
    : runtimePaths(runtime);
  if (!fs.existsSync(paths.entry) || !fs.existsSync(paths.node)) throw new Error(`no offline VS Code runtime in ${runtime}: run without --no-setup`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-start-'));
  const port = options.port ?? await freePort();
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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // code-server, the extension host and onnxruntime write below these otherwise (~/.config, ~/.local, ~/.cache)
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CACHE_HOME: path.join(tmp, 'xdg-cache'),
  };
  if (options.auth === 'none') delete env.PASSWORD;
  else if (!env.PASSWORD) env.PASSWORD = randomBytes(12).toString('base64url');
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
    workspace.folder,
  ];
  // its own process group: stopping it stops the extension host, file watcher and pty host too
  const server = spawn(paths.node, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const serverPid = server.pid!;
  const logFile = path.join(tmp, 'code-server.log');
  const log = fs.createWriteStream(logFile);
  let stopping = false;
  let listening = false;

  const serverGone = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  const signalGroup = (signal: NodeJS.Signals) => { try { process.kill(-serverPid, signal); } catch { /* already gone */ } };
  const groupAlive = () => { try { process.kill(-serverPid, 0); return true; } catch { return false; } };
  const groupGone = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    return !groupAlive();
  };

  async function stop(exitCode: number): Promise<void> {
    if (stopping) return;
    stopping = true;
    console.log('\n[start] stopping code-server…');
    // code-server first, alone: it shuts the extension host down, whose deactivation writes what
    // the gold file still lacks; then whatever is left of its group
    try { process.kill(serverPid, 'SIGTERM'); } catch { /* already gone */ }
    if (!await groupGone(5000)) {
      signalGroup('SIGTERM');
      if (!await groupGone(2000)) signalGroup('SIGKILL');
    }
    await Promise.race([serverGone, new Promise((r) => setTimeout(r, 1000))]);
    log.end();
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`[start] stopped; the workspace and its gold file stay in ${workspace.folder}`);
    process.exit(exitCode);
  }
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGHUP', () => void stop(0));
  process.on('exit', () => { if (!stopping) signalGroup('SIGKILL'); });

  const onData = (chunk: Buffer) => {
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
  void serverGone.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[start] code-server exited (${code ?? signal}); its log:\n` + fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n'));
    void stop(1);
  });

  function announce(): void {
    const remote = (p: string) => `vscode-remote://remote${p.split(path.sep).join('/')}`; // code-server's remote authority is "remote"
    const payload = JSON.stringify([['extensionDevelopmentPath', remote(root)], ['skipWelcome', 'true']]);
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace.folder)}&payload=${encodeURIComponent(payload)}`;
    console.log(`[start] workspace: ${workspace.folder}${workspace.created ? ' (made from samples/ now; kept and reused by the next npm start)' : ''}`);
    console.log(`[start] gold file: ${workspace.goldFile} (your decisions; written as you review, kept after Ctrl-C)`);
    console.log(`[start] code-server log: ${logFile}`);
    console.log(`[start] code-server pid ${serverPid} (its own process group), temp folder ${tmp}`);
    if (options.auth === 'password') console.log(`[start] password: ${env.PASSWORD}`);
    console.log('[start] open this in your browser (Ctrl-C stops):\n');
    console.log(url + '\n');
  }
}

main().catch((error: unknown) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
