import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCliProcess } from '../../cli/cliProcess';
import { SEED_FORMAT_MODEL } from './fixtures';

describe('onnxruntime telemetry', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ort-telemetry-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is off: annotating writes nothing into the home folder, in the process or in engine workers', async () => {
    const home = mkdtempSync(path.join(dir, 'home-'));
    const note = path.join(dir, 'nota.txt');
    writeFileSync(note, 'Paziente con febbre e tosse. Nega dispnea.');
    // nothing inherited from this process may switch telemetry off or move its folder
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    delete env.ORT_DISABLE_TELEMETRY;
    delete env.XDG_CACHE_HOME;
    for (const extra of [[], ['--out', path.join(dir, 'suggerimenti.jsonl'), '--workers', '1']]) {
      const run = await runCliProcess(['annotate', note, '--model', SEED_FORMAT_MODEL, ...extra], { env });
      assert.equal(run.code, 0, run.stderr);
      assert.doesNotMatch(run.stderr, /telemetry/);
    }
    assert.deepEqual(readdirSync(home), []);
  });
});
