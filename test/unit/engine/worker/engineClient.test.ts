import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TermMemory } from '../../../../src/engine/learned/termMemory';
import { WARM_UP_SENTENCES } from '../../../../src/engine/pipeline/pipelineWarmUp';
import { ModelFolderError } from '../../../../src/engine/model/modelFolderError';
import { EngineClient, EngineCrashError } from '../../../../src/engine/worker/engineClient';
import { everyWordProblemLayer } from '../learned/layerFixtures';
import { copyOfSeedFormatModel, SEED_FORMAT_MODEL } from '../model/fixtures';

const WORKER = path.resolve(__dirname, '../../../../src/engine/worker/engineWorker.ts');
const NOTE = 'Ricoverato per febbre e tosse. Nega dispnea.';

describe('EngineClient (the engine in a worker thread)', function () {
  this.timeout(60_000);
  let crashes: Error[];
  let client: EngineClient;
  beforeEach(() => {
    crashes = [];
    client = new EngineClient({ workerFile: WORKER, onCrash: (e) => crashes.push(e) });
  });
  afterEach(() => client.dispose());

  it('loads a model folder and annotates off the caller thread', async () => {
    const info = await client.load(SEED_FORMAT_MODEL);
    assert.equal(info.modelName, 'seed-format-model');
    const { entities } = await client.annotateInWorker(NOTE);
    assert.deepEqual(entities.map((e) => `${e.text}:${e.assertion}`), ['febbre:present', 'tosse:present', 'dispnea:negated']);
  });

  it('warms up once loaded, and not once a note was annotated (it would only take CPU from it)', async () => {
    await assert.rejects(client.warmUp(), /before load/);
    await client.load(SEED_FORMAT_MODEL);
    await client.warmUp();
    const warmUpNote = WARM_UP_SENTENCES.join(' ');
    const first = await client.annotateInWorker(warmUpNote);
    assert.equal(first.annotatedSentences, first.sentences, 'nothing of the warm-up is left in the cache');
    await client.warmUp();
    const again = await client.annotateInWorker(warmUpNote);
    assert.equal(again.annotatedSentences, 0, 'the second warm-up did not run: the note stayed cached');
    assert.equal((await client.annotateInWorker(NOTE)).entities.length, 3);
  });

  it('reports an invalid model folder as a ModelFolderError naming the file', async () => {
    const broken = copyOfSeedFormatModel((dir) => writeFileSync(path.join(dir, 'config.json'), '{"id2label": {"0": "O", "1": "B-DRUG"}}'));
    try {
      const error = await client.load(broken.dir).catch((e: unknown) => e);
      assert.ok(error instanceof ModelFolderError, String(error));
      assert.equal(error.file, path.join(broken.dir, 'config.json'));
      assert.match(error.message, /B-DRUG/);
    } finally {
      broken.remove();
    }
  });

  it('cancels an annotation when its signal aborts', async () => {
    await client.load(SEED_FORMAT_MODEL);
    const controller = new AbortController();
    const running = client.annotateInWorker(NOTE.repeat(200), controller.signal);
    controller.abort();
    await assert.rejects(running, (e: Error) => e.name === 'AbortError');
    assert.equal((await client.annotateInWorker(NOTE)).entities.length, 3);
  });

  it('reports a crashed worker and restarts it, with the same model, on the next request', async () => {
    await client.load(SEED_FORMAT_MODEL);
    const pending = client.annotateInWorker(NOTE.repeat(500));
    client.crashForTesting();
    await pending.then(
      () => undefined,
      (e: unknown) => assert.ok(e instanceof EngineCrashError, String(e)),
    );
    for (let i = 0; i < 50 && crashes.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.equal(crashes.length, 1);
    assert.match(crashes[0].message, /engine stopped/);
    const { entities } = await client.annotateInWorker(NOTE);
    assert.equal(entities.length, 3);
  });

  describe('what the workspace learned', () => {
    const TAUGHT = 'Episodi di bradicardia notturna.';
    const memory = TermMemory.fromDecisions([{ start: 11, end: 22, label: 'PROBLEM', documentText: TAUGHT, kind: 'positive' }]).toJson();
    const found = async (text: string) => (await client.annotateInWorker(text)).entities.map((e) => `${e.text}:${e.source.join('+')}:${e.learnedFrom ?? '-'}`);
    it('suggests a learned term from the next annotation on, and after a crash restarts the worker', async () => {
      await client.load(SEED_FORMAT_MODEL, { sources: ['model'] });
      assert.deepEqual(await found('Nega bradicardia.'), []);
      await client.setLearned({ terms: memory });
      assert.deepEqual(await found('Nega bradicardia.'), ['bradicardia:learned:1']);
      client.crashForTesting();
      for (let i = 0; i < 50 && crashes.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(await found('Nega bradicardia.'), ['bradicardia:learned:1'], 'the restarted worker has it too');
      await client.setLearned({ terms: null });
      assert.deepEqual(await found('Nega bradicardia.'), []);
    });

    it('keeps what was learned through a reload of the model, and sends it before the first annotation', async () => {
      await client.setLearned({ terms: memory });
      await client.load(SEED_FORMAT_MODEL, { sources: ['model'] });
      assert.deepEqual(await found('Nega bradicardia.'), ['bradicardia:learned:1']);
      await client.load(SEED_FORMAT_MODEL, { sources: ['model', 'lexicon'] });
      assert.ok((await found('Nega bradicardia.'))[0]!.startsWith('bradicardia:learned'));
    });

    it('reads sentences as the model in use does, before anything learned (what a layer is fitted over)', async () => {
      await client.load(SEED_FORMAT_MODEL, { sources: ['model'] });
      await client.setLearned({ terms: memory });
      const [analysis] = await client.analyzeInWorker(['Nega bradicardia e febbre.']);
      assert.deepEqual(analysis!.entities.map((e) => e.text), ['febbre'], 'without the learned term');
      assert.equal(analysis!.wordValues?.width, 13);
      assert.equal(analysis!.wordValues!.values.length, 13 * analysis!.words.length);
    });

    it('applies a layer fitted over the model in use, and leaves out one fitted over another model', async () => {
      await client.load(SEED_FORMAT_MODEL, { sources: ['model'] });
      await client.setLearned({ layer: everyWordProblemLayer('another-model') });
      assert.deepEqual(await found('Nega bradicardia.'), []);
      await client.setLearned({ layer: everyWordProblemLayer('seed-format-model') });
      assert.deepEqual(await found('Nega bradicardia.'), ['Nega:learned:-', 'bradicardia:learned:-']);
    });
  });
});
