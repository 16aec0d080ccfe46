import type { Label } from '../../engine/entity';
import type { AssertionScores } from '../metrics/assertionScores';
import type { RuleScores } from '../metrics/evaluate';
import { assertionSections, renderTable, type ReportFormat } from '../metrics/evaluationReport';
import type { AgreementOptions } from './agreementMeasure';
import { cohenKappa } from './cohenKappa';
import type { LeftOutDocument } from './comparedDocuments';
import { fleissKappa, type FleissResult } from './fleissKappa';
import type { Rater } from './rater';
import { spanF1Agreement } from './spanF1Agreement';

/** Two raters' agreement on the notes both reviewed. */
export interface PairAgreement {
  a: string;
  b: string;
  /** Notes compared; the others either rater has are in `leftOut`. */
  documents: number;
  leftOut: LeftOutDocument[];
  strict: RuleScores;
  overlap: RuleScores;
  /** Cohen's kappa on word tokens; null when there was nothing to agree on. */
  kappa: number | null;
  tokens: number;
  observedAgreement: number;
  chanceAgreement: number;
  /** Statuses on the spans both share, `a` taken as reference. */
  assertion?: AssertionScores;
}

export interface AgreementReport {
  labels: Label[];
  doneOnly: boolean;
  raters: { name: string; annotator: string; file: string; documents: number; done: number }[];
  pairs: PairAgreement[];
  /** With three raters or more, on the notes all of them reviewed. */
  fleiss?: FleissResult;
}

/** Every pair's span F1 and Cohen's kappa and, with three raters or more, Fleiss' kappa. */
export function agreementReport(raters: readonly Rater[], options: AgreementOptions): AgreementReport {
  const pairs: PairAgreement[] = [];
  raters.forEach((a, i) =>
    raters.slice(i + 1).forEach((b) => {
      const spans = spanF1Agreement.measure([a, b], options);
      const kappa = cohenKappa.measure([a, b], options);
      const pair: PairAgreement = {
        a: a.name,
        b: b.name,
        documents: spans.documents,
        leftOut: spans.leftOut,
        strict: spans.strict,
        overlap: spans.overlap,
        kappa: kappa.kappa,
        tokens: kappa.tokens,
        observedAgreement: kappa.observed,
        chanceAgreement: kappa.chance,
      };
      if (spans.assertion) pair.assertion = spans.assertion;
      pairs.push(pair);
    }),
  );
  const report: AgreementReport = {
    labels: [...options.labels],
    doneOnly: options.doneOnly,
    raters: raters.map((r) => ({
      name: r.name,
      annotator: r.annotator,
      file: r.file,
      documents: r.documents.size,
      done: [...r.documents.values()].filter((d) => d.done).length,
    })),
    pairs,
  };
  if (raters.length >= 3) report.fleiss = fleissKappa.measure(raters, options);
  return report;
}

const pct = (x: number) => (x * 100).toFixed(1);
const kappaText = (k: number | null) => (k === null ? '—' : k.toFixed(3));

/** The report for people (`table`, `markdown`) or programs (`json`, the report itself). */
export function renderAgreement(report: AgreementReport, format: ReportFormat): string {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  const md = format === 'markdown';
  const section = (title: string) => (md ? `### ${title}\n\n` : `${title}\n`);
  const notes = report.doneOnly ? 'notes marked done' : 'notes with decisions';
  let out = section('Raters');
  out += renderTable(['rater', 'gold file', notes, 'done'], report.raters.map((r) => [r.name, r.file, String(r.documents), String(r.done)]), md) + '\n';
  out += section(`Agreement on the ${report.doneOnly ? 'notes both marked done' : 'notes both reviewed'} (F1 in %; strict = same bounds and label, overlap = same label and a character in common; kappa on word tokens)`);
  out += renderTable(
    ['a', 'b', 'notes', 'strict F1', 'overlap F1', "Cohen's kappa", 'tokens'],
    report.pairs.map((p) => [p.a, p.b, String(p.documents), pct(p.strict.micro.f1), pct(p.overlap.micro.f1), kappaText(p.kappa), String(p.tokens)]),
    md,
  ) + '\n';
  for (const p of report.pairs) {
    out += section(`${p.a} and ${p.b}, per label (%; spans: ${p.a} / ${p.b})`);
    const rows = report.labels.map((label) => {
      const s = p.strict.perLabel[label];
      const o = p.overlap.perLabel[label];
      return [label, pct(s.f1), pct(o.f1), `${s.tp + s.fn} / ${s.tp + s.fp}`];
    });
    out += renderTable(['label', 'strict F1', 'overlap F1', 'spans'], rows, md) + '\n';
    if (p.assertion) out += assertionSections(p.assertion, (title) => section(`${p.a} and ${p.b}: ${title.replace(/^Assertion/, 'status')}`), md);
  }
  if (report.fleiss) {
    const f = report.fleiss;
    out += section(`Fleiss' kappa, ${f.raters} raters, on the ${f.documents} note(s) all of them reviewed (${f.tokens} word tokens): ${kappaText(f.kappa)}`);
  }
  const leftOut = [...report.pairs.flatMap((p) => p.leftOut.map((l) => `${p.a} and ${p.b}: ${l.id} (${l.reason})`)), ...(report.fleiss?.leftOut ?? []).map((l) => `all raters: ${l.id} (${l.reason})`)];
  if (leftOut.length > 0) out += '\n' + leftOut.map((l) => `note: left out ${l}\n`).join('');
  return out;
}
