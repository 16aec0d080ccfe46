import { worstDocuments, type Evaluation } from './evaluate';
import { CHART_SERIES, evaluationChartSvg } from './evaluationChart';
import { reviewNote } from './evaluationReport';

/** What the report says about the run besides the scores. */
export interface EvaluationRunInfo {
  /** The model folder's name and where it is. */
  model: string;
  modelDir?: string;
  sources: string[];
  goldFile: string;
  /** Gold documents left out because the gold file has no text for them. */
  withoutText: number;
  /** Gold spans left out because an edit made them stale. */
  staleSpans: number;
  elapsedMs: number;
}

export interface EvaluationPageOptions {
  /** A fresh random value per render: the only script and style allowed to run carry it. */
  nonce: string;
  /** The webview's own source (`webview.cspSource`), for images it may load. */
  cspSource: string;
  worst?: number;
}

/** Messages a report page's script posts to the extension (the agreement page's button asks for done notes only, or all). */
export type EvaluationPageMessage = { type: 'save'; format: 'markdown' | 'json' } | { type: 'open'; id: string } | { type: 'doneOnly'; value: boolean };

/**
 * The whole evaluation report as one HTML page for a webview: a strict Content-Security-Policy
 * (nothing but the nonce'd style and script, no remote content), theme colours only through
 * VS Code's CSS variables, the chart as inline SVG. Pure: the webview code only sets it.
 */
