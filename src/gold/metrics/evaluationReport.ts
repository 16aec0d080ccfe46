import { ASSERTIONS } from '../../engine/entity';
import type { AssertionScores } from './assertionScores';
import { worstDocuments, type Evaluation } from './evaluate';

export type ReportFormat = 'table' | 'json' | 'markdown';

const pct = (x: number) => (x * 100).toFixed(1);

/** Renders an evaluation for people (`table`, `markdown`) or programs (`json`). */
export function renderEvaluation(evaluation: Evaluation, format: ReportFormat, worst = 10): string {
  if (format === 'json') return JSON.stringify({ ...evaluation, worstDocuments: worstDocuments(evaluation.documents, worst) }, null, 2) + '\n';
  const md = format === 'markdown';
  const section = (title: string) => (md ? `### ${title}\n\n` : `${title}\n`);

  const scoreRows = [];
  for (const label of [...evaluation.labels, 'micro' as const]) {
    const s = label === 'micro' ? evaluation.strict.micro : evaluation.strict.perLabel[label];
    const o = label === 'micro' ? evaluation.overlap.micro : evaluation.overlap.perLabel[label];
    scoreRows.push([label, pct(s.precision), pct(s.recall), pct(s.f1), pct(o.precision), pct(o.recall), pct(o.f1), String(s.tp + s.fn), String(s.tp + s.fp)]);
  }
  let out = section('Scores (%; strict = same bounds and label, overlap = same label and a character in common)');
  out += renderTable(['label', 'strict P', 'strict R', 'strict F1', 'overlap P', 'overlap R', 'overlap F1', 'gold', 'predicted'], scoreRows, md) + '\n';

  const { classes, counts } = evaluation.confusion;
  out += section('Word-token confusion matrix (rows: gold, columns: predicted)');
  out += renderTable(['gold \\ pred', ...classes], classes.map((row) => [row, ...classes.map((col) => String(counts[row][col]))]), md) + '\n';

  if (evaluation.assertion) out += assertionSections(evaluation.assertion, section, md);

  const worstRows = worstDocuments(evaluation.documents, worst).map((d) => [d.id, pct(d.strict.f1), pct(d.overlap.f1), String(d.strict.fp), String(d.strict.fn)]);
  out += section(`Worst documents (by strict F1, ${worstRows.length} of ${evaluation.documents.length})`);
  out += renderTable(['document', 'strict F1', 'overlap F1', 'false pos.', 'missed'], worstRows, md);

  const notes: string[] = [];
  if (evaluation.documentsWithoutText.length) notes.push(`${evaluation.documentsWithoutText.length} gold document(s) without text are not in the confusion matrix`);
  if (evaluation.unmatchedPredictions.length) notes.push(`${evaluation.unmatchedPredictions.length} predicted document(s) have no gold and were not scored: ${evaluation.unmatchedPredictions.join(', ')}`);
  notes.push(reviewNote(evaluation));
  if (notes.length) out += '\n' + notes.map((n) => `note: ${n}\n`).join('');
  return out;
}

/** Per-status scores and the status confusion table; '—' where a status has no gold or no prediction. */
export function assertionSections(scores: AssertionScores, section: (title: string) => string, md: boolean): string {
  const left = scores.pairsWithoutGoldStatus > 0 ? `; ${scores.pairsWithoutGoldStatus} pair(s) whose gold entity has no status left out` : '';
  let out = section(`Assertion on overlap-matched pairs (same label, a character in common): accuracy ${pct(scores.accuracy)}% (${scores.correct} of ${scores.pairs} pairs${left})`);
  const rows = ASSERTIONS.map((status) => {
    const s = scores.perStatus[status];
    const gold = s.tp + s.fn;
    const predicted = s.tp + s.fp;
    return [status, predicted === 0 ? '—' : pct(s.precision), gold === 0 ? '—' : pct(s.recall), gold + predicted === 0 ? '—' : pct(s.f1), String(gold), String(predicted)];
  });
  out += renderTable(['status', 'P', 'R', 'F1', 'gold', 'predicted'], rows, md) + '\n';
  out += section('Assertion confusion (rows: gold status, columns: predicted status; matched pairs)');
  out += renderTable(['gold \\ pred', ...ASSERTIONS], ASSERTIONS.map((row) => [row, ...ASSERTIONS.map((col) => String(scores.confusion[row][col]))]), md) + '\n';
  return out;
}

/** A table as Markdown, or as aligned plain text (first column left, the others right). */
export function renderTable(header: string[], rows: string[][], markdown: boolean): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |\n`;
    return line(header) + line(header.map((_, i) => (i === 0 ? '---' : '---:'))) + rows.map(line).join('');
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd() + '\n';
  return line(header) + line(widths.map((w) => '-'.repeat(w))) + rows.map(line).join('');
}

/** "9 of 12 gold document(s) fully reviewed; …" with what happened to the predictions nobody decided on. */
export function reviewNote({ review, documents }: Evaluation): string {
  const fully = `${review.fullyReviewed} of ${documents.length} gold document(s) fully reviewed (${review.done} marked done)`;
  if (review.partlyReviewed.length === 0) return fully;
  const undecided = review.partlyReviewed.reduce((n, d) => n + d.undecided, 0);
  const fate = review.undecidedCounted ? 'counted as false positives' : 'left out of the scores, not counted as false positives';
  const which = review.partlyReviewed.map((d) => `${d.id} (${d.undecided})`).join(', ');
  return `${fully}; in the ${review.partlyReviewed.length} partly reviewed, ${undecided} predicted span(s) where no decision was taken were ${fate}: ${which}`;
}
