import { strict as assert } from 'node:assert';
import type { FittedLayerJson } from '../../../src/engine/learned/fittedLayer';
import { learnedReason } from '../../../src/learning/learnedReason';
import { learningStatus, type LearningFacts } from '../../../src/learning/learningStatus';

const LAYER: FittedLayerJson = {
  format: 'clinical-ner-fitted-layer',
  version: 1,
  base: { model: 'default-it', denseWidth: 13 },
  notes: 8,
  checks: {
    PROBLEM: { notes: 8, folds: 5, base: { strict: 0.701, overlap: 0.84 }, adapted: { strict: 0.782, overlap: 0.903 }, used: true },
    TEST: { notes: 2, folds: 0, base: { strict: 0.5, overlap: 0.6 }, used: false, reason: 'needs at least 3 reviewed notes with TEST' },
  },
  taggers: { PROBLEM: { sparseRows: [], sparse: [], dense: [], bias: [], transition: [], start: [], end: [] } },
};

const facts = (more: Partial<LearningFacts> = {}): LearningFacts => ({ enabled: true, terms: 12, decisions: 30, refitEvery: 25, decisionsSinceFit: 5, ...more });

describe('learning status (what the status bar says)', () => {
  it('says how many terms were learned and on how many notes the layer was adapted, with each label\'s check', () => {
    const status = learningStatus(facts({ layer: LAYER, modelInUse: 'default-it' }));
    assert.equal(status.text, '12 terms · adapted on 8 notes');
    assert.equal(status.adaptedOn, 8);
    assert.deepEqual(status.details, [
      '12 terms learned from 30 decisions.',
      'PROBLEM: 5-fold check on 8 notes, base strict 70.1 / overlap 84.0, adapted 78.2 / 90.3 → adapted',
      'TEST: 0-fold check on 2 notes, base strict 50.0 / overlap 60.0 → base kept (needs at least 3 reviewed notes with TEST)',
      'Adapts again after 20 more decisions, or on command.',
    ]);
  });

  it('says so when the layer kept the base model for every label', () => {
    const kept = { ...LAYER, taggers: {} };
    const status = learningStatus(facts({ layer: kept, modelInUse: 'default-it' }));
    assert.equal(status.text, '12 terms · base kept on 8 notes');
    assert.equal(status.adaptedOn, undefined);
  });

  it('does not use, and says why, a layer fitted over another model than the one in use', () => {
    const status = learningStatus(facts({ layer: LAYER, modelInUse: 'seed-onnx' }));
    assert.equal(status.text, '12 terms');
    assert.equal(status.adaptedOn, undefined);
    assert.ok(status.details.includes('The adapted layer was fitted over default-it, not over seed-onnx, the model in use: it is not used until the next adaptation.'), status.details.join('\n'));
  });

  it('shows a fit\'s progress', () => {
    const status = learningStatus(facts({ fitting: { message: 'checking PROBLEM by cross-validation on 8 notes', fraction: 0.4 } }));
    assert.equal(status.text, 'adapting… 40%');
    assert.equal(status.adapting, true);
    assert.ok(status.details.includes('Adapting to your review: checking PROBLEM by cross-validation on 8 notes.'));
  });

  it('speaks of a first decision in the singular, and of nothing learned yet', () => {
    assert.deepEqual(learningStatus(facts({ terms: 1, decisions: 1, decisionsSinceFit: 24 })).details, ['1 term learned from 1 decision.', 'Adapts again after 1 more decision, or on command.']);
    assert.equal(learningStatus(facts({ terms: 0, decisions: 0 })).text, 'nothing learned yet');
  });

  it('says when the layer adapts only on command, and when learning is off', () => {
    assert.ok(learningStatus(facts({ refitEvery: 0 })).details.includes('Adapts only on command (clinicalNer.learning.refitEvery is 0).'));
    assert.equal(learningStatus(facts({ enabled: false })).text, 'learning off');
  });
});

describe('why a learned suggestion is there (the hover)', () => {
  it('names the decisions behind a term of the term memory', () => {
    assert.equal(learnedReason({ source: ['learned'], learnedFrom: 3 }, 8), 'learned from 3 decisions');
    assert.equal(learnedReason({ source: ['learned', 'model'], learnedFrom: 1 }), 'learned from 1 decision');
  });

  it('names the notes the layer was adapted on for a suggestion the layer made', () => {
    assert.equal(learnedReason({ source: ['learned', 'model'] }, 8), 'from the layer adapted on 8 notes of your review');
    assert.equal(learnedReason({ source: ['learned'] }), 'from what the model folder learned (clinical-ner learn)');
  });

  it('says nothing about a suggestion nothing learned made', () => {
    assert.equal(learnedReason({ source: ['model', 'lexicon'] }, 8), undefined);
  });
});
