import { strict as assert } from 'node:assert';
import { NerPipeline } from '../../../src/engine/pipeline/nerPipeline';
import { fitLayer, MIN_NOTES } from '../../../src/learning/fitLayer';
import type { ReviewedDocument } from '../../../src/learning/reviewedDocument';
import { SEED_FORMAT_MODEL } from '../engine/model/fixtures';

// The fixture model tags `cefalea` and `tosse` as PROBLEM. This reviewer's convention differs:
// the qualifier after cefalea belongs to the span, and a cough is not annotated.
const QUALIFIERS = ['persistente', 'frontale', 'pulsante', 'notturna', 'ricorrente', 'intensa'];

function note(i: number): ReviewedDocument {
  const qualifier = QUALIFIERS[i % QUALIFIERS.length];
  const text = `Paziente di ${40 + i} anni con cefalea ${qualifier} e tosse da ${i + 2} giorni. Riferisce febbre.`;
  const span = `cefalea ${qualifier}`;
  const start = text.indexOf(span);
  const fever = text.indexOf('febbre');
  return {
    id: `n${i}`,
    text,
    entities: [
      { start, end: start + span.length, label: 'PROBLEM', text: span },
      { start: fever, end: fever + 6, label: 'PROBLEM', text: 'febbre' },
    ],
    rejected: [],
    labels: ['PROBLEM'],
    reviewed: [{ start: 0, end: text.length }],
  };
}

describe('fitLayer', function () {
  this.timeout(120_000);
  let pipeline: NerPipeline;
  before(async () => {
    pipeline = await NerPipeline.load(SEED_FORMAT_MODEL, { sources: ['model'] });
  });
  after(() => pipeline.dispose());
  const analyze = (sentences: readonly string[]) => pipeline.analyzeSentences(sentences);

  it('learns a reviewer convention the base model lacks, checked by cross-validation', async () => {
    const layer = await fitLayer(Array.from({ length: 12 }, (_, i) => note(i)), analyze, { modelName: 'fixture', labels: ['PROBLEM'] });
    const check = layer.json.checks.PROBLEM;
    assert.ok(check?.used, `not used: ${check?.reason}`);
    assert.ok(check.adapted && check.adapted.strict > check.base.strict);
    assert.deepEqual(layer.labels, ['PROBLEM']);
    const [analysis] = await analyze(['Paziente con cefalea intensa e tosse secca.']);
    const entities = layer.apply(analysis);
    assert.deepEqual(entities.map((e) => `${e.text}|${e.label}|${e.source[0]}`), ['cefalea intensa|PROBLEM|learned']);
  });

  it(`keeps the base when fewer than ${MIN_NOTES} notes allow no check`, async () => {
    const layer = await fitLayer([note(0), note(1)], analyze, { modelName: 'fixture', labels: ['PROBLEM'] });
    assert.deepEqual(layer.labels, []);
    assert.match(layer.json.checks.PROBLEM?.reason ?? '', /at least 3 reviewed notes/);
    const [analysis] = await analyze(['Paziente con tosse.']);
    assert.deepEqual(layer.apply(analysis), analysis.entities);
  });

  it('teaches nothing about a label the gold is not complete for', async () => {
    const layer = await fitLayer(Array.from({ length: 6 }, (_, i) => note(i)), analyze, { modelName: 'fixture', labels: ['TEST'] });
    assert.deepEqual(layer.labels, []);
    assert.equal(layer.json.checks.TEST?.notes, 0);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(fitLayer(Array.from({ length: 6 }, (_, i) => note(i)), (s) => pipeline.analyzeSentences(s, controller.signal), { modelName: 'fixture', signal: controller.signal }), { name: 'AbortError' });
  });
});
