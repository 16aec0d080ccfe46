import type { MachineInfo } from './benchEnv';
import type { BenchResult } from './benchTiming';

/** A benchmark that could not run (no model, peer missing, error), with the reason. */
export interface SkippedBench {
  name: string;
  reason: string;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return '–';
  return ratio >= 100 ? ratio.toFixed(0) : ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2);
}

function figuresText(figures: Record<string, string>): string {
  return Object.entries(figures)
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
}

/** The summary table: one row per benchmark result, then one per skipped benchmark. */
export function markdownTable(results: readonly BenchResult[], skipped: readonly SkippedBench[] = []): string {
  const rows = [
    '| benchmark | figures | ratio | target | met |',
    '|---|---|---|---|---|',
    ...results.map((r) => `| ${escapeCell(r.name)} | ${escapeCell(figuresText(r.figures))} | ${formatRatio(r.ratio)} | ${escapeCell(r.target)} | ${r.met ? 'yes' : '**no**'} |`),
    ...skipped.map((s) => `| ${escapeCell(s.name)} | not run: ${escapeCell(s.reason)} | – | – | – |`),
  ];
  return rows.join('\n');
}

/** The whole bench/RESULTS.md: machine, summary table, per-benchmark figures, notes. */
export function renderResultsMarkdown(machine: MachineInfo, results: readonly BenchResult[], skipped: readonly SkippedBench[], notes: readonly string[] = []): string {
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/main.ts). Every ratio compares two things measured in the same process run,',
    'one after the other, on the same inputs; absolute times are given for context only and differ between machines.',
    '',
    '## Machine',
    '',
    `- CPU: ${machine.cpu}`,
    `- cores: ${machine.cores}`,
    `- Node: ${machine.node}`,
    `- onnxruntime-node: ${machine.onnxruntime}`,
    `- @huggingface/transformers (peer, bench/node_modules): ${machine.transformers}`,
    `- date: ${machine.date}`,
    '',
    '## Summary',
    '',
    markdownTable(results, skipped),
    '',
    '## Figures',
    '',
  ];
  for (const r of results) {
    lines.push(`### ${r.name}`, '');
    for (const [key, value] of Object.entries(r.figures)) lines.push(`- ${key}: ${value}`);
    lines.push(`- ratio: ${formatRatio(r.ratio)} (target ${r.target}) → ${r.met ? 'met' : 'not met'}`, '');
    if (r.details) lines.push(r.details, '');
  }
  if (notes.length > 0) {
    lines.push('## Notes', '');
    for (const note of notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** A plain-text table for the console. */
export function consoleTable(results: readonly BenchResult[], skipped: readonly SkippedBench[] = []): string {
  const rows = [
    ['benchmark', 'ratio', 'target', 'met'],
    ...results.map((r) => [r.name, formatRatio(r.ratio), r.target, r.met ? 'yes' : 'NO']),
    ...skipped.map((s) => [s.name, '–', `not run: ${s.reason}`, '–']),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd()).join('\n');
}
