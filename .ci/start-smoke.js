#!/usr/bin/env node
// CI's smoke test of the README's `npm ci && npm start`: runs that command line as a shell in a
// terminal would, in a process group of its own, and checks what the README promises. The URL it
// prints answers 200; Ctrl-C (SIGINT to the whole group, as a terminal sends it) stops it with
// nothing left running and the port closed; the workspace, with a file put next to its gold file
// while it ran, is still there, and no tracked file is gone.
// usage: node .ci/start-smoke.js 'COMMAND LINE' [--timeout SEC]   (SEC: until the URL; default 1200)
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const root = path.resolve(__dirname, '..');
const commandLine = process.argv[2];
const timeoutIndex = process.argv.indexOf('--timeout');
const timeoutMs = 1000 * Number(timeoutIndex > 0 ? process.argv[timeoutIndex + 1] : 1200);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const groupAlive = (pgid) => { try { process.kill(-pgid, 0); return true; } catch { return false; } };
const portOpen = (port) => new Promise((resolve) => {
  const socket = net.connect(port, '127.0.0.1', () => { socket.destroy(); resolve(true); });
  socket.on('error', () => resolve(false));
});

async function until(what, predicate, ms) {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}`);
    await sleep(200);
  }
}

async function main() {
  if (!commandLine) throw new Error("usage: node .ci/start-smoke.js 'npm ci && npm start'");
  console.log(`[start-smoke] $ ${commandLine}`);
  const t0 = Date.now();
  const shell = spawn('bash', ['-c', commandLine], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exit;
  const onData = (stream) => (chunk) => { output += chunk; stream.write(chunk); };
  shell.stdout.on('data', onData(process.stdout));
  shell.stderr.on('data', onData(process.stderr));
  shell.on('exit', (code, signal) => { exit = { code, signal }; });
  let serverPid;
  try {
    const urlLine = /^http:\/\/127\.0\.0\.1:(\d+)\/\S*$/m;
    await until('the URL', () => urlLine.test(output) || exit !== undefined, timeoutMs);
    if (!urlLine.test(output)) throw new Error(`the command ended (${exit.code ?? exit.signal}) without printing a URL`);
    const [url, port] = urlLine.exec(output);
    serverPid = Number(/code-server pid (\d+)/.exec(output)?.[1]);
    const workspace = /^\[start\] workspace: (.+?)(?: \(.*\))?$/m.exec(output)?.[1];
    const goldFile = /^\[start\] gold file: (.+?) \(/m.exec(output)?.[1];
    if (!serverPid || !workspace || !goldFile) throw new Error('npm start did not say its code-server pid, workspace and gold file');
    console.log(`[start-smoke] URL after ${Math.round((Date.now() - t0) / 1000)} s`);

    const response = await fetch(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (!/<html/i.test(await response.text())) throw new Error(`${url} answered no HTML page`);

    // stands for work reviewed in the session
    const reviewed = path.join(path.dirname(goldFile), 'start-smoke-reviewed.txt');
    fs.mkdirSync(path.dirname(reviewed), { recursive: true });
    fs.writeFileSync(reviewed, 'reviewed while npm start ran\n');

    process.kill(-shell.pid, 'SIGINT');
    await until('the command to end after Ctrl-C', () => exit !== undefined, 30000);
    await until('the code-server process group to end', () => !groupAlive(serverPid), 10000);
    // npm and the build's esbuild service may take a moment to go once the command has ended
    await until('the command\'s process group to end', () => !groupAlive(shell.pid), 10000)
      .catch(() => { throw new Error('a process of the command is still running 10 s after Ctrl-C'); });
    if (await portOpen(Number(port))) throw new Error(`port ${port} still accepts connections after Ctrl-C`);
    if (!fs.existsSync(reviewed)) throw new Error(`Ctrl-C deleted the workspace's work (${reviewed})`);
    fs.rmSync(reviewed);
    const gone = spawnSync('git', ['ls-files', '--deleted'], { cwd: root, encoding: 'utf8' }).stdout.trim();
    if (gone) throw new Error(`tracked files are gone: ${gone.split('\n').join(', ')}`);
    console.log(`[start-smoke] ${commandLine}: URL answered 200; after Ctrl-C nothing runs and ${workspace} is kept (${Math.round((Date.now() - t0) / 1000)} s)`);
  } finally {
    for (const pgid of [shell.pid, serverPid]) if (pgid && groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  }
}

main().catch((error) => {
  console.error(`[start-smoke] FAILED: ${error.message}`);
  process.exit(1);
});
