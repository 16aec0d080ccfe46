import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runtimeDir, runtimePaths } from '../../../scripts/setup/offlineVscodeRuntime';
import { freePort } from '../../../scripts/start/freePort';

const ROOT = path.resolve(__dirname, '../../..');

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

describe('npm start (scripts/start.ts)', function () {
  this.timeout(90_000);
  let child: ChildProcess | undefined;
  let serverPid: number | undefined;
  let workspace: string;
  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'clinical-ner-start-test-'));
    cpSync(path.join(ROOT, 'samples', '02-verbale-pronto-soccorso.txt'), path.join(workspace, '02-verbale-pronto-soccorso.txt'));
  });
  afterEach(() => {
    for (const pgid of [child?.pid, serverPid]) if (pgid && groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
    rmSync(workspace, { recursive: true, force: true });
  });

  it('serves the workbench on the given port, says where the gold file is, and after Ctrl-C leaves nothing running and the reviewed work in place', async function () {
    const runtime = runtimePaths(runtimeDir(ROOT));
    assert.ok(existsSync(runtime.entry), `no offline VS Code runtime in ${runtime.dir}: run npm run setup:vscode first`);
    const port = await freePort();
    // a process group of its own, like a shell job: Ctrl-C goes to the whole group
    child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--no-setup', '--port', String(port), '--workspace', workspace], {
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
    assert.ok(url.startsWith(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`), url);
    const payload = JSON.parse(new URL(url).searchParams.get('payload')!) as [string, string][];
    assert.deepEqual(payload[0], ['extensionDevelopmentPath', `vscode-remote://remote${ROOT}`]);
    const goldFile = path.join(workspace, '.clinical-ner', 'gold.jsonl');
    assert.ok(stdout.includes(`[start] gold file: ${goldFile} `), stdout);
    serverPid = Number(/code-server pid (\d+)/.exec(stdout)?.[1]);
    const tmp = /temp folder (\S+)/.exec(stdout)?.[1];
    assert.ok(serverPid > 0 && tmp && existsSync(tmp));

    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<html/i);
    // what a review in the browser leaves: the gold file
    mkdirSync(path.dirname(goldFile));
    writeFileSync(goldFile, '{"id":"02-verbale-pronto-soccorso.txt"}\n');

    process.kill(-child.pid!, 'SIGINT');
    assert.equal(await exited, 0, stderr);
    await waitFor(() => !groupAlive(serverPid!), 10_000, 'the code-server process group to end');
    assert.equal(groupAlive(child.pid!), false, 'start.ts process group still alive');
    assert.equal(existsSync(tmp), false, 'its temporary folder is removed');
    assert.equal(readFileSync(goldFile, 'utf8'), '{"id":"02-verbale-pronto-soccorso.txt"}\n', 'the gold file is kept');
    assert.ok(existsSync(path.join(workspace, '02-verbale-pronto-soccorso.txt')), 'the notes are kept');
  });
});
