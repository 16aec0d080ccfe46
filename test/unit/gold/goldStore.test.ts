import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GoldStore } from '../../../src/gold/goldStore';
import { parseGoldFile } from '../../../src/gold/goldFile';
import { textHash } from '../../../src/gold/textHash';
import { decide, NOTE } from './decisionFixtures';
import { FaultyFileSystem } from './faultyFileSystem';
import { deadPid, lockContent } from './processFixtures';

const T0 = '2025-03-01T10:00:00.000Z';
const T1 = '2025-03-01T10:01:00.000Z';

describe('GoldStore', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gold-'));
    file = path.join(dir, '.clinical-ner', 'gold.jsonl');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('opens a missing file as an empty store and creates it on the first flush', async () => {
    const store = await GoldStore.open(file, { now: () => new Date(T0) });
    assert.deepEqual(store.documentIds(), []);
    store.recordDecision('note/a.txt', NOTE, decide('accepted', 'dolore toracico', 'PROBLEM', T0));
    assert.equal((await store.flush()).written, true);
    const [line] = (await fs.readFile(file, 'utf8')).trimEnd().split('\n');
    const doc = JSON.parse(line!);
    assert.deepEqual(Object.keys(doc), ['id', 'text', 'textHash', 'decisions', 'updated']);
    assert.equal(doc.textHash, textHash(NOTE));
    assert.equal(doc.updated, T0);
  });

  it('reads back what it wrote after a restart', async () => {
    const store = await GoldStore.open(file);
    store.recordDecision('note/a.txt', NOTE, decide('accepted', 'dolore toracico', 'PROBLEM', T0, { source: ['model'], assertion: 'present' }));
    store.recordDecision('note/a.txt', NOTE, decide('added', 'ECG', 'TEST', T1));
    await store.flush();
    const reopened = await GoldStore.open(file);
    assert.deepEqual(reopened.getDocument('note/a.txt'), store.getDocument('note/a.txt'));
    assert.deepEqual(reopened.goldSpans('note/a.txt').map((s) => s.text), ['dolore toracico', 'ECG']);
  });

  it('refuses a decision whose text is not at its offsets', async () => {
    const store = await GoldStore.open(file);
    assert.throws(() => store.recordDecision('a', NOTE, { ...decide('accepted', 'ECG', 'TEST', T0), text: 'EEG' }), /not the text/);
    assert.throws(() => store.recordDecision('a', 'ECG', decide('accepted', 'norma', 'TEST', T0)), RangeError);
  });

  it('reports a malformed line with its number and writes it back verbatim', async () => {
    const good = await GoldStore.open(file);
    good.recordDecision('note/a.txt', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    await good.flush();
    const broken = '{"id": "note/b.txt", "text": "Febbre alta", oops';
    const content = (await fs.readFile(file, 'utf8')) + broken + '\n';
    await fs.writeFile(file, content);

    const store = await GoldStore.open(file);
    assert.equal(store.issues.length, 1);
    assert.equal(store.issues[0]!.line, 2);
    assert.match(store.issues[0]!.reason, /invalid JSON/);
    store.recordDecision('note/c.txt', 'Febbre alta.', decide('added', 'Febbre', 'PROBLEM', T1, {}, 'Febbre alta.'));
    await store.flush();
    const lines = (await fs.readFile(file, 'utf8')).trimEnd().split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[1], broken);
  });

  it('reports a line whose decision points past the end of the text', () => {
    const line = JSON.stringify({ id: 'a', text: 'ECG', textHash: textHash('ECG'), decisions: [{ ...decide('accepted', 'ECG', 'TEST', T0, {}, 'ECG'), end: 9 }], updated: T0 });
    const parsed = parseGoldFile(line + '\n');
    assert.deepEqual(parsed.issues, [{ line: 1, reason: 'decisions[0].end: beyond the end of the text', severity: 'malformed' }]);
    assert.equal(parsed.entries[0]!.kind, 'malformed');
  });

  it('moves decisions through edits and marks the touched ones stale', async () => {
    const store = await GoldStore.open(file);
    store.recordDecision('a', NOTE, decide('accepted', 'dolore toracico', 'PROBLEM', T0));
    store.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    const edited = 'Anamnesi: ' + NOTE.replace('ECG', 'ECG a riposo');
    store.applyTextChanges('a', edited, [
      { rangeOffset: 0, rangeLength: 0, text: 'Anamnesi: ' },
      { rangeOffset: 30, rangeLength: 3, text: 'ECG a riposo' },
    ]);
    const spans = store.goldSpans('a');
    assert.equal(edited.slice(spans[0]!.start, spans[0]!.end), 'dolore toracico');
    assert.equal(spans[0]!.stale, undefined);
    assert.equal(spans[1]!.stale, true);
    assert.equal(store.getDocument('a')!.textHash, textHash(edited));
  });

  it('merges decisions another writer added to the file since it was read', async () => {
    const first = await GoldStore.open(file);
    first.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    await first.flush();

    const mine = await GoldStore.open(file);
    const theirs = await GoldStore.open(file);
    const events: string[][] = [];
    mine.onExternalChange((e) => events.push(e.mergedIds));
    theirs.recordDecision('a', NOTE, decide('accepted', 'dolore toracico', 'PROBLEM', T1, { annotator: 'dr.bianchi' }));
    theirs.recordDecision('b', 'Febbre.', decide('added', 'Febbre', 'PROBLEM', T1, {}, 'Febbre.'));
    await theirs.flush();
    mine.recordDecision('a', NOTE, decide('added', 'aspirina', 'TREATMENT', T1));
    const result = await mine.flush();

    assert.deepEqual(result.external?.mergedIds, ['a']);
    assert.deepEqual(events, [['a']]);
    const reopened = await GoldStore.open(file);
    assert.deepEqual(reopened.goldSpans('a').map((s) => s.text), ['dolore toracico', 'ECG', 'aspirina']);
    assert.deepEqual(reopened.goldSpans('b').map((s) => s.text), ['Febbre']);
  });

  it('keeps an undone decision undone when another writer changed the file meanwhile', async () => {
    const first = await GoldStore.open(file);
    const accepted = decide('accepted', 'ECG', 'TEST', T0);
    first.recordDecision('a', NOTE, accepted);
    await first.flush();

    const mine = await GoldStore.open(file);
    const theirs = await GoldStore.open(file);
    theirs.recordDecision('a', NOTE, decide('accepted', 'dolore toracico', 'PROBLEM', T1, { annotator: 'dr.bianchi' }));
    await theirs.flush();
    assert.equal(mine.withdrawDecisions('a', [accepted]), 1);
    await mine.flush();

    const reopened = await GoldStore.open(file);
    assert.deepEqual(reopened.goldSpans('a').map((s) => s.text), ['dolore toracico']);
  });

  it('loses nothing when two stores flush the same file at the same time', async () => {
    const a = await GoldStore.open(file);
    const b = await GoldStore.open(file);
    const words = ['dolore toracico', 'ECG', 'norma', 'aspirina', '100 mg'];
    for (let round = 0; round < 5; round++) {
      a.recordDecision('shared', NOTE, decide('accepted', words[round]!, 'PROBLEM', `2025-03-01T10:0${round}:00.000Z`, { annotator: 'a' }));
      b.recordDecision('shared', NOTE, decide('rejected', words[round]!, 'TEST', `2025-03-01T10:0${round}:00.000Z`, { annotator: 'b' }));
      b.recordDecision(`only-b-${round}`, 'ECG', decide('added', 'ECG', 'TEST', T0, {}, 'ECG'));
      await Promise.all([a.flush(), b.flush()]);
    }
    const reopened = await GoldStore.open(file);
    assert.equal(reopened.getDocument('shared')!.decisions.length, 10);
    assert.equal(reopened.documentIds().length, 6);
    assert.deepEqual(reopened.issues, []);
  });

  it('reports a conflict instead of overwriting a document whose text changed on both sides', async () => {
    const first = await GoldStore.open(file);
    first.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    await first.flush();
    const mine = await GoldStore.open(file);
    const theirs = await GoldStore.open(file);
    const theirText = 'Nuova nota: ' + NOTE;
    theirs.applyTextChanges('a', theirText, [{ rangeOffset: 0, rangeLength: 0, text: 'Nuova nota: ' }]);
    await theirs.flush();
    mine.recordDecision('a', NOTE, decide('added', 'aspirina', 'TREATMENT', T1));
    const result = await mine.flush();

    assert.deepEqual(result.conflicts.map((c) => c.id), ['a']);
    assert.equal((await GoldStore.open(file)).getDocument('a')!.text, theirText);
    assert.equal(mine.getDocument('a')!.decisions.length, 2, 'our decisions are kept in memory');
    mine.resolveConflict('a', 'ours');
    await mine.flush();
    assert.equal((await GoldStore.open(file)).getDocument('a')!.text, NOTE);
  });

  it('picks up an external change when asked to check', async () => {
    const mine = await GoldStore.open(file);
    mine.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    await mine.flush();
    assert.equal(await mine.checkForExternalChange(), undefined);
    const theirs = await GoldStore.open(file);
    theirs.recordDecision('a', NOTE, decide('accepted', 'aspirina', 'TREATMENT', T1));
    await theirs.flush();
    const event = await mine.checkForExternalChange();
    assert.deepEqual(event?.changedIds, ['a']);
    assert.equal(mine.goldSpans('a').length, 2);
  });

  it('never leaves a temporary or lock file behind', async () => {
    const store = await GoldStore.open(file);
    store.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    await store.flush();
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['gold.jsonl']);
  });

  it('refuses to write a read-only gold file and keeps the decisions until it is writable', async () => {
    const first = await GoldStore.open(file);
    first.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    await first.flush();
    const before = await fs.readFile(file, 'utf8');
    await fs.chmod(file, 0o444);

    const store = await GoldStore.open(file);
    store.recordDecision('a', NOTE, decide('accepted', 'aspirina', 'TREATMENT', T1));
    await assert.rejects(store.flush(), new RegExp(`${escape(file)}: the file is read-only, so nothing was written`));
    assert.equal(await fs.readFile(file, 'utf8'), before);
    assert.equal((await fs.stat(file)).mode & 0o777, 0o444);
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['gold.jsonl']);
    assert.equal(store.hasUnsavedChanges(), true);

    await fs.chmod(file, 0o644);
    await store.flush();
    assert.deepEqual((await GoldStore.open(file)).goldSpans('a').map((s) => s.text), ['ECG', 'aspirina']);
  });

  it('keeps every decision through a full disk, leaves no lock or temporary file, and writes them once there is space', async () => {
    const faulty = new FaultyFileSystem();
    const store = await GoldStore.open(file, { fileSystem: faulty.fs });
    store.recordDecision('a', NOTE, decide('accepted', 'dolore toracico', 'PROBLEM', T0));
    await store.flush();
    faulty.arm('ENOSPC', { persistent: true });
    store.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T1));
    for (let attempt = 0; attempt < 3; attempt++) {
      await assert.rejects(store.flush(), (error: Error) => {
        assert.match(error.message, /the disk is full; free some space and try again \(ENOSPC\)$/);
        assert.ok(error.message.startsWith(file), error.message);
        return true;
      });
      assert.deepEqual(await fs.readdir(path.dirname(file)), ['gold.jsonl']);
    }
    faulty.disarm();
    await store.flush();
    assert.deepEqual((await GoldStore.open(file)).goldSpans('a').map((s) => s.text), ['dolore toracico', 'ECG']);
  });

  it('removes, at its next write, the temporary file of a writer killed in the middle of one', async () => {
    await fs.mkdir(path.dirname(file), { recursive: true });
    const leftover = path.join(path.dirname(file), `.gold.jsonl.${deadPid()}.0badc0de.tmp`);
    await fs.writeFile(leftover, '{"id":"a","text":"Paziente con');
    await fs.writeFile(`${file}.lock`, lockContent(deadPid()));
    const store = await GoldStore.open(file, { lock: { timeoutMs: 0 } });
    store.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T0));
    await store.flush();
    assert.deepEqual(await fs.readdir(path.dirname(file)), ['gold.jsonl']);
  });
});

