import { strict as assert } from 'node:assert';
import { LABELS } from '../../../../src/engine/entity';
import { agreementReport } from '../../../../src/gold/agreement/agreementReport';
import { ratersOf } from '../../../../src/gold/agreement/rater';
import { BIANCHI, goldNote, marks, ROSSI } from './agreementFixtures';

const options = { labels: [...LABELS], doneOnly: false };
const close = (actual: number | null | undefined, expected: number) => assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-12, `${actual} ≠ ${expected}`);

/**
 * The figures below were worked out by hand on the note's eleven word tokens
 * (Febbre e tosse . Nega dispnea . Eseguita TC torace .):
 *
 *   token     rossi  bianchi  neri
 *   Febbre    P      P        P
 *   tosse     P      O        P
 *   dispnea   P      P        P
 *   TC        T      T        T
 *   torace    T      P        T      (the six other tokens: O for everyone)
 */
describe('agreement figures, checked against a hand computation', () => {
  const gold = [goldNote('n1.txt', [...marks('dr.rossi', ROSSI), ...marks('dr.bianchi', BIANCHI), ...marks('dr.neri', ROSSI)])];
  const report = agreementReport(ratersOf([{ file: 'gold.jsonl', documents: gold }], LABELS), options);
  const rossiBianchi = report.pairs.find((p) => p.a === 'dr.bianchi' && p.b === 'dr.rossi')!;

  it('span F1: strict 2 of 4 spans each side (F1 0.5), overlap 3 of 4 (F1 0.75)', () => {
    assert.deepEqual([rossiBianchi.strict.micro.tp, rossiBianchi.strict.micro.fp, rossiBianchi.strict.micro.fn], [2, 2, 2]);
    close(rossiBianchi.strict.micro.f1, 0.5);
    close(rossiBianchi.overlap.micro.f1, 0.75);
    // PROBLEM: Febbre and dispnea in common, tosse and torace not; TEST: "TC" against "TC torace"
    close(rossiBianchi.strict.perLabel.PROBLEM.f1, 2 / 3);
    close(rossiBianchi.strict.perLabel.TEST.f1, 0);
    close(rossiBianchi.overlap.perLabel.TEST.f1, 1);
  });

  it("Cohen's kappa: observed 9/11, chance (3·3 + 2·1 + 6·7)/121 = 53/121, kappa 46/68", () => {
    assert.equal(rossiBianchi.tokens, 11);
    close(rossiBianchi.observedAgreement, 9 / 11);
    close(rossiBianchi.chanceAgreement, 53 / 121);
    close(rossiBianchi.kappa, 46 / 68);
    const rossiNeri = report.pairs.find((p) => p.a === 'dr.neri' && p.b === 'dr.rossi')!;
    close(rossiNeri.kappa, 1);
    close(rossiNeri.strict.micro.f1, 1);
  });

  it("Fleiss' kappa over the three: mean pair agreement 29/33, chance (9² + 5² + 19²)/33² = 467/1089, kappa 490/622", () => {
    assert.equal(report.fleiss!.raters, 3);
    close(report.fleiss!.observed, 29 / 33);
    close(report.fleiss!.chance, 467 / 1089);
    close(report.fleiss!.kappa, 490 / 622);
  });

  it('statuses on the spans both share: Febbre and TC agree, dispnea is present for dr.bianchi (the reference, first by name) and negated for dr.rossi', () => {
    const scores = rossiBianchi.assertion!;
    assert.deepEqual([scores.pairs, scores.correct], [3, 2]);
    close(scores.accuracy, 2 / 3);
    assert.equal(scores.confusion.present.present, 2);
    assert.equal(scores.confusion.present.negated, 1);
    close(scores.perStatus.present.recall, 2 / 3);
  });
});
