import { strict as assert } from 'node:assert';
import { LABELS } from '../../../../src/engine/entity';
import { agreementPageHtml } from '../../../../src/gold/agreement/agreementPage';
import { agreementReport } from '../../../../src/gold/agreement/agreementReport';
import { ratersOf } from '../../../../src/gold/agreement/rater';
import { isEvaluationPageMessage } from '../../../../src/gold/metrics/evaluationPage';
import { BIANCHI, goldNote, marks, ROSSI } from './agreementFixtures';

const OPTIONS = { nonce: 'bm9uY2U9PQ==', cspSource: 'https://webview.test' };

describe('agreement page of the evaluation view', () => {
  const docs = [goldNote('n1.txt', [...marks('dr.rossi', ROSSI), ...marks('dr.bianchi', BIANCHI), ...marks('<dr.neri>', ROSSI)]), goldNote('n2.txt', marks('dr.rossi', ROSSI))];
  const html = agreementPageHtml(agreementReport(ratersOf([{ file: 'gold.jsonl', documents: docs }], LABELS), { labels: LABELS, doneOnly: false }), '.clinical-ner/gold.jsonl', OPTIONS);

  it("shows each pair's F1 and kappa, Fleiss' kappa for three, and the notes it left out", () => {
    assert.match(html, /<th scope="row">dr\.bianchi<\/th><td>dr\.rossi<\/td><td>1<\/td><td>50\.0<\/td><td>75\.0<\/td><td>0\.676<\/td>/);
    assert.match(html, /id="fleiss-kappa">0\.788</);
    assert.match(html, /n2\.txt \(not reviewed by &lt;dr\.neri&gt;, dr\.bianchi\)/);
  });

  it('escapes names, runs nothing but its own script and offers the done-only switch', () => {
    assert.ok(!html.includes('<dr.neri>'));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https:\/\/webview\.test data:; style-src 'nonce-bm9uY2U9PQ=='; script-src 'nonce-bm9uY2U9PQ==';">/);
    assert.match(html, /<button data-done-only="true">Use only the notes marked done<\/button>/);
    assert.equal(isEvaluationPageMessage({ type: 'doneOnly', value: true }), true);
    assert.equal(isEvaluationPageMessage({ type: 'doneOnly', value: 'yes' }), false);
  });
});
