import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { FittedLayer } from '../../../../src/engine/learned/fittedLayer';
import { LearnedKnowledge } from '../../../../src/engine/learned/learnedKnowledge';
import { TermMemory } from '../../../../src/engine/learned/termMemory';
import { ModelFolderError } from '../../../../src/engine/model/modelFolderError';
import { NerPipeline } from '../../../../src/engine/pipeline/nerPipeline';
import { WARM_UP_SENTENCES, warmUp } from '../../../../src/engine/pipeline/pipelineWarmUp';
import { everyWordProblemLayer } from '../learned/layerFixtures';
import { SEED_FORMAT_MODEL } from '../model/fixtures';

const NOTE = [
  'ANAMNESI: ipertensione arteriosa in terapia con ramipril 5 mg/die. Madre con diabete.',
  'Ricoverato per febbre e tosse. Nega dispnea.',
  'Emocromo: Hb 9,8 g/dl. Radiografia del torace: sospetta polmonite.',
  'Avviata terapia con amoxicillina 1 g x 3/die e paracetamolo al bisogno.',
].join('\n');

const summary = (entities: { start: number; end: number; label: string; assertion?: string; source: string[] }[]) =>
  entities.map((e) => `${e.start}-${e.end}:${e.label}:${e.assertion}:${e.source.join('+')}`);

