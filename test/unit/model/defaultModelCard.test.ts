import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NerPipeline } from '../../../src/engine/pipeline/nerPipeline';
import { defaultModelDir } from '../../../src/engine/pipeline/defaultModel';
import { loadLexiconFile } from '../../../src/engine/lexicon/lexiconFile';
import { LEXICON_INDEX_FILE, lexiconFromIndex, writeLexiconIndex } from '../../../src/engine/lexicon/lexiconIndex';
import { buildLexicon } from '../../../training/buildLexicon';
import { ABLATION, CARD_SPLITS, cardScoresOf, evaluateLayers, readNotes, type CardScores } from '../../../training/modelEvaluation';

const modelDir = defaultModelDir();

describe('the bundled default model', function () {
  this.timeout(300_000);

  it('is a complete model folder: ONNX model, config, tokenizer, lexicon, patterns and card', () => {
    for (const file of ['model.onnx', 'config.json', 'tokenizer.json', 'lexicon.tsv', 'lexicon.index', 'patterns.json', 'MODEL_CARD.md', 'evaluation.json']) {
      assert.ok(existsSync(path.join(modelDir, file)), `${file} is missing from ${modelDir}`);
    }
  });

  it('loads with every layer and finds entities in an Italian note', async () => {
    const pipeline = await NerPipeline.load();
    try {
      assert.deepEqual(pipeline.info.sources, ['model', 'lexicon', 'pattern']);
      const text = 'Nega febbre e tosse. In terapia con bisoprololo 2,5 mg. Ecografia addome: colelitiasi.';
      const { entities } = await pipeline.annotate(text);
      const found = entities.map((e) => `${e.text}/${e.label}/${e.assertion}`);
      for (const expected of ['febbre/PROBLEM/negated', 'tosse/PROBLEM/negated', 'bisoprololo/TREATMENT/present', 'colelitiasi/PROBLEM/present']) {
        assert.ok(found.includes(expected), `${expected} not in ${found.join(', ')}`);
      }
      assert.ok(entities.some((e) => e.source.includes('model')), 'no entity comes from the model');
    } finally {
      await pipeline.dispose();
    }
  });

  it('reproduces every score of its model card on the test split and the out-of-style set', async () => {
    const card = JSON.parse(readFileSync(path.join(modelDir, 'evaluation.json'), 'utf8')) as { splits: Record<string, { notes: number; scores: CardScores }> };
    for (const split of CARD_SPLITS) {
      const notes = readNotes(split);
      assert.equal(notes.length, card.splits[split]?.notes, `the ${split} notes changed since the card was written`);
      for (const mode of ABLATION) {
        const scores = cardScoresOf(await evaluateLayers(modelDir, mode.sources, notes));
        for (const rule of ['strict', 'overlap'] as const) {
          for (const [label, f1] of Object.entries(card.splits[split].scores[mode.name][rule])) {
            assert.ok(Math.abs(scores[rule][label] - f1) <= 0.0006, `${split}, ${mode.name} ${rule} ${label}: card says ${f1}, measured ${scores[rule][label]}`);
          }
        }
      }
    }
  });
});

describe('the bundled default model folder, against its sources', () => {
  it('carries the lexicon that training/lexicon builds', () => {
    const built = buildLexicon();
    assert.deepEqual(built.problems, []);
    assert.ok(built.entries >= 12_000, `${built.entries} entries`);
    assert.equal(readFileSync(path.join(modelDir, 'lexicon.tsv'), 'utf8'), built.content, 'run npx tsx training/buildLexicon.ts models/default-it/lexicon.tsv');
  });

  it('carries the index of its lexicon that this engine writes (the fast load is in use)', () => {
    const lexicon = readFileSync(path.join(modelDir, 'lexicon.tsv'), 'utf8');
    const index = readFileSync(path.join(modelDir, LEXICON_INDEX_FILE), 'utf8');
    assert.equal(index, writeLexiconIndex(lexicon, 'lexicon.tsv'), 'run npx tsx training/buildLexicon.ts models/default-it/lexicon.tsv');
    assert.ok(lexiconFromIndex(index, readFileSync(path.join(modelDir, 'lexicon.tsv'))));
  });

  it('loads its lexicon through that index', async () => {
    assert.equal((await loadLexiconFile(path.join(modelDir, 'lexicon.tsv'))).fromIndex, true);
  });

  it('tokenizes with the committed vocabulary, training/vocab.txt, in its order', () => {
    const vocab = readFileSync(path.resolve(__dirname, '../../../training/vocab.txt'), 'utf8').split('\n').filter(Boolean);
    const tokenizer = JSON.parse(readFileSync(path.join(modelDir, 'tokenizer.json'), 'utf8')) as { model: { vocab: Record<string, number> } };
    assert.deepEqual(Object.entries(tokenizer.model.vocab).sort((a, b) => a[1] - b[1]).map(([piece]) => piece), vocab);
  });

  it('carries the engine default patterns', () => {
    const shipped = readFileSync(path.join(modelDir, 'patterns.json'), 'utf8');
    assert.equal(shipped, readFileSync(path.resolve(__dirname, '../../../src/engine/patterns/defaultPatterns.json'), 'utf8'));
  });
});
