import { strict as assert } from 'node:assert';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { FittedLayerJson } from '../../../src/engine/learned/fittedLayer';
import { TermMemory } from '../../../src/engine/learned/termMemory';
import { EMPTY_STATE, WorkspaceLearnedFiles } from '../../../src/learning/workspaceLearnedFiles';

const NOTE = 'Riferita bradicardia sinusale da una settimana.';
const MEMORY = TermMemory.fromDecisions([{ start: 9, end: 29, label: 'PROBLEM', documentText: NOTE, kind: 'positive' }]);
const LAYER: FittedLayerJson = {
  format: 'clinical-ner-fitted-layer',
  version: 1,
  base: { model: 'seed-format-model', denseWidth: 13 },
  notes: 4,
  checks: { PROBLEM: { notes: 4, folds: 4, base: { strict: 0.6, overlap: 0.7 }, used: false, reason: 'the fit did not gain 0.5 F1 points over the base, losing on neither strict nor overlap, in the 4-fold check' } },
  taggers: {},
};

describe('the workspace\'s learned files (.clinical-ner/learned/)', () => {
  let root: string;
  let files: WorkspaceLearnedFiles;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'learned-'));
    files = new WorkspaceLearnedFiles(path.join(root, '.clinical-ner', 'learned'));
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  it('reads nothing learned, and writes nothing, where nothing was ever learned', async () => {
    assert.deepEqual(await files.read(), { state: EMPTY_STATE, problems: [] });
    assert.deepEqual(await fs.readdir(root), []);
  });

  it('writes the term memory, the layer and the state as versioned JSON, and reads them back', async () => {
    await files.writeTerms(MEMORY.toJson());
    await files.writeLayer(LAYER);
    await files.writeState({ ...EMPTY_STATE, decisionsAtLastFit: 25 });
    const stored = await files.read();
    assert.deepEqual(stored.layer, LAYER);
    assert.deepEqual(stored.state, { format: 'clinical-ner-learning-state', version: 1, decisionsAtLastFit: 25 });
    assert.equal(stored.terms, JSON.stringify(MEMORY.toJson()));
    assert.deepEqual(TermMemory.fromJson(JSON.parse(await fs.readFile(files.termsFile, 'utf8'))).terms, MEMORY.terms);
    assert.deepEqual((await fs.readdir(files.dir)).sort(), ['layer.json', 'state.json', 'terms.json'], 'no temporary file left');
  });

  it('reports a file it cannot use in one sentence naming it, and leaves it as it is', async () => {
    await fs.mkdir(files.dir, { recursive: true });
    await fs.writeFile(files.layerFile, '{"format": "clinical-ner-fitted-layer", "version": 7}');
    await fs.writeFile(files.stateFile, 'not json');
    const stored = await files.read();
    assert.equal(stored.layer, undefined);
    assert.deepEqual(stored.state, EMPTY_STATE);
    assert.deepEqual(stored.problems, [
      `${files.stateFile}: Unexpected token 'o', "not json" is not valid JSON; it is left as it is and not used`,
      `${files.layerFile}: not a clinical-ner fitted layer (format "clinical-ner-fitted-layer", version 1); it is left as it is and not used`,
    ]);
    assert.equal(await fs.readFile(files.layerFile, 'utf8'), '{"format": "clinical-ner-fitted-layer", "version": 7}');
  });

  it('clears: an empty term memory, no layer, and the time of the clear kept', async () => {
    await files.writeTerms(MEMORY.toJson());
    await files.writeLayer(LAYER);
    const state = await files.clear(TermMemory.empty().toJson(), '2025-05-02T10:00:00.000Z');
    assert.deepEqual(state, { ...EMPTY_STATE, clearedAt: '2025-05-02T10:00:00.000Z' });
    const stored = await files.read();
    assert.equal(stored.layer, undefined);
    assert.deepEqual(stored.state, state);
    assert.deepEqual(TermMemory.fromJson(JSON.parse(stored.terms!)).size, 0);
  });

  it('says which file could not be written, and why', async () => {
    await fs.mkdir(path.dirname(files.dir), { recursive: true });
    await fs.writeFile(files.dir, 'a file where the folder should be');
    await assert.rejects(files.writeTerms(MEMORY.toJson()), (error: Error) => {
      assert.match(error.message, new RegExp(`^${files.dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot create the folder: .*\\(EEXIST\\)$`));
      return true;
    });
  });
});