describe('NerPipeline', function () {
  this.timeout(60_000);
  let pipeline: NerPipeline;
  before(async () => {
    pipeline = await NerPipeline.load(SEED_FORMAT_MODEL);
  });
  after(() => pipeline.dispose());

  it('runs a seed-format model with the bundled lexicon and patterns, merged, with assertions', async () => {
    assert.deepEqual(pipeline.info.sources, ['model', 'lexicon', 'pattern']);
    const { entities } = await pipeline.annotate(NOTE);
    const found = (text: string) => entities.find((e) => e.text === text);
    assert.deepEqual(found('febbre')?.source, ['model', 'lexicon']);
    assert.equal(found('dispnea')?.assertion, 'negated');
    assert.equal(found('polmonite')?.assertion, 'uncertain');
    assert.equal(found('diabete')?.assertion, 'family');
    assert.equal(found('ramipril')?.label, 'TREATMENT');
    for (const e of entities) assert.equal(NOTE.slice(e.start, e.end), e.text);
  });

  it('runs only the layers asked for', async () => {
    const modelOnly = await NerPipeline.load(SEED_FORMAT_MODEL, { sources: ['model'] });
    const lexiconOnly = await NerPipeline.load(SEED_FORMAT_MODEL, { sources: ['lexicon'] });
    try {
      assert.ok((await modelOnly.annotate(NOTE)).entities.every((e) => e.source.join() === 'model'));
      assert.ok((await lexiconOnly.annotate(NOTE)).entities.every((e) => e.source.join() === 'lexicon'));
      assert.equal(lexiconOnly.info.sources.join(), 'lexicon');
    } finally {
      await modelOnly.dispose();
      await lexiconOnly.dispose();
    }
  });

  it('re-runs only the sentence an edit changed', async () => {
    pipeline.clearCache();
    const first = await pipeline.annotate(NOTE);
    assert.equal(first.annotatedSentences, first.sentences);
    const edited = NOTE.replace('Nega dispnea.', 'Nega dispnea e cefalea.');
    const second = await pipeline.annotate(edited);
    assert.equal(second.annotatedSentences, 1);
    assert.ok(second.entities.some((e) => e.text === 'cefalea' && e.assertion === 'negated'));
  });

  it('warms up without forgetting what a note annotated meanwhile has cached', async () => {
    pipeline.clearCache();
    const during = pipeline.annotate(NOTE);
    await warmUp(pipeline);
    await during;
    assert.equal((await pipeline.annotate(NOTE)).annotatedSentences, 0);
    const warmUpNote = await pipeline.annotate(WARM_UP_SENTENCES.join(' '));
    assert.equal(warmUpNote.annotatedSentences, warmUpNote.sentences, 'the warm-up forgot its own sentences');
  });

  it('annotates only the sentences that overlap a range, as a whole run does, and says which part it covered', async () => {
    pipeline.clearCache();
    const whole = await pipeline.annotate(NOTE);
    pipeline.clearCache();
    const from = NOTE.indexOf('febbre');
    const part = await pipeline.annotate(NOTE, undefined, { start: from, end: from + 1 });
    const sentence = { start: NOTE.indexOf('Ricoverato'), end: NOTE.indexOf('tosse.') + 'tosse.'.length };
    assert.deepEqual(part.covered, sentence);
    assert.deepEqual(part.entities.map((e) => e.text), ['febbre', 'tosse']);
    const inSentence = whole.entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
    assert.deepEqual(summary(part.entities), summary(inSentence));
    assert.equal(part.sentences, 1);
    const rest = await pipeline.annotate(NOTE);
    assert.deepEqual(summary(rest.entities), summary(whole.entities));
    assert.equal(rest.annotatedSentences, whole.annotatedSentences - 1, 'the sentence annotated first comes from the cache');
  });

  it('gives after any edit exactly what a full run on the new text gives', async () => {
    const fresh = await NerPipeline.load(SEED_FORMAT_MODEL);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(NOTE.length), fc.nat(30), fc.constantFrom('', ' febbre', '. Nega tosse.\n', 'x', '\n\n', ' 😷 ', 'glicemia '),
          async (at, length, insert) => {
            const text = NOTE.slice(0, at) + insert + NOTE.slice(at + length);
            const incremental = await pipeline.annotate(text);
            fresh.clearCache();
            const full = await fresh.annotate(text);
            assert.deepEqual(summary(incremental.entities), summary(full.entities));
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      await fresh.dispose();
    }
  });

  it('annotates the same sentence the same way wherever it is', async () => {
    const sentence = 'Ricoverato per febbre e tosse.';
    const { entities } = await pipeline.annotate(`${sentence}\n\n${sentence}`);
    const firstHalf = entities.filter((e) => e.start < sentence.length);
    const secondHalf = entities.filter((e) => e.start > sentence.length).map((e) => ({ ...e, start: e.start - sentence.length - 2, end: e.end - sentence.length - 2 }));
    assert.deepEqual(summary(secondHalf), summary(firstHalf));
  });

  it('refuses a folder without model.onnx unless only the lexicon and patterns are asked for', async () => {
    await assert.rejects(NerPipeline.load('test/fixtures'), (e: Error) => e instanceof ModelFolderError && /no model\.onnx/.test(e.message));
    const knowledgeOnly = await NerPipeline.load('test/fixtures', { sources: ['lexicon', 'pattern'] });
    assert.ok((await knowledgeOnly.annotate(NOTE)).entities.length > 5);
    await knowledgeOnly.dispose();
  });

  it('never caches what an annotation found under knowledge replaced while it ran', async () => {
    const modelOnly = await NerPipeline.load(SEED_FORMAT_MODEL, { sources: ['model'] });
    try {
      const text = 'Da ieri bradicardia e febbre.';
      const memory = TermMemory.fromDecisions([{ start: 8, end: 19, label: 'PROBLEM', documentText: text, kind: 'positive' }]);
      const running = modelOnly.annotate(text);
      modelOnly.setLearned(new LearnedKnowledge(memory));
      assert.deepEqual((await running).entities.map((e) => e.text), ['febbre'], 'begun before the term was learned');
      assert.deepEqual((await modelOnly.annotate(text)).entities.map((e) => e.text), ['bradicardia', 'febbre']);
    } finally {
      await modelOnly.dispose();
    }
  });

  it('gives, each time what was learned changes, exactly what a pipeline loaded with that knowledge gives', async () => {
    const memory = TermMemory.fromDecisions([{ start: 8, end: 19, label: 'PROBLEM', documentText: 'Da ieri bradicardia.', kind: 'positive' }]);
    const layer = FittedLayer.fromJson(everyWordProblemLayer('seed-format-model'));
    const changing = await NerPipeline.load(SEED_FORMAT_MODEL, { sources: ['model'] });
    try {
      await changing.annotate(NOTE);
      for (const learned of [new LearnedKnowledge(memory), new LearnedKnowledge(memory, layer), undefined, new LearnedKnowledge(memory)]) {
        changing.setLearned(learned);
        const fresh = await NerPipeline.load(SEED_FORMAT_MODEL, { sources: ['model'], ...(learned ? { learned } : {}) });
        try {
          assert.deepEqual(summary((await changing.annotate(NOTE)).entities), summary((await fresh.annotate(NOTE)).entities));
        } finally {
          await fresh.dispose();
        }
      }
    } finally {
      await changing.dispose();
    }
  });
});
