import { strict as assert } from 'node:assert';
import type { Candidate } from '../../../../src/engine/entity';
import { clusterCandidates, CLUSTER_FEATURES } from '../../../../src/engine/merge/candidateClusters';
import { LearnedMerge } from '../../../../src/engine/merge/learnedMerge';
import { ModelFolderError } from '../../../../src/engine/model/modelFolderError';

const sentence = 'Nega dolore toracico oppressivo, pregresso IMA.';
const candidates: Candidate[] = [
  { start: 5, end: 20, label: 'PROBLEM', score: 0.9, source: 'model' },
  { start: 5, end: 31, label: 'PROBLEM', score: 0.85, source: 'lexicon' },
  { start: 5, end: 31, label: 'PROBLEM', score: 0.5, source: 'pattern' },
  { start: 43, end: 46, label: 'PROBLEM', score: 0.5, source: 'lexicon' },
  { start: 43, end: 46, label: 'TEST', score: 0.3, source: 'model' },
];

/** A merge that trusts exactly the features given, with weight 4 each, bias -2. */
function mergeOf(features: string[], threshold = 0.5): LearnedMerge {
  return LearnedMerge.fromJson({ features, weights: features.map(() => 4), bias: -2, threshold }, 'config.json');
}

describe('clusterCandidates', () => {
  it('describes each span and label by what every layer says about it', () => {
    const clusters = clusterCandidates(sentence, candidates);
    const long = clusters.find((c) => c.start === 5 && c.end === 31);
    assert.ok(long);
    const f = Object.fromEntries(long.features);
    assert.equal(f['lexicon:exact'], 1);
    assert.equal(f['pattern:score'], 0.5);
    assert.equal(f['agree:lexicon+pattern'], 1);
    assert.equal(f['model:inside'], 1);
    assert.equal(f['words:3+'], 1);
    assert.ok(Math.abs(f['model:overlap'] - 15 / 26) < 1e-9);
    const ima = clusters.find((c) => c.start === 43 && c.label === 'PROBLEM');
    assert.ok(ima);
    assert.equal(ima.features.get('lexicon:ambiguous'), 1);
    assert.equal(ima.features.get('model:otherLabel'), 1);
    assert.equal(ima.features.get('shape:all_upper'), 1);
    for (const c of clusters) for (const name of c.features.keys()) assert.ok(CLUSTER_FEATURES.includes(name), name);
  });
});

describe('LearnedMerge', () => {
  it('keeps the most probable span of overlapping ones and scores it with its probability', () => {
    const entities = mergeOf(['lexicon:exact', 'pattern:exact']).merge(sentence, candidates);
    assert.deepEqual(entities.map((e) => [e.text, e.label, e.source.join('+')]), [
      ['dolore toracico oppressivo', 'PROBLEM', 'model+lexicon+pattern'],
      ['IMA', 'PROBLEM', 'lexicon'],
    ]);
    assert.ok(Math.abs(entities[0].score - 1 / (1 + Math.exp(-6))) < 1e-9);
  });

  it('drops what falls under the threshold, and what an ambiguity flag makes unlikely', () => {
    const merge = LearnedMerge.fromJson({ features: ['lexicon:exact', 'lexicon:ambiguous'], weights: [4, -5], bias: -1, threshold: 0.5 }, 'c');
    assert.deepEqual(merge.merge(sentence, candidates).map((e) => e.text), ['dolore toracico oppressivo']);
  });

  it('refuses a malformed merge with the file and what is wrong', () => {
    const bad = (json: unknown, pattern: RegExp) =>
      assert.throws(() => LearnedMerge.fromJson(json, '/m/config.json'), (e: unknown) => e instanceof ModelFolderError && pattern.test(e.message) && e.message.includes('/m/config.json'));
    bad({ features: ['label:DRUG'], weights: [1], bias: 0, threshold: 0.5 }, /cannot compute: label:DRUG/);
    bad({ features: ['lexicon:exact'], weights: [], bias: 0, threshold: 0.5 }, /one number per feature/);
    bad({ features: ['lexicon:exact'], weights: [1], bias: 0, threshold: 2 }, /threshold/);
  });
});
