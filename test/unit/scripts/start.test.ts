import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const RUNTIME = process.env.VSCODE_OFFLINE_DIR ?? path.join(ROOT, '.vscode-offline');
const HAS_RUNTIME = existsSync(path.join(RUNTIME, 'cs/node_modules/code-server/out/node/entry.js'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start (scripts/start.js)', function () {
  this.timeout(90_000);
  let child: ChildProcess | undefined;
  let serverPid: number | undefined;
  afterEach(() => {
    for (const pgid of [child?.pid, serverPid]) if (pgid && groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
  });

  it('serves the workbench on the given port and leaves nothing running after Ctrl-C', async function () {
    if (!HAS_RUNTIME) this.skip(); // scripts/setup-offline-vscode.sh has not run on this machine
    const port = await freePort();
    // a process group of its own, like a shell job: Ctrl-C goes to the whole group
    child = spawn(process.execPath, ['scripts/start.js', '--no-build', '--no-setup', '--port', String(port)], {
      cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => { stdout += String(d); });
    child.stderr!.on('data', (d) => { stderr += String(d); });
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));

    await waitFor(() => /^http:\/\/\S+$/m.test(stdout) || child!.exitCode !== null, 60_000, `the URL (stdout: ${stdout} stderr: ${stderr})`);
    const url = /^(http:\/\/\S+)$/m.exec(stdout)?.[1];
    assert.ok(url, `no URL printed; stderr: ${stderr}`);
    assert.ok(url.startsWith(`http://127.0.0.1:${port}/?folder=`), url);
    const payload = JSON.parse(new URL(url).searchParams.get('payload')!) as [string, string][];
    assert.deepEqual(payload[0], ['extensionDevelopmentPath', `vscode-remote://remote${ROOT}`]);
    serverPid = Number(/code-server pid (\d+)/.exec(stdout)?.[1]);
    const tmp = /temp folder (\S+)/.exec(stdout)?.[1];
    assert.ok(serverPid > 0 && tmp && existsSync(path.join(tmp, 'samples', '02-verbale-pronto-soccorso.txt')));

    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<html/i);

    process.kill(-child.pid!, 'SIGINT');
    assert.equal(await exited, 0, stderr);
    await waitFor(() => !groupAlive(serverPid!), 10_000, 'the code-server process group to end');
    assert.equal(groupAlive(child.pid!), false, 'start.js process group still alive');
    assert.equal(existsSync(tmp), false, 'the temp folder is removed');
  });
});
