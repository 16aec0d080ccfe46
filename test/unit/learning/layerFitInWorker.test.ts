import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { FittedLayer } from '../../../src/engine/learned/fittedLayer';
import { ModelFolderError } from '../../../src/engine/model/modelFolderError';
import { NerPipeline } from '../../../src/engine/pipeline/nerPipeline';
import type { SentenceAnalyzer } from '../../../src/learning/fitLayer';
import { fitLayerInWorker } from '../../../src/learning/layerFitInWorker';
import { NothingToLearnError } from '../../../src/learning/learnFromReview';
import { readReviewedDocuments } from '../../../src/learning/reviewedDocument';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';

const WORKER = path.resolve(__dirname, '../../../src/learning/layerFitWorker.ts');

// The fixture model knows febbre, tosse and cefalea but not bradicardia, which the reviewer added in every note.
const NOTES = [
  'Paziente con bradicardia e febbre.',
  'Riferisce bradicardia sinusale, nega tosse.',
  'Al controllo bradicardia e cefalea.',
  'Nota bradicardia, terapia con ramipril.',
  'Persiste bradicardia; febbre assente.',
];

function reviewed(notes: string[], terms: string[]) {
  const lines = notes.map((text, i) => {
    const entities = terms.flatMap((term) => (text.includes(term) ? [{ start: text.indexOf(term), end: text.indexOf(term) + term.length, label: 'PROBLEM' }] : []));
    return JSON.stringify({ id: `notes/controllo-${i + 1}.txt`, text, entities });
  });
  return readReviewedDocuments(lines.join('\n'), ['PROBLEM']).documents;
}

describe('fitting the layer in a worker thread', function () {
  this.timeout(120_000);
  // the base model reads the notes here, as the engine's worker does for the extension
  let base: NerPipeline;
  const analyze: SentenceAnalyzer = (sentences, signal) => base.analyzeSentences(sentences, signal);
  before(async () => {
    base = await NerPipeline.load(SEED_FORMAT_MODEL, { sources: ['model'] });
  });
  after(() => base.dispose());
  const job = { modelName: 'seed-format-model', documents: reviewed(NOTES, ['bradicardia', 'febbre', 'tosse', 'cefalea']) };

  it('fits the layer over the base model to the reviewed notes, reporting progress, and the layer finds what the reviewer added', async () => {
    const progress: string[] = [];
    const layer = await fitLayerInWorker(job, { analyze, workerFile: WORKER, onProgress: (message) => progress.push(message) });
    assert.equal(layer.base.model, 'seed-format-model');
    assert.equal(layer.notes, 5);
    assert.equal(layer.checks.PROBLEM?.used, true, JSON.stringify(layer.checks));
    assert.ok(progress.includes('checking PROBLEM by cross-validation on 5 notes'), progress.join(' / '));
    const [analysis] = await base.analyzeSentences(['Da ieri bradicardia.']);
    assert.deepEqual(FittedLayer.fromJson(layer).apply(analysis!).map((e) => `${e.text}:${e.label}:${e.source.join('+')}`), ['bradicardia:PROBLEM:learned']);
  });

  it('stops at once when cancelled, with an AbortError, and stops reading the notes', async () => {
    const controller = new AbortController();
    let readAfterCancel = false;
    const reading: SentenceAnalyzer = async (sentences, signal) => {
      controller.abort();
      await new Promise((r) => setTimeout(r, 50));
      readAfterCancel = !signal?.aborted;
      return analyze(sentences, signal);
    };
    await assert.rejects(fitLayerInWorker(job, { analyze: reading, workerFile: WORKER, signal: controller.signal }), (error: Error) => error.name === 'AbortError');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(readAfterCancel, false, 'the reading it asked for was cancelled too');
  });

  it('says why when the reviewed notes hold nothing to learn', async () => {
    await assert.rejects(fitLayerInWorker({ ...job, documents: reviewed(NOTES, []) }, { analyze, workerFile: WORKER }), (error: Error) => {
      assert.ok(error instanceof NothingToLearnError, String(error));
      assert.equal(error.message, 'the gold has no PROBLEM entities to learn from');
      return true;
    });
  });

  it('reports a reading of the notes that failed, naming the model folder\'s file', async () => {
    const broken: SentenceAnalyzer = () => Promise.reject(new ModelFolderError('/modelli/seed/model.onnx', 'cannot be read'));
    await assert.rejects(fitLayerInWorker(job, { analyze: broken, workerFile: WORKER }), (error: Error) => {
      assert.ok(error instanceof ModelFolderError, String(error));
      assert.equal(error.message, '/modelli/seed/model.onnx: cannot be read');
      return true;
    });
  });
});
