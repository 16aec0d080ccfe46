import { ASSERTIONS } from '../../engine/entity';
import { escapeHtml, reportPage, type EvaluationPageOptions } from '../metrics/evaluationPage';
import type { AgreementReport } from './agreementReport';

const pct = (x: number) => (x * 100).toFixed(1);
const kappa = (k: number | null) => (k === null ? '—' : k.toFixed(3));

/**
 * The agreement report as a page of the evaluation view: raters and how many notes each reviewed
 * and marked done, pairwise span F1 and Cohen's kappa, per label, statuses, Fleiss' kappa with
 * three raters or more, and every note left out with the reason. A button switches between all
 * notes with decisions and the notes marked done. Pure: the webview code only sets it.
 */
export function agreementPageHtml(report: AgreementReport, goldFile: string, options: EvaluationPageOptions): string {
  const cells = (values: string[], header = false) => values.map((v, i) => (header || i === 0 ? `<th${i === 0 && !header ? ' scope="row"' : ''}>${escapeHtml(v)}</th>` : `<td>${escapeHtml(v)}</td>`)).join('');
  const table = (cls: string, header: string[], rows: string[][]) =>
    `<table class="${cls}"><thead><tr>${cells(header, true)}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</tbody></table>`;

  const raters = table('raters', ['rater', 'notes', 'done'], report.raters.map((r) => [r.name, String(r.documents), String(r.done)]));
  const pairs = table(
    'pairs',
    ['a', 'b', 'notes', 'strict F1', 'overlap F1', "Cohen's kappa", 'tokens'],
    report.pairs.map((p) => [p.a, p.b, String(p.documents), pct(p.strict.micro.f1), pct(p.overlap.micro.f1), kappa(p.kappa), String(p.tokens)]),
  );
  const perPair = report.pairs.map((p) => {
    const labels = table('labels', ['label', 'strict F1', 'overlap F1', `spans ${p.a} / ${p.b}`], report.labels.map((l) => {
      const s = p.strict.perLabel[l];
      return [l, pct(s.f1), pct(p.overlap.perLabel[l].f1), `${s.tp + s.fn} / ${s.tp + s.fp}`];
    }));
    const statuses = p.assertion
      ? `<p class="hint">Statuses on the ${p.assertion.pairs} span(s) both share (${escapeHtml(p.a)} as reference): ${pct(p.assertion.accuracy)}% the same.</p>` +
        table('statuses', [`${p.a} \\ ${p.b}`, ...ASSERTIONS], ASSERTIONS.map((row) => [row, ...ASSERTIONS.map((col) => String(p.assertion!.confusion[row][col]))]))
      : '';
    return `<h3>${escapeHtml(p.a)} and ${escapeHtml(p.b)}</h3>${labels}${statuses}`;
  });
  const fleiss = report.fleiss
    ? `<section><h2>Fleiss' kappa</h2><p><span class="value" id="fleiss-kappa">${kappa(report.fleiss.kappa)}</span> over ${report.fleiss.raters} raters, on the ${report.fleiss.documents} note(s) all of them reviewed (${report.fleiss.tokens} word tokens).</p></section>`
    : '';
  const leftOut = [...report.pairs.flatMap((p) => p.leftOut.map((l) => `${p.a} and ${p.b}: ${l.id} (${l.reason})`)), ...(report.fleiss?.leftOut ?? []).map((l) => `all raters: ${l.id} (${l.reason})`)];
  const scope = report.doneOnly ? 'the notes marked done' : 'every note with decisions';
  return reportPage('Inter-annotator agreement', options, `<header>
  <h1>Inter-annotator agreement</h1>
  <p class="meta">${report.raters.length} annotators in <code>${escapeHtml(goldFile)}</code> · on ${scope}</p>
  <div class="actions">
    <button data-done-only="${!report.doneOnly}">${report.doneOnly ? 'Use every note with decisions' : 'Use only the notes marked done'}</button>
    <button data-save="markdown" class="secondary">Save as Markdown…</button>
    <button data-save="json" class="secondary">Save as JSON…</button>
  </div>
</header>
<section><h2>Annotators</h2>${raters}</section>
<section><h2>Agreement per pair</h2>${pairs}<p class="hint">F1 in %. Strict: same bounds and label. Overlap: same label and a character in common. Kappa on word tokens (a token takes the label of the span that covers it, or O).</p></section>
<section><h2>Per label and status</h2>${perPair.join('')}</section>
${fleiss}
${leftOut.length > 0 ? `<section class="notes"><h2>Left out</h2>${leftOut.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</section>` : ''}`);
}
