import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { benchModels, machineInfo, repoRoot } from '../../../bench/benchEnv';
import { bertFlops, bertShape } from '../../../bench/bertArithmetic';
import { medianMs, type BenchResult } from '../../../bench/benchTiming';
import { consoleTable, formatRatio, markdownTable, renderResultsMarkdown } from '../../../bench/resultsTable';
import { transformersSpans, wordTagSpans } from '../../../bench/transformersBench';
import { agreement } from '../../../src/engine/entityAgreement';
import { buildTransformersFolder, openTransformersPipeline, transformersPath, type TransformersToken } from '../../../bench/transformersFolder';
import { loadModelFolder } from '../../../src/engine/model/modelFolder';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'seed-format-model');

describe('bench harness', () => {
  describe('BERT arithmetic', () => {
    it("reads the encoder's dimensions from a BERT config.json, with the feed-forward 4 × hidden when absent", () => {
      assert.deepEqual(bertShape(FIXTURE), { layers: 12, hidden: 768, intermediate: 3072 });
      assert.equal(bertShape(path.join(repoRoot(), 'models', 'default-it')), undefined);
    });

    it('counts bert-base at about 170 MFLOP a position, and attention growing with the sequence', () => {
      const shape = { layers: 12, hidden: 768, intermediate: 3072 };
      const perPosition = bertFlops(shape, 1, 1);
      assert.ok(perPosition > 169e6 && perPosition < 171e6, String(perPosition));
      // 4 rows of 32: 128 positions, each with attention over 32
      assert.equal(bertFlops(shape, 4, 32), 128 * 12 * (2 * (4 * 768 * 768 + 2 * 768 * 3072) + 4 * 32 * 768));
    });
  });

  describe('medianMs', () => {
    it('calls the action warmup + runs times and returns a finite, non-negative median', async () => {
      let calls = 0;
      const median = await medianMs(() => {
        calls++;
      }, 5, 2);
      assert.equal(calls, 7);
      assert.ok(Number.isFinite(median) && median >= 0);
    });

    it('awaits asynchronous actions', async () => {
      let done = 0;
      await medianMs(async () => {
        await new Promise((resolve) => setImmediate(resolve));
        done++;
      }, 3, 0);
      assert.equal(done, 3);
    });
  });

  describe('results rendering', () => {
    const results: BenchResult[] = [
      { name: '(x) a | b', figures: { time: '1.0 ms', note: 'two\nlines' }, ratio: 1.234, target: '≤ 1.25', met: true },
      { name: '(y) slow', figures: {}, ratio: 123.4, target: '≥ 2×', met: false },
      { name: '(z) no ratio', figures: { n: '1' }, target: 't', met: true },
    ];
    const skipped = [{ name: '(w) missing', reason: 'no model.onnx' }];

    it('renders one markdown row per result and per skipped benchmark, pipes escaped', () => {
      const table = markdownTable(results, skipped).split('\n');
      assert.equal(table.length, 2 + results.length + skipped.length);
      assert.equal(table[0], '| benchmark | figures | ratio | target | met |');
      assert.equal(table[2], '| (x) a \\| b | time: 1.0 ms; note: two lines | 1.23 | ≤ 1.25 | yes |');
      assert.match(table[3], /\| 123 \| ≥ 2× \| \*\*no\*\* \|$/);
      assert.match(table[4], /\| – \| t \| yes \|$/);
      assert.equal(table[5], '| (w) missing | not run: no model.onnx | – | – | – |');
    });

    it('formats ratios by magnitude', () => {
      assert.equal(formatRatio(0.03456), '0.03');
      assert.equal(formatRatio(41.66), '41.7');
      assert.equal(formatRatio(undefined), '–');
      assert.equal(formatRatio(Infinity), '–');
    });

    it('writes the machine, the summary, the figures and the notes', () => {
      const machine = { cpu: 'Test CPU', cores: 2, node: 'v20.0.0', onnxruntime: '1.30.0', transformers: '4.3.1', date: '2026-01-01T00:00:00.000Z' };
      const md = renderResultsMarkdown(machine, results, skipped, ['a note']);
      for (const expected of ['- CPU: Test CPU', '- cores: 2', '- Node: v20.0.0', '- onnxruntime-node: 1.30.0', '- date: 2026-01-01', '## Summary', '### (y) slow', '- ratio: 123 (target ≥ 2×) → not met', '- a note']) {
        assert.ok(md.includes(expected), `missing "${expected}"`);
      }
    });

    it("writes a result's details (a table) under its figures, and only in the figures", () => {
      const machine = { cpu: 'Test CPU', cores: 2, node: 'v20.0.0', onnxruntime: '1.30.0', transformers: '4.3.1', date: '2026-01-01T00:00:00.000Z' };
      const table = '| reviewed notes | PROBLEM overlap |\n|---|---:|\n| 0 (base) | 90.8 |';
      const md = renderResultsMarkdown(machine, [{ ...results[0], details: table }], []);
      const figures = md.slice(md.indexOf('## Figures'));
      assert.ok(figures.includes(`→ met\n\n${table}\n`), figures);
      assert.equal(md.split(table).length, 2);
    });

    it('aligns the console table in columns', () => {
      const lines = consoleTable(results, skipped).split('\n');
      assert.equal(lines.length, 1 + results.length + skipped.length);
      const column = lines[0].indexOf('ratio');
      assert.equal(lines[1].slice(column, column + 4), '1.23');
    });
  });

  describe('environment', () => {
    it('finds the repository root and the known models', () => {
      const root = repoRoot(__dirname);
      assert.ok(existsSync(path.join(root, 'bench', 'main.ts')));
      const models = benchModels(root);
      assert.deepEqual(models.map((m) => m.id), ['seed-format fixture', 'default-it', 'seed-sized (bert-base, random weights)']);
      assert.equal(models[0].present, true);
    });

    it('describes the machine', () => {
      const info = machineInfo(repoRoot(__dirname), new Date('2026-01-01T00:00:00Z'));
      assert.ok(info.cpu.length > 0);
      assert.ok(info.cores >= 1);
      assert.equal(info.node, process.version);
      assert.match(info.onnxruntime, /^\d+\.\d+\.\d+$/);
      assert.equal(info.date, '2026-01-01T00:00:00.000Z');
    });
  });

  describe('entity comparison with transformers.js output', () => {
    it('reads word tags with the engine repair rules', () => {
      assert.deepEqual(wordTagSpans(['B-PROBLEM', 'I-PROBLEM', 'E-PROBLEM', undefined, 'S-TEST']), [
        { startWord: 0, endWord: 3, type: 'PROBLEM' },
        { startWord: 4, endWord: 5, type: 'TEST' },
      ]);
      // I without an open entity starts one; an entity open at the end is kept; B closes the open one.
      assert.deepEqual(wordTagSpans(['I-TEST', 'B-TEST', 'I-TEST']), [
        { startWord: 0, endWord: 1, type: 'TEST' },
        { startWord: 1, endWord: 3, type: 'TEST' },
      ]);
    });

    it('maps per-piece output to offsets through the encoding, first piece of each word', () => {
      // "ha febbre": pieces ha | f ##eb ##bre, input positions 1..4 ([CLS] is 0).
      const encoding = { ids: [1, 2, 3, 4], starts: [0, 3, 4, 6], ends: [2, 4, 6, 9], wordIds: [0, 1, 1, 1], wordCount: 2 };
      const tokens: TransformersToken[] = [2, 3, 4].map((index) => ({ entity: 'S-PROBLEM', score: 0.9, index, word: '' }));
      assert.deepEqual(transformersSpans(tokens, encoding), [{ start: 3, end: 9, label: 'PROBLEM' }]);
      assert.deepEqual(transformersSpans(tokens, encoding, { PROBLEM: 'TEST' }), [{ start: 3, end: 9, label: 'TEST' }]);
    });

    it('computes entity and sentence agreement', () => {
      const a = { start: 0, end: 3, label: 'TEST' };
      const b = { start: 4, end: 6, label: 'PROBLEM' };
      const result = agreement([[a, b], []], [[a], []]);
      assert.equal(result.entityAgreement, 0.5);
      assert.equal(result.sentenceAgreement, 0.5);
      assert.deepEqual([result.ours, result.theirs, result.both], [2, 1, 1]);
      assert.equal(agreement([[]], [[]]).entityAgreement, 1);
    });
  });

  describe('transformers.js folder', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(path.join(os.tmpdir(), 'bench-harness-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('builds config.json (model_type bert, id2label), tokenizer.json, tokenizer_config.json and onnx/model.onnx', async () => {
      const dir = buildTransformersFolder(FIXTURE, root, 'seed');
      for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json', path.join('onnx', 'model.onnx')]) {
        assert.ok(existsSync(path.join(dir, file)), file);
      }
      const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
      assert.equal(config.model_type, 'bert');
      assert.equal(Object.keys(config.id2label).length, 13);
      assert.equal(config.label2id['S-TEST'], 12);
      const tokenizer = JSON.parse(readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
      assert.equal(tokenizer.model.type, 'WordPiece');
      assert.equal(Object.keys(tokenizer.model.vocab).length, 28996);
      // The engine's own loader accepts the layout (onnx/model.onnx + tokenizer.json).
      const folder = await loadModelFolder(dir);
      try {
        assert.deepEqual(folder.config.tagNames.length, 13);
      } finally {
        await folder.session.release();
      }
    });

    it('refuses a folder without an ONNX model', () => {
      assert.throws(() => buildTransformersFolder(root, root, 'x'), /no model\.onnx/);
    });

    it('loads in transformers.js, which tags the fixture terms', async function () {
      if (!existsSync(path.join(transformersPath(repoRoot(__dirname)), 'package.json'))) this.skip();
      buildTransformersFolder(FIXTURE, root, 'seed');
      const classify = await openTransformersPipeline(root, 'seed', { intraOpNumThreads: 1 });
      try {
        const tokens = (await classify('il paziente ha febbre')) as TransformersToken[];
        assert.ok(tokens.length > 0);
        assert.ok(tokens.every((t) => t.entity === 'S-PROBLEM'), JSON.stringify(tokens));
      } finally {
        await classify.dispose();
      }
    });
  });
});
