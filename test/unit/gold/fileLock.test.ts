import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { withFileLock } from '../../../src/gold/fileLock';
import { FaultyFileSystem } from './faultyFileSystem';
import { deadPid, lockContent } from './processFixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('withFileLock', () => {
  let dir: string;
  let file: string;
  let lock: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gold-lock-'));
    file = path.join(dir, 'gold.jsonl');
    lock = `${file}.lock`;
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  // timeoutMs 0: a lock that is not taken over at once makes the call fail
  const atOnce = { timeoutMs: 0 };

  it('takes over at once the lock of a writer that was killed (its process is gone)', async () => {
    await fs.writeFile(lock, lockContent(deadPid()));
    assert.equal(await withFileLock(file, async () => 'scritto', atOnce), 'scritto');
    assert.deepEqual(await fs.readdir(dir), []);
  });

  it('takes over at once a lock in the older "<pid>" form whose process is gone', async () => {
    await fs.writeFile(lock, `${deadPid()}\n`);
    assert.equal(await withFileLock(file, async () => 'scritto', atOnce), 'scritto');
  });

  it('takes over a lock left empty by a writer killed while creating it', async () => {
    await fs.writeFile(lock, '');
    const past = new Date(Date.now() - 5000);
    await fs.utimes(lock, past, past);
    assert.equal(await withFileLock(file, async () => 'scritto', atOnce), 'scritto');
  });

  it('waits for a live writer and, giving up, names the file, the process and what to do', async () => {
    await fs.writeFile(lock, lockContent(process.pid));
    await assert.rejects(withFileLock(file, async () => 'scritto', { timeoutMs: 50 }), (error: Error) => {
      assert.equal(error.message.split('\n').length, 1);
      assert.ok(error.message.startsWith(`${file}: locked by process ${process.pid} on ${os.hostname()}`), error.message);
      assert.match(error.message, new RegExp(`delete ${lock.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      return true;
    });
    assert.equal(await fs.readFile(lock, 'utf8'), lockContent(process.pid), 'a live lock is not touched');
  });

  it('takes over the lock of a live process id that was not refreshed for staleMs (a recycled id)', async () => {
    await fs.writeFile(lock, lockContent(process.pid));
    const past = new Date(Date.now() - 5000);
    await fs.utimes(lock, past, past);
    assert.equal(await withFileLock(file, async () => 'scritto', { timeoutMs: 0, staleMs: 1000 }), 'scritto');
  });

  it('lets one writer at a time in when several find the same stale lock', async () => {
    const dead = deadPid();
    let inside = 0;
    let most = 0;
    for (let round = 0; round < 10; round++) {
      await fs.writeFile(lock, lockContent(dead));
      await Promise.all(Array.from({ length: 10 }, () => withFileLock(file, async () => {
        inside++;
        most = Math.max(most, inside);
        await sleep(1);
        inside--;
      })));
    }
    assert.equal(most, 1);
    assert.deepEqual(await fs.readdir(dir), []);
  });

  it('keeps its lock fresh while the action runs, so a long write is not taken over', async () => {
    const staleMs = 900;
    let inside = 0;
    let most = 0;
    const hold = async (ms: number) => {
      inside++;
      most = Math.max(most, inside);
      await sleep(ms);
      inside--;
    };
    const long = withFileLock(file, () => hold(1500), { staleMs });
    await sleep(50);
    await withFileLock(file, () => hold(0), { staleMs, timeoutMs: 10_000 });
    await long;
    assert.equal(most, 1);
  });

  it('removes its lock when writing it fails on a full disk, and works once there is space', async () => {
    const faulty = new FaultyFileSystem();
    faulty.arm('ENOSPC');
    await assert.rejects(withFileLock(file, async () => 'scritto', { fileSystem: faulty.fs }), (error: Error) => {
      assert.equal(error.message, `${lock}: cannot create the lock file: the disk is full; free some space and try again (ENOSPC)`);
      return true;
    });
    assert.deepEqual(await fs.readdir(dir), []);
    assert.equal(await withFileLock(file, async () => 'scritto', { ...atOnce, fileSystem: faulty.fs }), 'scritto');
  });

  it('removes its lock when the action fails', async () => {
    await assert.rejects(withFileLock(file, async () => { throw new Error('scrittura fallita'); }), /scrittura fallita/);
    assert.deepEqual(await fs.readdir(dir), []);
  });

  it('removes temporary files of the locked file left by a writer that was killed', async () => {
    const leftover = path.join(dir, `.gold.jsonl.${deadPid()}.0badc0de.tmp`);
    const live = path.join(dir, `.gold.jsonl.${process.pid}.0badc0de.tmp`);
    await fs.writeFile(leftover, '{"id":"nota');
    await fs.writeFile(live, '{"id":"nota');
    await withFileLock(file, async () => undefined);
    assert.deepEqual(await fs.readdir(dir), [path.basename(live)]);
  });
});