export function evaluationPageHtml(evaluation: Evaluation, run: EvaluationRunInfo, options: EvaluationPageOptions): string {
  const pct = (x: number) => (x * 100).toFixed(1);

  const scoreRows = [...evaluation.labels, 'micro' as const].map((label) => {
    const s = label === 'micro' ? evaluation.strict.micro : evaluation.strict.perLabel[label];
    const o = label === 'micro' ? evaluation.overlap.micro : evaluation.overlap.perLabel[label];
    const cells = [pct(s.precision), pct(s.recall), pct(s.f1), pct(o.precision), pct(o.recall), pct(o.f1), String(s.tp + s.fn), String(s.tp + s.fp)];
    return `<tr${label === 'micro' ? ' class="total"' : ''}><th scope="row">${label}</th>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  });

  const { classes, counts } = evaluation.confusion;
  const rowTotals = classes.map((row) => classes.reduce((sum, col) => sum + counts[row][col], 0));
  const confusionRows = classes.map((row, ri) => {
    const cells = classes.map((col) => {
      const n = counts[row][col];
      const share = rowTotals[ri]! > 0 ? n / rowTotals[ri]! : 0;
      const heat = n === 0 ? 0 : Math.min(4, 1 + Math.floor(share * 4));
      return `<td class="heat-${heat}${row === col ? ' diagonal' : ''}">${n}</td>`;
    });
    return `<tr><th scope="row">${row}</th>${cells.join('')}</tr>`;
  });

  const worst = worstDocuments(evaluation.documents, options.worst ?? 10);
  const worstRows = worst.map((d) =>
    `<tr><th scope="row"><a href="#" class="doc" data-id="${escapeHtml(d.id)}" title="Open ${escapeHtml(d.id)}">${escapeHtml(d.id)}</a></th>` +
    `<td>${pct(d.strict.f1)}</td><td>${pct(d.overlap.f1)}</td><td>${d.strict.fp}</td><td>${d.strict.fn}</td></tr>`);

  const notes: string[] = [];
  if (run.withoutText > 0) notes.push(`${run.withoutText} gold document(s) have no text in the gold file and were left out.`);
  if (run.staleSpans > 0) notes.push(`${run.staleSpans} gold span(s) were left out because their text was edited after the decision.`);
  if (evaluation.documents.length === 0) notes.push('The gold file has no document to evaluate: review a note first.');
  if (evaluation.review.partlyReviewed.length > 0) notes.push(`${reviewNote(evaluation)}.`);

  const legend = CHART_SERIES.map((s) => `<span class="key"><svg width="12" height="12" aria-hidden="true"><rect class="bar series-${s.key}" width="12" height="12"/></svg>${s.title}</span>`).join('');
  const micro = evaluation.strict.micro;
  return reportPage(`Evaluation: ${run.model}`, options, `<header>
  <h1>Evaluation of ${escapeHtml(run.model)} against gold</h1>
  <p class="meta">${evaluation.documents.length} document(s) from <code>${escapeHtml(run.goldFile)}</code> · layers: ${escapeHtml(run.sources.join(', ') || 'none')}${run.modelDir ? ` · <code>${escapeHtml(run.modelDir)}</code>` : ''} · ${(run.elapsedMs / 1000).toFixed(1)} s</p>
  <div class="actions">
    <button data-save="markdown">Save as Markdown…</button>
    <button data-save="json" class="secondary">Save as JSON…</button>
  </div>
</header>
<section class="tiles">
  <div class="tile"><span class="value" id="strict-micro-f1">${pct(micro.f1)}</span><span class="name">strict micro F1</span></div>
  <div class="tile"><span class="value">${pct(evaluation.overlap.micro.f1)}</span><span class="name">overlap micro F1</span></div>
  <div class="tile"><span class="value">${pct(micro.precision)} / ${pct(micro.recall)}</span><span class="name">strict micro P / R</span></div>
  <div class="tile"><span class="value">${micro.tp + micro.fn}</span><span class="name">gold entities</span></div>
</section>
<section>
  <h2>Scores per label</h2>
  <div class="legend">${legend}</div>
  ${evaluationChartSvg(evaluation)}
  <table class="scores">
    <thead><tr><th>label</th><th>strict P</th><th>strict R</th><th>strict F1</th><th>overlap P</th><th>overlap R</th><th>overlap F1</th><th>gold</th><th>predicted</th></tr></thead>
    <tbody>${scoreRows.join('')}</tbody>
  </table>
  <p class="hint">Strict: same bounds and label. Overlap: same label and at least one character in common. Scores in %.</p>
</section>
<section>
  <h2>Word-token confusion matrix</h2>
  <table class="confusion">
    <thead><tr><th>gold \\ predicted</th>${classes.map((c) => `<th>${c}</th>`).join('')}</tr></thead>
    <tbody>${confusionRows.join('')}</tbody>
  </table>
</section>
<section>
  <h2>Worst documents</h2>
  <table class="worst">
    <thead><tr><th>document</th><th>strict F1</th><th>overlap F1</th><th>false pos.</th><th>missed</th></tr></thead>
    <tbody>${worstRows.join('')}</tbody>
  </table>
</section>
${notes.length > 0 ? `<section class="notes">${notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</section>` : ''}`);
}

/**
 * A report page for a webview: a strict Content-Security-Policy (nothing but the nonce'd style and
 * script, no remote content) and theme colours only through VS Code's CSS variables.
 */
export function reportPage(title: string, { nonce, cspSource }: Pick<EvaluationPageOptions, 'nonce' | 'cspSource'>, body: string): string {
  const csp = `default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
${body}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Whether a value posted by the page is one of its messages (a webview's messages are untrusted input). */
export function isEvaluationPageMessage(value: unknown): value is EvaluationPageMessage {
  const m = value as Partial<{ type: string; format: string; id: unknown }>;
  if (typeof m !== 'object' || m === null) return false;
  if (m.type === 'save') return m.format === 'markdown' || m.format === 'json';
  if (m.type === 'doneOnly') return typeof (value as { value?: unknown }).value === 'boolean';
  return m.type === 'open' && typeof m.id === 'string';
}

const SCRIPT = `
const vscode = acquireVsCodeApi();
for (const button of document.querySelectorAll('button[data-save]')) {
  button.addEventListener('click', () => vscode.postMessage({ type: 'save', format: button.dataset.save }));
}
for (const button of document.querySelectorAll('button[data-done-only]')) {
  button.addEventListener('click', () => vscode.postMessage({ type: 'doneOnly', value: button.dataset.doneOnly === 'true' }));
}
for (const link of document.querySelectorAll('a.doc')) {
  link.addEventListener('click', (event) => { event.preventDefault(); vscode.postMessage({ type: 'open', id: link.dataset.id }); });
}
`;

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 24px; max-width: 980px; }
h1 { font-size: 1.5em; font-weight: 600; margin: 18px 0 4px; }
h2 { font-size: 1.15em; font-weight: 600; margin: 24px 0 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); padding-bottom: 4px; }
.meta, .hint { color: var(--vscode-descriptionForeground); }
code { font-family: var(--vscode-editor-font-family); }
.actions { display: flex; gap: 8px; margin: 12px 0; }
button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 12px; border-radius: 2px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible, a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; }
.tile { display: flex; flex-direction: column; padding: 10px 16px; min-width: 130px; border: 1px solid var(--vscode-widget-border, var(--vscode-panel-border, transparent)); background: var(--vscode-editorWidget-background); border-radius: 4px; }
.tile .value { font-size: 1.6em; font-weight: 600; }
.tile .name { color: var(--vscode-descriptionForeground); }
.chart { width: 100%; max-width: 680px; height: auto; display: block; }
.chart .grid { stroke: var(--vscode-charts-lines, var(--vscode-widget-border)); stroke-opacity: 0.35; }
.chart .baseline { stroke: var(--vscode-charts-foreground, var(--vscode-foreground)); }
.chart text { fill: var(--vscode-charts-foreground, var(--vscode-foreground)); font-size: 11px; }
.chart .group { font-size: 12px; font-weight: 600; }
.series-strictP { fill: var(--vscode-charts-blue); }
.series-strictR { fill: var(--vscode-charts-orange); }
.series-strictF1 { fill: var(--vscode-charts-green); }
.series-overlapF1 { fill: var(--vscode-charts-purple); }
.legend { display: flex; flex-wrap: wrap; gap: 14px; margin-bottom: 6px; }
.legend .key { display: inline-flex; align-items: center; gap: 5px; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { padding: 3px 10px; text-align: right; border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border, transparent)); }
th:first-child { text-align: left; }
thead th { color: var(--vscode-descriptionForeground); font-weight: 600; }
tr.total th, tr.total td { font-weight: 600; }
.confusion td.diagonal { font-weight: 600; }
.confusion td.heat-1 { background: color-mix(in srgb, var(--vscode-charts-blue) 12%, transparent); }
.confusion td.heat-2 { background: color-mix(in srgb, var(--vscode-charts-blue) 25%, transparent); }
.confusion td.heat-3 { background: color-mix(in srgb, var(--vscode-charts-blue) 40%, transparent); }
.confusion td.heat-4 { background: color-mix(in srgb, var(--vscode-charts-blue) 55%, transparent); }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
.notes p { color: var(--vscode-editorWarning-foreground); }
`;
