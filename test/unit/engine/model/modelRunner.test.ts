import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Candidate } from '../../../../src/engine/entity';
import { bertTokenizerJson } from '../../../../src/engine/model/bertTokenizerJson';
import { ModelRunner } from '../../../../src/engine/model/modelRunner';
import { copyOfSeedFormatModel, editJson, SEED_FORMAT_MODEL } from './fixtures';

/** Entities as "text|LABEL", in order. */
function shown(text: string, candidates: Candidate[]): string[] {
  return candidates.map((c) => `${text.slice(c.start, c.end)}|${c.label}`);
}

// Terms the seed-format fixture model tags (see scripts/make-seed-fixture.py).
const FIXTURE_TERMS: [RegExp, string][] = [
  [/\b(febbre|tosse|dispnea|polmonite|diabete|cefalea|ipertensione|asma|insufficienza renale|dolore addominale)\b/giu, 'PROBLEM'],
  [/\b(emocromo|ecografia|tac|glicemia|creatinina|ecg|pressione arteriosa|emoglobina glicata|radiografia del torace)\b/giu, 'TEST'],
  [/\b(amoxicillina|ramipril|paracetamolo|metformina|aspirina|insulina)\b/giu, 'TREATMENT'],
];

function expectedEntities(text: string): string[] {
  const found = FIXTURE_TERMS.flatMap(([pattern, label]) => [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, shown: `${m[0]}|${label}` })));
  return found.sort((a, b) => a.start - b.start).map((f) => f.shown);
}

const SENTENCES = [
  'Paziente di 67 anni con Febbre, tosse produttiva e dispnea da 3 giorni.',
  "Eseguita ecografia dell'addome: nella norma; all'emocromo leucocitosi neutrofila.",
  'Alla TAC del torace 😷 quadro compatibile con polmonite basale destra 😀.',
  'Anamnesi: diabete mellito tipo 2 in terapia con metformina, ipertensione in terapia con ramipril 5 mg.\r\n',
  'Radiografia del torace: addensamento; pressione arteriosa 130/80; avvia amoxicillina 1 g x 3/die.',
  "Perché la febbre è persistente, è stata eseguita l'ecografia e si è iniziata l'insulina.",
  '',
  'Nessun reperto degno di nota.',
];

describe('ModelRunner on the seed-format model', function () {
  let runner: ModelRunner;

  before(async () => {
    runner = await ModelRunner.load(SEED_FORMAT_MODEL);
  });

  after(async () => {
    await runner.dispose();
  });

  it('describes the model it runs', () => {
    assert.equal(runner.info.name, 'seed-format-model');
    assert.equal(runner.info.scheme, 'BIOES');
    assert.deepEqual(runner.info.labels, ['PROBLEM', 'TREATMENT', 'TEST']);
    assert.deepEqual(runner.info.window, { length: 128, stride: 63 });
    assert.deepEqual(runner.info.inputNames, ['input_ids', 'attention_mask', 'token_type_ids']);
    assert.equal(runner.info.tagNames[11], 'E-TEST');
    assert.ok(runner.info.lowercase && runner.info.stripPunctuation);
  });

  it('finds the entities of Italian clinical sentences, offsets relative to each sentence', async () => {
    const results = await runner.annotateSentences(SENTENCES);
    assert.deepEqual(
      results.map((candidates, i) => shown(SENTENCES[i], candidates)),
      [
        ['Febbre|PROBLEM', 'tosse|PROBLEM', 'dispnea|PROBLEM'],
        ['ecografia|TEST', 'emocromo|TEST'],
        ['TAC|TEST', 'polmonite|PROBLEM'],
        ['diabete|PROBLEM', 'metformina|TREATMENT', 'ipertensione|PROBLEM', 'ramipril|TREATMENT'],
        ['Radiografia del torace|TEST', 'pressione arteriosa|TEST', 'amoxicillina|TREATMENT'],
        ['febbre|PROBLEM', 'ecografia|TEST', 'insulina|TREATMENT'],
        [],
        [],
      ],
    );
  });

  it('puts offsets after an emoji in UTF-16 units', async () => {
    const text = '😷😷 Polmonite 😀 e cefalea';
    const [candidates] = await runner.annotateSentences([text]);
    assert.deepEqual(candidates.map((c) => [c.start, c.end]), [[5, 14], [20, 27]]);
    assert.deepEqual(shown(text, candidates), ['Polmonite|PROBLEM', 'cefalea|PROBLEM']);
  });

  it('gives candidates with source model and the mean tag probability as score', async () => {
    const [[candidate]] = await runner.annotateSentences(['Insufficienza renale cronica.']);
    assert.deepEqual({ ...candidate, score: Math.round(candidate.score * 1000) / 1000 }, {
      start: 0,
      end: 20,
      label: 'PROBLEM',
      score: 0.981,
      source: 'model',
    });
  });

  it('gives each sentence the same result alone as in a batch', async () => {
    const together = await runner.annotateSentences(SENTENCES);
    for (const [i, sentence] of SENTENCES.entries()) {
      assert.deepEqual(await runner.annotateSentences([sentence]), [together[i]]);
    }
  });

  it('annotates a sentence of more than 512 word pieces through overlapping windows', async () => {
    const clause = "febbre e tosse, all'emocromo leucocitosi, radiografia del torace con addensamento, avvia amoxicillina";
    const sentence = Array.from({ length: 40 }, (_, i) => `giorno ${i + 1}: ${clause}`).join('; ');
    const [candidates] = await runner.annotateSentences([sentence]);
    const plan = await runner.planInference([sentence]);
    assert.ok(plan.encodings[0].ids.length > 512);
    assert.ok(plan.windows[0].length > 8);
    assert.deepEqual(shown(sentence, candidates), expectedEntities(sentence));
  });

  it('annotates a 20,000-word document', async function () {
    this.timeout(120_000);
    const filler = ['il', 'paziente', 'riferisce', 'da', 'alcuni', 'giorni', 'lieve', 'peggioramento', 'clinico', 'senza', 'altri', 'sintomi'];
    const terms = ['febbre', 'TAC', 'ramipril', 'glicemia', 'dispnea', 'paracetamolo', "dell'addome", 'città', '😀'];
    const words: string[] = [];
    for (let i = 0; words.length < 20_000; i++) words.push(i % 7 === 3 ? terms[i % terms.length] : filler[i % filler.length]);
    const document = words.join(' ');
    const sentences = document.split(/(?<=sintomi) /);
    const started = Date.now();
    const [asOneSentence] = await runner.annotateSentences([document]);
    const perSentence = await runner.annotateSentences(sentences);
    const elapsed = Date.now() - started;
    const expected = expectedEntities(document);
    assert.ok(expected.length > 1500);
    assert.deepEqual(shown(document, asOneSentence), expected);
    assert.deepEqual(perSentence.flatMap((c, i) => shown(sentences[i], c)), expected);
    assert.ok(elapsed < 60_000, `took ${elapsed} ms`);
  });

  it('refuses a batch size or thread count below one', async () => {
    await assert.rejects(ModelRunner.load(SEED_FORMAT_MODEL, { batchSize: 0 }), /batchSize must be an integer ≥ 1/);
    await assert.rejects(ModelRunner.load(SEED_FORMAT_MODEL, { intraOpNumThreads: 1.5 }), /intraOpNumThreads must be/);
  });

  it('refuses to run once disposed', async () => {
    const other = await ModelRunner.load(SEED_FORMAT_MODEL);
    await other.dispose();
    await assert.rejects(other.annotateSentences(['febbre']), /disposed/);
  });
});

