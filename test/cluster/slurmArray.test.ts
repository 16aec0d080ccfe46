import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ensureDebianPackages, systemInstaller } from '../../scripts/setup/debianPackages';
import { smallNotes } from '../unit/engine/batch/batchNotes';
import { LocalSlurm, SLURM_PACKAGES } from './localSlurm';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SHARDS = 3;
// enough notes for every shard to print its progress line (a run of more than 20 notes does)
const NOTES = smallNotes(90).map((note, i) => ({ ...note, id: `reparto-${i % 4}/${note.id}` }));

describe('pre-annotating an archive with a Slurm job array (a real single-node Slurm on 127.0.0.1)', function () {
  this.timeout(900_000);
  let dir: string;
  let slurm: LocalSlurm | undefined;

  before(async function () {
    if (process.getuid?.() !== 0) {
      const sentence = 'The cluster test starts slurmctld and slurmd itself and needs root to do so: run it as root (CI does).';
      if (process.env.CI) throw new Error(sentence);
      console.log(`      ${sentence}`);
      this.skip();
    }
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first (npm run test:cluster does)`);
    ensureDebianPackages(SLURM_PACKAGES, systemInstaller, 'The cluster test');
    dir = mkdtempSync(path.join(tmpdir(), 'slurm-archive-'));
    for (const note of NOTES) {
      const file = path.join(dir, 'archive', `${note.id}.txt`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, note.text);
    }
    slurm = await LocalSlurm.start(path.join(dir, 'slurm'));
  });

  after(async () => {
    await slurm?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs one shard per array task, joins them in a dependent job, and equals the one-machine run line for line', async () => {
    const archive = path.join(dir, 'archive');
    const single = path.join(dir, 'one-machine.jsonl');
    const local = spawnSync(process.execPath, [CLI, 'annotate', archive, '--out', single, '--workers', '1'], { encoding: 'utf8' });
    assert.equal(local.status, 0, local.stderr);

    const out = path.join(dir, 'shards');
    const joined = path.join(dir, 'suggestions.jsonl');
    const logs = path.join(dir, 'logs');
    mkdirSync(logs);
    const env = { CLINICAL_NER: `${process.execPath} ${CLI}` };
    const array = slurm!.submit([`--array=0-${SHARDS - 1}`, '--cpus-per-task=1', `--output=${logs}/%x-%A_%a.log`, `--chdir=${dir}`,
      path.join(ROOT, 'cluster', 'slurm', 'annotate-array.sbatch'), String(SHARDS), archive, out], env);
    const merge = slurm!.submit([`--dependency=afterok:${array}`, `--output=${logs}/%x-%j.log`, `--chdir=${dir}`,
      path.join(ROOT, 'cluster', 'slurm', 'merge-suggestions.sbatch'), String(SHARDS), out, joined], env);
    await slurm!.waitFor([array, merge], 600_000);

    const logText = (name: string) => readFileSync(path.join(logs, name), 'utf8');
    assert.deepEqual(slurm!.states(array), Array<string>(SHARDS).fill('COMPLETED'), readdirSync(logs).map(logText).join('\n'));
    assert.deepEqual(slurm!.states(merge), ['COMPLETED'], readdirSync(logs).map(logText).join('\n'));
    assert.equal(readFileSync(joined, 'utf8'), readFileSync(single, 'utf8'));

    // one log per shard, each saying which shard it is and how it went
    for (let k = 0; k < SHARDS; k++) {
      const log = logText(`clinical-ner-annotate-${array}_${k}.log`);
      assert.match(log, new RegExp(`shard ${k}/${SHARDS}: annotated (\\d+)/\\1 notes, [\\d.]+ notes/s\\n`), log);
    }
    assert.match(logText(`clinical-ner-merge-${merge}.log`), new RegExp(`joined ${SHARDS} file\\(s\\) .*: ${NOTES.length} notes`));
  });
});
