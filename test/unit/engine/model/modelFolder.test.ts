import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadModelFolder } from '../../../../src/engine/model/modelFolder';
import { ModelFolderError } from '../../../../src/engine/model/modelFolderError';
import { copyOfSeedFormatModel, editJson, INVALID_ONNX, SEED_FORMAT_MODEL } from './fixtures';

/** Loads a changed copy of the seed-format model and expects one ModelFolderError about `file`. */
async function expectFolderError(edit: (dir: string) => void, file: string, problem: RegExp): Promise<void> {
  const copy = copyOfSeedFormatModel(edit);
  try {
    await assert.rejects(loadModelFolder(copy.dir), (error: unknown) => {
      assert.ok(error instanceof ModelFolderError, `not a ModelFolderError: ${String(error)}`);
      assert.equal(error.file, path.join(copy.dir, file));
      assert.match(error.problem, problem);
      return true;
    });
  } finally {
    copy.remove();
  }
}

describe('loadModelFolder', () => {
  it('loads the seed-format folder: vocab.txt tokenizer, 13 BIOES tags, the three inputs', async () => {
    const folder = await loadModelFolder(SEED_FORMAT_MODEL);
    try {
      assert.equal(folder.name, 'seed-format-model');
      assert.equal(folder.files.tokenizer, path.join(SEED_FORMAT_MODEL, 'vocab.txt'));
      assert.equal(folder.files.lexicon, undefined);
      assert.equal(folder.config.scheme, 'BIOES');
      assert.equal(folder.config.windowLength, 128);
      assert.deepEqual(folder.session.inputNames, ['input_ids', 'attention_mask', 'token_type_ids']);
    } finally {
      await folder.session.release();
    }
  });

  it('finds onnx/model.onnx, tokenizer.json and the optional files beside the model', async () => {
    const copy = copyOfSeedFormatModel((dir) => {
      mkdirSync(path.join(dir, 'onnx'));
      renameSync(path.join(dir, 'model.onnx'), path.join(dir, 'onnx', 'model.onnx'));
      writeFileSync(path.join(dir, 'lexicon.tsv'), 'febbre\tPROBLEM\n');
      writeFileSync(path.join(dir, 'patterns.json'), '[]');
      writeFileSync(path.join(dir, 'MODEL_CARD.md'), '# Seed-format fixture\n');
    });
    try {
      const folder = await loadModelFolder(copy.dir);
      assert.equal(folder.files.model, path.join(copy.dir, 'onnx', 'model.onnx'));
      assert.equal(folder.files.lexicon, path.join(copy.dir, 'lexicon.tsv'));
      assert.equal(folder.files.patterns, path.join(copy.dir, 'patterns.json'));
      assert.equal(folder.files.modelCard, path.join(copy.dir, 'MODEL_CARD.md'));
      await folder.session.release();
    } finally {
      copy.remove();
    }
  });

  it('reports a folder that does not exist', async () => {
    await assert.rejects(loadModelFolder('/nonexistent/seed-onnx'), /\/nonexistent\/seed-onnx: model folder does not exist/);
  });

  it('reports a missing model.onnx, config.json or tokenizer', async () => {
    await expectFolderError((dir) => rmSync(path.join(dir, 'model.onnx')), 'model.onnx', /is missing \(looked for model.onnx and onnx\/model.onnx\)/);
    await expectFolderError((dir) => rmSync(path.join(dir, 'config.json')), 'config.json', /is missing/);
    await expectFolderError((dir) => rmSync(path.join(dir, 'vocab.txt')), 'tokenizer.json', /is missing, and so is vocab.txt/);
    await expectFolderError((dir) => rmSync(path.join(dir, 'tokenizer_config.json')), 'tokenizer_config.json', /vocab.txt needs it/);
  });

  it('reports invalid JSON with the file name', async () => {
    await expectFolderError((dir) => writeFileSync(path.join(dir, 'config.json'), '{"id2label": {'), 'config.json', /is not valid JSON/);
    await expectFolderError((dir) => writeFileSync(path.join(dir, 'tokenizer.json'), 'nope'), 'tokenizer.json', /is not valid JSON/);
  });

  it('reports tags that cannot be decoded', async () => {
    await expectFolderError(
      (dir) => editJson(path.join(dir, 'config.json'), (c) => (c.id2label['4'] = 'S-DIAGNOSIS')),
      'config.json',
      /cannot be decoded: "S-DIAGNOSIS"/,
    );
  });

  it('reports an id2label whose size differs from the logits (found by the probe run)', async () => {
    await expectFolderError(
      (dir) => editJson(path.join(dir, 'config.json'), (c) => (c.id2label = { 0: 'O', 1: 'B-PROBLEM', 2: 'I-PROBLEM' })),
      'model.onnx',
      /gives 13 logits per token, but config.json's id2label has 3 labels/,
    );
  });

  it('reports a file ONNX Runtime cannot load', async () => {
    await expectFolderError((dir) => writeFileSync(path.join(dir, 'model.onnx'), 'not a model'), 'model.onnx', /ONNX Runtime cannot load it/);
  });

  it('reports inputs the engine cannot feed', async () => {
    await expectFolderError(
      (dir) => copyFileSync(path.join(INVALID_ONNX, 'extra-input.onnx'), path.join(dir, 'model.onnx')),
      'model.onnx',
      /has inputs \[input_ids, attention_mask, pixel_values\] \(unsupported pixel_values\)/,
    );
  });

  it('reports a model without a logits output', async () => {
    await expectFolderError(
      (dir) => copyFileSync(path.join(INVALID_ONNX, 'no-logits.onnx'), path.join(dir, 'model.onnx')),
      'model.onnx',
      /has no output "logits" \(outputs: scores\)/,
    );
  });
});
