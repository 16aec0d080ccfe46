import { strict as assert } from 'node:assert';
import type { Label, Span } from '../../../../src/engine/entity';
import { evaluate } from '../../../../src/gold/metrics/evaluate';
import { chartGroups, evaluationChartSvg } from '../../../../src/gold/metrics/evaluationChart';
import { escapeHtml, evaluationPageHtml, isEvaluationPageMessage, type EvaluationRunInfo } from '../../../../src/gold/metrics/evaluationPage';

const TEXT = 'Nega dolore toracico. ECG: tachicardia sinusale. In terapia con bisoprololo.';
const at = (words: string, label: Label): Span => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, label };
};
const GOLD = [at('dolore toracico', 'PROBLEM'), at('ECG', 'TEST'), at('tachicardia sinusale', 'PROBLEM'), at('bisoprololo', 'TREATMENT')];
const PRED = [at('dolore toracico', 'PROBLEM'), at('ECG', 'TEST'), at('tachicardia', 'PROBLEM')];
const EVALUATION = evaluate(
  [{ id: 'notes/<cardio>.txt', text: TEXT, entities: GOLD }, { id: 'notes/vuota.txt', text: 'Nulla da segnalare.', entities: [] }],
  [{ id: 'notes/<cardio>.txt', entities: PRED }],
);
const RUN: EvaluationRunInfo = { model: 'default-it', sources: ['model', 'lexicon'], goldFile: '.clinical-ner/gold.jsonl', withoutText: 0, staleSpans: 2, elapsedMs: 1234 };
const OPTIONS = { nonce: 'bm9uY2U9PQ==', cspSource: 'https://webview.test' };

describe('evaluation report page', () => {
  it('charts strict P, R, F1 and overlap F1 for each label and micro', () => {
    const groups = chartGroups(EVALUATION);
    assert.deepEqual(groups.map((g) => g.name), ['PROBLEM', 'TEST', 'TREATMENT', 'micro']);
    const problem = groups[0]!.values;
    assert.deepEqual([problem.strictP, problem.strictR, problem.strictF1, problem.overlapF1], [0.5, 0.5, 0.5, 1]);
    const svg = evaluationChartSvg(EVALUATION);
    assert.equal((svg.match(/<rect class="bar series-/g) ?? []).length, 16);
    assert.match(svg, /<title>PROBLEM overlap F1: 100\.0%<\/title>/);
    assert.ok(!/fill="#|style=/.test(svg), 'colours come from the theme stylesheet, not the SVG');
  });

  it('draws a bar of zero height for a label with nothing to find and nothing found', () => {
    const empty = evaluate([{ id: 'n', text: TEXT, entities: [] }], [{ id: 'n', entities: [at('ECG', 'TEST')] }]);
    const svg = evaluationChartSvg(empty);
    assert.match(svg, /<title>TEST strict precision: 0\.0%<\/title>/);
    assert.ok(!svg.includes('NaN'));
  });

  it('allows only its nonce\'d style and script (no remote content, no inline handlers)', () => {
    const html = evaluationPageHtml(EVALUATION, RUN, OPTIONS);
    assert.match(html, /content="default-src 'none'; img-src https:\/\/webview\.test data:; style-src 'nonce-bm9uY2U9PQ=='; script-src 'nonce-bm9uY2U9PQ==';"/);
    assert.deepEqual(html.match(/<script[^>]*>/g), ['<script nonce="bm9uY2U9PQ==">']);
    assert.deepEqual(html.match(/<style[^>]*>/g), ['<style nonce="bm9uY2U9PQ==">']);
    assert.ok(!/\son[a-z]+=|style="|https?:\/\/(?!webview\.test|www\.w3\.org\/2000\/svg)/.test(html));
  });

  it('colours everything with the theme\'s CSS variables', () => {
    const html = evaluationPageHtml(EVALUATION, RUN, OPTIONS);
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(html)![1]!;
    assert.ok(!/#[0-9a-f]{3,8}\b|rgb\(/i.test(style), 'no fixed colour');
    for (const variable of ['--vscode-foreground', '--vscode-editor-background', '--vscode-button-background', '--vscode-charts-green']) assert.ok(style.includes(variable), variable);
  });

  it('lists scores, the confusion matrix and the worst documents (escaped, as links), and its notes', () => {
    const html = evaluationPageHtml(EVALUATION, RUN, OPTIONS);
    assert.match(html, /<tr class="total"><th scope="row">micro<\/th><td>66\.7<\/td><td>50\.0<\/td><td>57\.1<\/td>/);
    assert.match(html, /<th>gold \\ predicted<\/th><th>PROBLEM<\/th><th>TEST<\/th><th>TREATMENT<\/th><th>O<\/th>/);
    assert.ok(html.includes('data-id="notes/&lt;cardio&gt;.txt"') && !html.includes('<cardio>'));
    assert.ok(html.indexOf('notes/&lt;cardio&gt;.txt</a>') < html.indexOf('notes/vuota.txt</a>'), 'the worst first');
    assert.match(html, /2 gold span\(s\) were left out/);
    assert.match(html, /layers: model, lexicon/);
  });

  it('accepts only the messages its buttons and links post', () => {
    assert.ok(isEvaluationPageMessage({ type: 'save', format: 'markdown' }));
    assert.ok(isEvaluationPageMessage({ type: 'open', id: 'notes/a.txt' }));
    assert.ok(!isEvaluationPageMessage({ type: 'save', format: 'html' }));
    assert.ok(!isEvaluationPageMessage({ type: 'open', id: 3 }));
    assert.ok(!isEvaluationPageMessage('open'));
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