describe('ModelRunner options', () => {
  it('gives the same entities with small windows, batch size 1 and every aggregation', async () => {
    const text = SENTENCES.join(' ').repeat(3);
    // The fixture tags a term only when all its pieces (up to 7) are in the window: an overlap of
    // 16 leaves every piece at least 7 pieces from the edge of the window it is taken from.
    const expected = expectedEntities(text);
    for (const aggregation of ['first', 'max', 'average']) {
      const copy = copyOfSeedFormatModel((dir) =>
        editJson(path.join(dir, 'config.json'), (c) => Object.assign(c.clinical_ner, { window_length: 32, window_overlap: 16, aggregation })),
      );
      try {
        const runner = await ModelRunner.load(copy.dir, { batchSize: 1, intraOpNumThreads: 1 });
        assert.deepEqual(runner.info.window, { length: 32, stride: 14 });
        assert.ok((await runner.planInference([text])).windows[0].length > 10);
        const [candidates] = await runner.annotateSentences([text]);
        assert.deepEqual(shown(text, candidates), expected, aggregation);
        await runner.dispose();
      } finally {
        copy.remove();
      }
    }
  });

  it('runs the same with tokenizer.json as with vocab.txt + tokenizer_config.json', async () => {
    const copy = copyOfSeedFormatModel((dir) => {
      const vocab = path.join(dir, 'vocab.txt');
      const json = bertTokenizerJson(readFileSync(vocab, 'utf8'), { do_lower_case: false }, vocab, 'tokenizer_config.json');
      writeFileSync(path.join(dir, 'tokenizer.json'), JSON.stringify(json));
      rmSync(vocab);
      rmSync(path.join(dir, 'tokenizer_config.json'));
    });
    try {
      const runner = await ModelRunner.load(copy.dir);
      const results = await runner.annotateSentences(SENTENCES);
      assert.deepEqual(results.map((c, i) => shown(SENTENCES[i], c)), SENTENCES.map(expectedEntities));
      await runner.dispose();
    } finally {
      copy.remove();
    }
  });

  it('decodes with Viterbi when the config gives CRF transitions', async () => {
    const copy = copyOfSeedFormatModel((dir) =>
      editJson(path.join(dir, 'config.json'), (c) => {
        c.clinical_ner.crf_transitions = Array.from({ length: 13 }, () => new Array(13).fill(0));
      }),
    );
    try {
      const runner = await ModelRunner.load(copy.dir);
      assert.equal(runner.info.decoding, 'viterbi');
      const results = await runner.annotateSentences(SENTENCES);
      assert.deepEqual(results.map((c, i) => shown(SENTENCES[i], c)), SENTENCES.map(expectedEntities));
      await runner.dispose();
    } finally {
      copy.remove();
    }
  });
});
