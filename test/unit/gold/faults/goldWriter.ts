/**
 * One writer of the fault-injection suite, run as its own process (so that it can be killed with
 * SIGKILL): `node --require tsx/cjs goldWriter.ts GOLD NAME SEED LOG`. It records decisions on a few
 * shared notes and flushes them, with a seeded share of flushes failing on an injected ENOSPC,
 * EACCES or EISDIR. Its log gets `ack <key>` once a decision is in the gold file (flush resolved),
 * `fault <code>` as a fault fires and `error <message>` for a failed flush.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { GoldStore } from '../../../../src/gold/goldStore';
import { FaultyFileSystem, INJECTED_FAULTS, type InjectedFault } from '../faultyFileSystem';
import { decisionId, FAULT_NOTES } from './faultNotes';

async function run(file: string, writer: string, seed: number, log: string): Promise<never> {
  const note = (line: string) => appendFileSync(log, line + '\n');
  const faulty = new FaultyFileSystem((code) => note(`fault ${code}`));
  // staleMs is long so that only the pid check can free a killed writer's lock: a broken check
  // shows as lock timeouts in the log
  const store = await GoldStore.open(file, { fileSystem: faulty.fs, lock: { staleMs: 600_000, timeoutMs: 5_000 } });
  const steps = fc.sample(
    fc.record({
      decisions: fc.array(fc.record({ note: fc.nat({ max: FAULT_NOTES.length - 1 }), word: fc.nat({ max: 99 }) }), { minLength: 1, maxLength: 3 }),
      // one flush in five fails
      fault: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.constantFrom<InjectedFault>(...INJECTED_FAULTS), weight: 1 }),
    }),
    { seed, numRuns: 2000 },
  );
  const pending: string[] = [];
  let sequence = 0;
  for (let step = 0; ; step = (step + 1) % steps.length) {
    for (const d of steps[step]!.decisions) {
      const { id, text, words } = FAULT_NOTES[d.note]!;
      const word = words[d.word % words.length]!;
      const start = text.indexOf(word.text);
      const time = new Date(Date.UTC(2025, 2, 1) + sequence++ * 1000).toISOString();
      store.recordDecision(id, text, { kind: 'accepted', start, end: start + word.text.length, label: word.label, text: word.text, annotator: writer, time });
      pending.push(decisionId(writer, time));
    }
    const fault = steps[step]!.fault;
    if (fault) faulty.arm(fault);
    try {
      await store.flush();
      note(pending.map((key) => `ack ${key}`).join('\n'));
      pending.length = 0;
    } catch (error) {
      note(`error ${(error as Error).message.replace(/\n/g, ' ')}`);
    }
    faulty.disarm();
  }
}

const [file, writer, seed, log] = process.argv.slice(2);
run(file!, writer!, Number(seed), log!).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
