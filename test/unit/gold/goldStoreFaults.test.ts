import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { decisionId } from './faults/faultNotes';
import { GoldStore } from '../../../src/gold/goldStore';
import { decide, NOTE } from './decisionFixtures';
import { INJECTED_FAULTS, type InjectedFault } from './faultyFileSystem';

const WRITER = path.join(__dirname, 'faults', 'goldWriter.ts');
const SEED = 15;
const WRITERS = 3;
const KILLS = 12;

interface Writer {
  name: string;
  log: string;
  process: ChildProcess;
  exited: Promise<void>;
  stderr: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Several writer processes share one gold file, each flushing decisions in a loop while some of
 * their flushes fail on an injected full disk, permission error or folder in the way, and while
 * they are killed with SIGKILL at seeded moments and replaced. Whatever a writer acknowledged (its
 * flush resolved) must be in the gold file at the end; no lock may keep a writer waiting; the
 * next clean write leaves no lock or temporary file behind.
 */
describe('gold store under kill -9 and failing disks (fault injection)', function () {
  this.timeout(120_000);
  let dir: string;
  const writers: Writer[] = [];
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gold-faults-'));
  });
  after(async () => {
    for (const w of writers) w.process.kill('SIGKILL');
    await Promise.all(writers.map((w) => w.exited));
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no acknowledged decision, and every failure names the gold file', async () => {
    const file = path.join(dir, 'gold.jsonl');
    const start = (slot: number, incarnation: number): Writer => {
      const name = `writer-${slot}.${incarnation}`;
      const log = path.join(dir, `${name}.log`);
      const child = spawn(process.execPath, ['--require', require.resolve('tsx/cjs'), WRITER, file, name, String(SEED * 1000 + writers.length), log], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const stderr: string[] = [];
      child.stderr!.on('data', (chunk) => stderr.push(String(chunk)));
      const writer = { name, log, process: child, stderr, exited: new Promise<void>((resolve) => child.once('exit', () => resolve())) };
      writers.push(writer);
      return writer;
    };
    const acknowledged = (w: Writer) => (existsSync(w.log) ? readFileSync(w.log, 'utf8').includes('ack ') : false);
    const untilAcknowledged = async (ws: Writer[]) => {
      const deadline = Date.now() + 30_000;
      while (!ws.every(acknowledged)) {
        const crashed = ws.find((w) => w.process.exitCode !== null);
        if (crashed) assert.fail(`${crashed.name} stopped by itself: ${crashed.stderr.join('')}`);
        const stuck = ws.find((w) => !acknowledged(w));
        if (Date.now() > deadline) assert.fail(`${stuck!.name} wrote nothing for 30 s (waiting for a lock?): ${existsSync(stuck!.log) ? readFileSync(stuck!.log, 'utf8').slice(-500) : 'no log'}`);
        await sleep(20);
      }
    };

    const live = Array.from({ length: WRITERS }, (_, slot) => start(slot, 0));
    await untilAcknowledged(live);
    const schedule = fc.sample(fc.record({ afterMs: fc.integer({ min: 100, max: 400 }), slot: fc.nat({ max: WRITERS - 1 }) }), { seed: SEED, numRuns: KILLS });
    let locksLeftByKills = 0;
    for (const [kill, { afterMs, slot }] of schedule.entries()) {
      await sleep(afterMs);
      const victim = live[slot]!;
      victim.process.kill('SIGKILL');
      await victim.exited;
      // the other writers go on, so the lock may go between any two looks at it
      if (readIfThere(`${file}.lock`).includes(`"pid":${victim.process.pid},`)) locksLeftByKills++;
      live[slot] = start(slot, kill + 1);
    }
    await untilAcknowledged(live);
    for (const w of live) w.process.kill('SIGKILL');
    await Promise.all(live.map((w) => w.exited));

    const logs = writers.map((w) => (existsSync(w.log) ? readFileSync(w.log, 'utf8') : '').split('\n'));
    const acks = logs.flat().filter((l) => l.startsWith('ack ')).map((l) => l.slice(4));
    const errors = logs.flat().filter((l) => l.startsWith('error ')).map((l) => l.slice(6));
    const faults = Object.fromEntries(INJECTED_FAULTS.map((code) => [code, 0])) as Record<InjectedFault, number>;
    for (const line of logs.flat()) if (line.startsWith('fault ')) faults[line.slice(6) as InjectedFault]++;

    // The last kill may have left a lock and a temporary file: the next writer takes a lock whose
    // process is gone at once and sweeps the temporary file. A kill between creating the lock and
    // writing into it leaves an empty lock, which cannot be told from one being written this
    // instant: it is taken over after its second of grace, so the writer may wait that long.
    const after = await GoldStore.open(file, { lock: { timeoutMs: 2000 } });
    assert.deepEqual(after.issues, [], 'the gold file reads back whole');
    const found = new Set(after.allDocuments().flatMap((d) => d.decisions.map((x) => decisionId(x.annotator, x.time))));
    after.recordDecision('controllo.txt', NOTE, decide('accepted', 'ECG', 'TEST', '2025-03-02T08:00:00.000Z'));
    await after.flush();
    const leftovers = readdirSync(dir).filter((name) => !name.endsWith('.log') && name !== 'gold.jsonl');

    console.log(`      writers ${writers.length} (${WRITERS} at a time), kills ${KILLS} (${locksLeftByKills} left a lock), ` +
      `injected ENOSPC ${faults.ENOSPC} / EACCES ${faults.EACCES} / EISDIR ${faults.EISDIR}, failed flushes ${errors.length}, ` +
      `decisions acknowledged ${acks.length}, found ${acks.filter((k) => found.has(k)).length} of them (${found.size} in the file)`);

    assert.deepEqual(acks.filter((k) => !found.has(k)), [], 'acknowledged decisions missing from the gold file');
    assert.deepEqual(errors.filter((e) => !e.startsWith(file)), [], 'failures that do not name the gold file');
    assert.deepEqual(errors.filter((e) => / locked by /.test(e)), [], 'a writer waited for a lock');
    for (const code of INJECTED_FAULTS) assert.ok(faults[code] > 0, `no ${code} was injected`);
    assert.deepEqual(leftovers, [], 'lock or temporary files left after a clean write');
  });
});

function readIfThere(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
