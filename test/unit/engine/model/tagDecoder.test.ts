import { strict as assert } from 'node:assert';
import { parseModelConfig } from '../../../../src/engine/model/modelConfig';
import { decodeWordTags, tagsToSpans } from '../../../../src/engine/model/tagDecoder';
import type { Tag } from '../../../../src/engine/model/tagScheme';

const SEED_TAGS = ['O', 'B-PROBLEM', 'I-PROBLEM', 'E-PROBLEM', 'S-PROBLEM', 'B-TREATMENT', 'I-TREATMENT', 'E-TREATMENT', 'S-TREATMENT', 'B-TEST', 'I-TEST', 'E-TEST', 'S-TEST'];
const seed = parseModelConfig({ id2label: Object.fromEntries(SEED_TAGS.map((t, i) => [i, t])) }, 'config.json');

function tags(names: string): Tag[] {
  return names.split(' ').map((name) => seed.tags[SEED_TAGS.indexOf(name)]);
}

/** Entities as "words|LABEL" for a sentence of space-separated words. */
function entities(sentence: string, spans: { startWord: number; endWord: number; label: string }[]): string[] {
  const words = sentence.split(' ');
  return spans.map((s) => `${words.slice(s.startWord, s.endWord).join(' ')}|${s.label}`);
}

/** Word-level probabilities: each word gets `p` on its tag and the rest spread over the others. */
function probabilities(rows: [string, number][]): Float32Array {
  const out = new Float32Array(rows.length * SEED_TAGS.length);
  rows.forEach(([name, p], w) => {
    for (let t = 0; t < SEED_TAGS.length; t++) out[w * SEED_TAGS.length + t] = (1 - p) / (SEED_TAGS.length - 1);
    out[w * SEED_TAGS.length + SEED_TAGS.indexOf(name)] = p;
  });
  return out;
}

const logOf = (probs: Float32Array) => Float64Array.from(probs, Math.log);

describe('tagsToSpans', () => {
  const sentence = 'dolore toracico e insufficienza renale cronica trattata con ramipril';

  it('reads well-formed BIOES tags', () => {
    const spans = tagsToSpans(tags('B-PROBLEM E-PROBLEM O B-PROBLEM I-PROBLEM E-PROBLEM O O S-TREATMENT'));
    assert.deepEqual(entities(sentence, spans), ['dolore toracico|PROBLEM', 'insufficienza renale cronica|PROBLEM', 'ramipril|TREATMENT']);
  });

  it('starts an entity at I- or E- that has no B- before it', () => {
    const spans = tagsToSpans(tags('I-PROBLEM E-PROBLEM O O E-PROBLEM O O O I-TREATMENT'));
    assert.deepEqual(entities(sentence, spans), ['dolore toracico|PROBLEM', 'renale|PROBLEM', 'ramipril|TREATMENT']);
  });

  it('keeps an entity that B- opened and O or the sentence end closed without E-', () => {
    const spans = tagsToSpans(tags('B-PROBLEM I-PROBLEM O B-PROBLEM O O O O B-TREATMENT'));
    assert.deepEqual(entities(sentence, spans), ['dolore toracico|PROBLEM', 'insufficienza|PROBLEM', 'ramipril|TREATMENT']);
  });

  it('splits an entity where the label switches inside it', () => {
    const spans = tagsToSpans(tags('B-PROBLEM I-TEST E-TEST O O O O O O'));
    assert.deepEqual(entities(sentence, spans), ['dolore|PROBLEM', 'toracico e|TEST']);
  });

  it('ends an open entity at a new B- or S-', () => {
    const spans = tagsToSpans(tags('B-PROBLEM B-PROBLEM E-PROBLEM S-PROBLEM I-PROBLEM O O O O'));
    assert.deepEqual(entities(sentence, spans), ['dolore|PROBLEM', 'toracico e|PROBLEM', 'insufficienza|PROBLEM', 'renale|PROBLEM']);
  });

  it('reads BIO tags, where I- continues B- of the same label', () => {
    const spans = tagsToSpans(tags('B-PROBLEM I-PROBLEM O I-PROBLEM I-PROBLEM B-PROBLEM O O B-TREATMENT'));
    assert.deepEqual(entities(sentence, spans), ['dolore toracico|PROBLEM', 'insufficienza renale|PROBLEM', 'cronica|PROBLEM', 'ramipril|TREATMENT']);
  });

  it('finds nothing in an empty or all-O sentence', () => {
    assert.deepEqual(tagsToSpans([]), []);
    assert.deepEqual(tagsToSpans(tags('O O O')), []);
  });
});

