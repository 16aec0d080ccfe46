import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runQuantize } from '../../../src/cli/commands/quantizeCommand';
import { loadModelFolder } from '../../../src/engine/model/modelFolder';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';
import { memoryIo } from './memoryIo';

const ROOT = path.resolve(__dirname, '../../..');
const DEFAULT_MODEL = path.join(ROOT, 'models', 'default-it');
const SAMPLES = path.join(ROOT, 'samples');

/** Nodes, matrices, and megabytes of weights before and after, as the report says them. */
function quantizedMatrices(out: string): number[] {
  const said = /wrote .*default-it-int8: (\d+) MatMul\/Gemm nodes \((\d+) weight matrices, ([\d.]+) MB → ([\d.]+) MB\) in int8/.exec(out);
  assert.ok(said, out);
  return said.slice(1).map(Number);
}

describe('clinical-ner quantize --model DIR --out DIR2', function () {
  this.timeout(120_000);
  let dir: string;
  let int8: string;
  let report: { code: number; out: string; err: string };
  const quantize = async (...args: string[]) => {
    const { io, out, err } = memoryIo();
    const code = await runQuantize(args, io);
    return { code, out: out(), err: err() };
  };

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'quantize-'));
    int8 = path.join(dir, 'default-it-int8');
    report = await quantize('--model', DEFAULT_MODEL, '--out', int8, SAMPLES, '--threads', '1');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes an int8 copy of the default model that the engine loads with every input and output', async () => {
    assert.equal(report.code, 0, report.err);
    // the default model: one matrix per convolution layer, the feature projection and the output layer
    const [nodes, matrices, before, after] = quantizedMatrices(report.out);
    assert.ok(nodes >= 6 && matrices === nodes, report.out);
    assert.ok(after < before / 3, `weights ${before} MB → ${after} MB`);
    const signature = async (model: string) => {
      const folder = await loadModelFolder(model);
      try {
        return { inputs: [...folder.session.inputNames].sort(), outputs: [...folder.session.outputNames].sort() };
      } finally {
        await folder.session.release();
      }
    };
    const original = await signature(DEFAULT_MODEL);
    assert.deepEqual(await signature(int8), original);
  });

  it('copies every other file unchanged and records the quantization in config.json', () => {
    for (const name of readdirSync(DEFAULT_MODEL).filter((n) => n !== 'model.onnx' && n !== 'config.json')) {
      assert.ok(readFileSync(path.join(int8, name)).equals(readFileSync(path.join(DEFAULT_MODEL, name))), name);
    }
    const config = JSON.parse(readFileSync(path.join(int8, 'config.json'), 'utf8')) as { clinical_ner: { quantization: { from: string; matrices: number }; crf_start: number[] } };
    const original = JSON.parse(readFileSync(path.join(DEFAULT_MODEL, 'config.json'), 'utf8')) as { clinical_ner: { crf_start: number[] } };
    assert.deepEqual(config.clinical_ner.quantization.from, 'default-it');
    assert.equal(config.clinical_ner.quantization.matrices, quantizedMatrices(report.out)[1]);
    assert.deepEqual(config.clinical_ner.crf_start, original.clinical_ner.crf_start);
    assert.ok(readFileSync(path.join(int8, 'model.onnx')).length < readFileSync(path.join(DEFAULT_MODEL, 'model.onnx')).length);
  });

  it('reports the entity agreement with the fp32 model on the notes given, overall and per label', () => {
    const overall = /entity agreement with the fp32 model on 7 notes \(model layer\): ([\d.]+) %/.exec(report.out);
    assert.ok(overall, report.out);
    assert.ok(Number(overall[1]) >= 98, `agreement ${overall[1]} %`);
    for (const label of ['PROBLEM', 'TEST', 'TREATMENT']) assert.match(report.out, new RegExp(`\\n  ${label} +[\\d.]+ % \\(\\d+ identical of \\d+ fp32 / \\d+ int8 entities`));
  });

  it('refuses a folder that exists, the model folder itself and a model with nothing to quantize, writing nothing', async () => {
    const taken = path.join(dir, 'taken');
    mkdirSync(taken);
    writeFileSync(path.join(taken, 'appunti.txt'), 'Paziente in buone condizioni.');
    const existing = await quantize('--model', DEFAULT_MODEL, '--out', taken);
    assert.equal(existing.code, 1);
    assert.match(existing.err, /taken: already exists and is not empty; give a new folder \(nothing was written\)/);
    assert.deepEqual(readdirSync(taken), ['appunti.txt']);

    const itself = await quantize('--model', DEFAULT_MODEL, '--out', DEFAULT_MODEL);
    assert.equal(itself.code, 1);
    assert.match(itself.err, /is the model folder itself/);

    const fixture = path.join(dir, 'fixture-int8');
    const nothing = await quantize('--model', SEED_FORMAT_MODEL, '--out', fixture);
    assert.equal(nothing.code, 1);
    assert.match(nothing.err, /has no MatMul or Gemm with constant float weights: there is nothing to quantize\n$/);
    assert.equal(existsSync(fixture), false);
  });

  it('asks for --out with its usage', async () => {
    const run = await quantize('--model', DEFAULT_MODEL);
    assert.equal(run.code, 2);
    assert.match(run.err, /--out DIR2 is required[^\n]*\nusage: clinical-ner quantize/);
  });
});
