import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeLeftoverTemporaryFiles, writeFileAtomic } from '../../../src/gold/atomicWrite';
import { FaultyFileSystem, INJECTED_FAULTS } from './faultyFileSystem';
import { deadPid } from './processFixtures';

const OLD = '{"id":"dimissione.txt","text":"Febbre alta."}\n';
const NEW = '{"id":"dimissione.txt","text":"Febbre alta. Nega dispnea."}\n';

describe('writeFileAtomic', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-'));
    file = path.join(dir, 'gold.jsonl');
    await fs.writeFile(file, OLD);
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('refuses to replace a read-only file and writes nothing', async () => {
    await fs.chmod(file, 0o444);
    await assert.rejects(writeFileAtomic(file, NEW), (error: Error) => {
      assert.equal(error.message, `${file}: the file is read-only, so nothing was written; make it writable (e.g. chmod u+w) if it should change`);
      return true;
    });
    assert.equal(await fs.readFile(file, 'utf8'), OLD);
    assert.equal((await fs.stat(file)).mode & 0o777, 0o444);
    assert.deepEqual(await fs.readdir(dir), ['gold.jsonl']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    await fs.chmod(file, 0o600);
    await writeFileAtomic(file, NEW);
    assert.equal(await fs.readFile(file, 'utf8'), NEW);
    assert.equal((await fs.stat(file)).mode & 0o777, 0o600);
  });

  for (const code of INJECTED_FAULTS) {
    it(`leaves the old file and no temporary file when the write fails with ${code}, and names the file`, async () => {
      const faulty = new FaultyFileSystem();
      faulty.arm(code);
      await assert.rejects(writeFileAtomic(file, NEW, faulty.fs), (error: Error & { code?: string }) => {
        assert.equal(error.code, code);
        assert.ok(error.message.startsWith(`${file}: cannot write: `), error.message);
        assert.ok(!error.message.includes('.tmp'), error.message);
        return true;
      });
      assert.equal(faulty.fired[code], 1);
      assert.equal(await fs.readFile(file, 'utf8'), OLD);
      assert.deepEqual(await fs.readdir(dir), ['gold.jsonl']);
    });
  }

  it('says that a folder stands where the file should be', async () => {
    const folder = path.join(dir, 'export.jsonl');
    await fs.mkdir(folder);
    await assert.rejects(writeFileAtomic(folder, NEW), (error: Error) => {
      assert.equal(error.message, `${folder}: cannot write: it is a folder, not a file; give the path of a file (EISDIR)`);
      return true;
    });
    assert.deepEqual((await fs.readdir(dir)).sort(), ['export.jsonl', 'gold.jsonl']);
  });

  it('says that a part of the path is a file', async () => {
    const under = path.join(file, 'export.jsonl');
    await assert.rejects(writeFileAtomic(under, NEW), (error: Error) => {
      assert.equal(error.message, `${under}: cannot write: a part of the path is a file, not a folder; check the path (ENOTDIR)`);
      return true;
    });
  });
});

describe('removeLeftoverTemporaryFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-sweep-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('removes the temporary files of writers that are gone, and keeps those of a live one and of other files', async () => {
    const gone = `.gold.jsonl.${deadPid()}.0badc0de.tmp`;
    const live = `.gold.jsonl.${process.pid}.0badc0de.tmp`;
    const other = `.export.jsonl.${deadPid()}.0badc0de.tmp`;
    for (const name of [gone, live, other, 'gold.jsonl']) await fs.writeFile(path.join(dir, name), 'x');
    assert.equal(await removeLeftoverTemporaryFiles(path.join(dir, 'gold.jsonl'), 60_000), 1);
    assert.deepEqual((await fs.readdir(dir)).sort(), [other, live, 'gold.jsonl'].sort());
  });

  it('removes a live writer\'s temporary file once it is older than staleMs', async () => {
    const live = path.join(dir, `.gold.jsonl.${process.pid}.0badc0de.tmp`);
    await fs.writeFile(live, 'x');
    const past = new Date(Date.now() - 5000);
    await fs.utimes(live, past, past);
    assert.equal(await removeLeftoverTemporaryFiles(path.join(dir, 'gold.jsonl'), 1000), 1);
  });
});