describe('decodeWordTags', () => {
  const sentence = 'pressione arteriosa 130 80 e glicemia nella norma';

  it('scores an entity with the mean probability of its chosen tags', () => {
    const probs = probabilities([['B-TEST', 0.9], ['E-TEST', 0.7], ['O', 0.9], ['O', 0.9], ['O', 0.9], ['S-TEST', 0.6], ['O', 0.9], ['O', 0.9]]);
    const spans = decodeWordTags(logOf(probs), 8, { ...seed, decoding: 'greedy' });
    assert.deepEqual(entities(sentence, spans), ['pressione arteriosa|TEST', 'glicemia|TEST']);
    assert.ok(Math.abs(spans[0].score - 0.8) < 1e-6);
    assert.ok(Math.abs(spans[1].score - 0.6) < 1e-6);
  });

  it('with Viterbi, replaces an invalid greedy sequence by the best valid one', () => {
    // greedy would read B-TEST O: Viterbi must close the entity, and E-TEST is the next best tag
    const probs = probabilities([['B-TEST', 0.8], ['O', 0.5], ['O', 0.9], ['O', 0.9], ['O', 0.9], ['O', 0.9], ['O', 0.9], ['O', 0.9]]);
    const second = SEED_TAGS.indexOf('E-TEST');
    for (let t = 0; t < SEED_TAGS.length; t++) probs[1 * SEED_TAGS.length + t] = 0.1 / (SEED_TAGS.length - 2);
    probs[1 * SEED_TAGS.length + SEED_TAGS.indexOf('O')] = 0.5;
    probs[1 * SEED_TAGS.length + second] = 0.4;
    const spans = decodeWordTags(logOf(probs), 8, { ...seed, decoding: 'viterbi' });
    assert.deepEqual(entities(sentence, spans), ['pressione arteriosa|TEST']);
    assert.ok(Math.abs(spans[0].score - 0.6) < 1e-6);
  });

  it('adds the CRF transition scores to the choice', () => {
    const n = SEED_TAGS.length;
    const transitions = Array.from({ length: n }, () => new Array(n).fill(0));
    // a CRF that strongly prefers S-TEST after S-TEST turns "glicemia nella" into two tests
    transitions[SEED_TAGS.indexOf('S-TEST')][SEED_TAGS.indexOf('S-TEST')] = 3;
    const probs = probabilities([['O', 0.9], ['O', 0.9], ['O', 0.9], ['O', 0.9], ['O', 0.9], ['S-TEST', 0.9], ['O', 0.6], ['O', 0.9]]);
    const withCrf = decodeWordTags(logOf(probs), 8, { ...seed, decoding: 'viterbi', crf: { transitions } });
    assert.deepEqual(entities(sentence, withCrf), ['glicemia|TEST', 'nella|TEST']);
    const without = decodeWordTags(logOf(probs), 8, { ...seed, decoding: 'viterbi' });
    assert.deepEqual(entities(sentence, without), ['glicemia|TEST']);
  });

  it('honours CRF start and end scores', () => {
    const n = SEED_TAGS.length;
    const transitions = Array.from({ length: n }, () => new Array(n).fill(0));
    const start = new Array(n).fill(0);
    start[0] = -10;
    const probs = probabilities([['O', 0.6], ['O', 0.9]]);
    const spans = decodeWordTags(logOf(probs), 2, { ...seed, decoding: 'viterbi', crf: { transitions, start } });
    assert.equal(spans.length, 1);
    assert.equal(spans[0].startWord, 0);
    assert.equal(spans[0].endWord, 1);
  });

  it('decodes logits like log-probabilities: a constant added to a word changes nothing', () => {
    const probs = probabilities([['B-TEST', 0.9], ['E-TEST', 0.7], ['O', 0.9], ['O', 0.9], ['O', 0.9], ['S-TEST', 0.6], ['O', 0.9], ['O', 0.9]]);
    const logs = logOf(probs);
    const shifted = logs.map((value, i) => value + [3, -7, 0.5, 12, -1, 40, 2, -3][Math.floor(i / SEED_TAGS.length)]);
    for (const decoding of ['greedy', 'viterbi'] as const) {
      const expected = decodeWordTags(logs, 8, { ...seed, decoding });
      const actual = decodeWordTags(shifted, 8, { ...seed, decoding });
      assert.deepEqual(actual.map((s) => [s.startWord, s.endWord, s.label]), expected.map((s) => [s.startWord, s.endWord, s.label]));
      actual.forEach((span, i) => assert.ok(Math.abs(span.score - expected[i].score) < 1e-9));
    }
  });
});