describe('GoldStore on a real full disk (a tiny tmpfs)', function () {
  let mountPoint: string | undefined;
  before(function () {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) {
      console.log('      (skipped: mounting a tmpfs needs root on Linux; the injected full disk above still runs)');
      this.skip();
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gold-tmpfs-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
    if (mounted.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      console.log(`      (skipped: cannot mount a tmpfs here: ${String(mounted.stderr).trim()}; the injected full disk above still runs)`);
      this.skip();
    }
    mountPoint = dir;
  });
  after(() => {
    if (!mountPoint) return;
    // lazily when a file handle left open keeps it busy, so that no mount outlives the test
    if (spawnSync('umount', [mountPoint]).status !== 0) spawnSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('reports the full disk naming the gold file, loses nothing, and writes once space is freed', async () => {
    const file = path.join(mountPoint!, 'gold.jsonl');
    const filler = path.join(mountPoint!, 'filler');
    const store = await GoldStore.open(file);
    store.recordDecision('a', NOTE, decide('accepted', 'dolore toracico', 'PROBLEM', T0));
    await store.flush();
    await fillDisk(filler);
    store.recordDecision('a', NOTE, decide('accepted', 'ECG', 'TEST', T1));
    await assert.rejects(store.flush(), (error: Error) => {
      assert.ok(error.message.startsWith(file), error.message);
      assert.match(error.message, /the disk is full; free some space and try again \(ENOSPC\)$/);
      return true;
    });
    assert.deepEqual((await fs.readdir(mountPoint!)).sort(), ['filler', 'gold.jsonl']);
    await fs.rm(filler);
    await store.flush();
    assert.deepEqual((await GoldStore.open(file)).goldSpans('a').map((s) => s.text), ['dolore toracico', 'ECG']);
  });
});

async function fillDisk(file: string): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    for (;;) await handle.write(Buffer.alloc(4096, 0x61));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
