import { strict as assert } from 'node:assert';
import { parseModelConfig } from '../../../../src/engine/model/modelConfig';
import { ModelFolderError } from '../../../../src/engine/model/modelFolderError';

const SEED_ID2LABEL = {
  '0': 'O',
  '1': 'B-PROBLEM',
  '2': 'I-PROBLEM',
  '3': 'E-PROBLEM',
  '4': 'S-PROBLEM',
  '5': 'B-TREATMENT',
  '6': 'I-TREATMENT',
  '7': 'E-TREATMENT',
  '8': 'S-TREATMENT',
  '9': 'B-TEST',
  '10': 'I-TEST',
  '11': 'E-TEST',
  '12': 'S-TEST',
};

function failsWith(config: unknown, pattern: RegExp): void {
  assert.throws(
    () => parseModelConfig(config, '/models/seed/config.json'),
    (error: unknown) =>
      error instanceof ModelFolderError && error.file === '/models/seed/config.json' && pattern.test(error.problem),
  );
}

describe('parseModelConfig', () => {
  it('reads the seed model config: 13 BIOES tags, window 128 although BERT allows 512', () => {
    const config = parseModelConfig({ max_position_embeddings: 512, id2label: SEED_ID2LABEL }, 'config.json');
    assert.equal(config.scheme, 'BIOES');
    assert.equal(config.tagNames.length, 13);
    assert.deepEqual(config.tags[7], { prefix: 'E', label: 'TREATMENT' });
    assert.equal(config.windowLength, 128);
    assert.equal(config.windowStride, 63);
    assert.equal(config.aggregation, 'first');
    assert.equal(config.decoding, 'greedy');
    assert.equal(config.lowercase, false);
    assert.equal(config.stripPunctuation, false);
  });

  it('reads the clinical_ner options', () => {
    const config = parseModelConfig(
      {
        id2label: SEED_ID2LABEL,
        clinical_ner: {
          lowercase: true,
          strip_punctuation: true,
          window_length: 64,
          window_overlap: 20,
          aggregation: 'average',
          batch_size: 12,
          batch_tokens: 300,
        },
      },
      'config.json',
    );
    assert.deepEqual(
      [config.lowercase, config.stripPunctuation, config.windowLength, config.windowStride, config.aggregation, config.batchSize, config.batchTokens],
      [true, true, 64, 42, 'average', 12, 300],
    );
  });

  it('keeps the window inside a model with fewer positions than 128', () => {
    assert.equal(parseModelConfig({ max_position_embeddings: 64, id2label: { 0: 'O', 1: 'B-TEST' } }, 'c').windowLength, 64);
  });

  it('recognises BIO tags, with "_" as separator and BILOU names', () => {
    assert.equal(parseModelConfig({ id2label: { 0: 'O', 1: 'B_PROBLEM', 2: 'I_PROBLEM' } }, 'c').scheme, 'BIO');
    const bilou = parseModelConfig({ id2label: { 0: 'O', 1: 'U-TEST', 2: 'L-TEST' } }, 'c');
    assert.deepEqual(bilou.tags.slice(1), [
      { prefix: 'S', label: 'TEST' },
      { prefix: 'E', label: 'TEST' },
    ]);
  });

  it('maps other entity type names through clinical_ner.label_map and accepts lower case', () => {
    const config = parseModelConfig(
      { id2label: { 0: 'O', 1: 'B-DISEASE', 2: 'B-drug', 3: 'B-problem' }, clinical_ner: { label_map: { DISEASE: 'PROBLEM', drug: 'TREATMENT' } } },
      'c',
    );
    assert.deepEqual(config.tags.slice(1).map((t) => (t.prefix === 'O' ? 'O' : t.label)), ['PROBLEM', 'TREATMENT', 'PROBLEM']);
  });

  it('reports every tag that cannot be decoded, in one error', () => {
    failsWith(
      { id2label: { 0: 'O', 1: 'X-PROBLEM', 2: 'B-ANATOMY', 3: 'PROBLEM' } },
      /"X-PROBLEM" \(not O.*"B-ANATOMY" \(entity type "ANATOMY".*"PROBLEM" \(not O/,
    );
  });

  it('reports a missing, empty or badly numbered id2label', () => {
    failsWith({ model_type: 'bert' }, /"id2label" is missing/);
    failsWith({ id2label: {} }, /"id2label" is empty/);
    failsWith({ id2label: ['O', 'B-TEST'] }, /must be an object/);
    failsWith({ id2label: { 0: 'O', 5: 'B-TEST' } }, /ids must be 0\.\.1; found "5"/);
  });

  it('reports options of the wrong type', () => {
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { lowercase: 'yes' } }, /clinical_ner.lowercase" must be true or false/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { aggregation: 'mean' } }, /aggregation" must be one of first, max, average/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { window_length: 1 } }, /"clinical_ner.window_length" must be an integer ≥ 3; it is 1/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: [] }, /"clinical_ner" must be an object/);
    failsWith({ id2label: SEED_ID2LABEL, max_position_embeddings: '512' }, /"max_position_embeddings" must be an integer/);
    failsWith('[]', /must be a JSON object/);
  });

  it('refuses a window longer than the model’s positions and a stride longer than the window', () => {
    failsWith({ id2label: SEED_ID2LABEL, max_position_embeddings: 512, clinical_ner: { window_length: 1024 } }, /exceeds max_position_embeddings 512/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { window_length: 32, window_stride: 31 } }, /between 1 and 30/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { window_stride: 10, window_overlap: 10 } }, /either/);
  });

  it('reads the input features a model takes and refuses names the engine cannot compute', () => {
    const features = ['lexicon:PROBLEM:B', 'shape:digit'];
    assert.deepEqual(parseModelConfig({ id2label: SEED_ID2LABEL, clinical_ner: { input_features: features } }, 'c').inputFeatures, features);
    assert.deepEqual(parseModelConfig({ id2label: SEED_ID2LABEL }, 'c').inputFeatures, []);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { input_features: ['lexicon:DRUG:B'] } }, /cannot compute: lexicon:DRUG:B/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { input_features: [] } }, /non-empty list/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { input_features: ['shape:digit', 'shape:digit'] } }, /twice/);
  });

  it('turns on Viterbi decoding when CRF transitions are given and checks their size', () => {
    const size = 13;
    const matrix = Array.from({ length: size }, () => new Array(size).fill(0));
    const config = parseModelConfig({ id2label: SEED_ID2LABEL, clinical_ner: { crf_transitions: matrix, crf_start: new Array(size).fill(0.5) } }, 'c');
    assert.equal(config.decoding, 'viterbi');
    assert.equal(config.crf?.start?.[0], 0.5);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { crf_transitions: [[0]] } }, /13×13 matrix/);
    failsWith({ id2label: SEED_ID2LABEL, clinical_ner: { crf_transitions: matrix, crf_end: [1, 2] } }, /crf_end" must be 13 numbers/);
  });
});
