import { strict as assert } from 'node:assert';
import type { Assertion, Label } from '../../../../src/engine/entity';
import { evaluate } from '../../../../src/gold/metrics/evaluate';
import { renderEvaluation } from '../../../../src/gold/metrics/evaluationReport';
import type { ScoredSpan } from '../../../../src/gold/metrics/scoredDocument';

const TEXT = 'Nega febbre. Sospetta polmonite. Pregresso IMA trattato con PTCA. Da eseguire EGDS con biopsie. Madre con diabete. PA 130/80.';
const at = (words: string, label: Label, assertion?: Assertion): ScoredSpan => {
  const start = TEXT.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, label, ...(assertion ? { assertion } : {}) };
};

// Hand-computed: six overlap-matched pairs carry a gold status and four agree (accuracy 4/6);
// `PA` has no gold status and is left out; the prediction `Madre` matches no gold entity.
const GOLD = [
  at('febbre', 'PROBLEM', 'negated'),
  at('polmonite', 'PROBLEM', 'uncertain'),
  at('IMA', 'PROBLEM', 'historical'),
  at('PTCA', 'TREATMENT', 'historical'),
  at('EGDS con biopsie', 'TEST', 'hypothetical'),
  at('diabete', 'PROBLEM', 'family'),
  at('PA', 'TEST'),
];
const PRED = [
  at('febbre', 'PROBLEM', 'negated'),
  at('polmonite', 'PROBLEM', 'present'),
  at('IMA', 'PROBLEM', 'historical'),
  at('PTCA', 'TREATMENT'),
  at('EGDS', 'TEST', 'hypothetical'),
  at('diabete', 'PROBLEM', 'family'),
  at('PA', 'TEST', 'present'),
  at('Madre', 'PROBLEM', 'negated'),
];

describe('assertion scores', () => {
  const result = evaluate([{ id: 'n1', text: TEXT, entities: GOLD }], [{ id: 'n1', entities: PRED }]);
  const scores = result.assertion!;

  it('scores statuses on overlap-matched pairs whose gold entity has a status', () => {
    assert.equal(scores.matching, 'overlap');
    assert.equal(scores.pairs, 6);
    assert.equal(scores.correct, 4);
    assert.equal(scores.accuracy, 4 / 6);
    assert.equal(scores.pairsWithoutGoldStatus, 1);
  });

  it('fills the status confusion table, a prediction without a status counting as present', () => {
    assert.equal(scores.confusion.historical.historical, 1);
    assert.equal(scores.confusion.historical.present, 1);
    assert.equal(scores.confusion.uncertain.present, 1);
    assert.equal(scores.confusion.hypothetical.hypothetical, 1);
    const total = Object.values(scores.confusion).reduce((sum, row) => sum + Object.values(row).reduce((a, b) => a + b, 0), 0);
    assert.equal(total, 6);
  });

  it('gives each status precision and recall over the scored pairs', () => {
    assert.deepEqual(pick(scores.perStatus.historical), { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    assert.deepEqual(pick(scores.perStatus.present), { tp: 0, fp: 2, fn: 0, precision: 0, recall: 0 });
    assert.deepEqual(pick(scores.perStatus.uncertain), { tp: 0, fp: 0, fn: 1, precision: 0, recall: 0 });
    assert.deepEqual(pick(scores.perStatus.negated), { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('is absent when no gold entity carries a status', () => {
    const plain = evaluate([{ id: 'n1', text: TEXT, entities: [at('febbre', 'PROBLEM')] }], [{ id: 'n1', entities: PRED }]);
    assert.equal(plain.assertion, undefined);
    assert.doesNotMatch(renderEvaluation(plain, 'table'), /Assertion/);
  });

  it('does not pair spans of different labels', () => {
    const relabelled = evaluate([{ id: 'n1', entities: [at('PTCA', 'TREATMENT', 'historical')] }], [{ id: 'n1', entities: [at('PTCA', 'TEST', 'historical')] }]);
    assert.equal(relabelled.assertion!.pairs, 0);
  });

  it('renders accuracy, per-status rows with a dash where a status has no gold or no prediction, and the confusion table', () => {
    const table = renderEvaluation(result, 'table');
    assert.match(table, /accuracy 66\.7% \(4 of 6 pairs; 1 pair\(s\) whose gold entity has no status left out\)/);
    assert.match(table, /^historical\s+100\.0\s+50\.0\s+66\.7\s+2\s+1$/m);
    assert.match(table, /^present\s+0\.0\s+—\s+0\.0\s+0\s+2$/m);
    assert.match(table, /^family\s+0\s+0\s+0\s+0\s+0\s+1$/m);
    const markdown = renderEvaluation(result, 'markdown');
    assert.match(markdown, /^\| uncertain \| — \| 0\.0 \| 0\.0 \| 1 \| 0 \|$/m);
    assert.match(markdown, /^\| gold \\ pred \| present \| negated \| uncertain \| hypothetical \| historical \| family \|$/m);
    assert.equal(JSON.parse(renderEvaluation(result, 'json')).assertion.confusion.uncertain.present, 1);
  });
});

function pick({ tp, fp, fn, precision, recall }: { tp: number; fp: number; fn: number; precision: number; recall: number }) {
  return { tp, fp, fn, precision, recall };
}
