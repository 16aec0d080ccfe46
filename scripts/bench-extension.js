#!/usr/bin/env node
// Measures the extension in a real extension host (same runner as the integration tests), on a
// 5,000-word note made of the project's notes (training/data/notes.jsonl), each scenario in a
// window of its own:
//  - baseline: the same note opened as a file the extension does not annotate (.log): how long the
//    workbench itself takes to show it, which the times below include.
//  - new-workspace: no review work yet, so the model is not loaded until a note opens. From
//    opening the note to the decorations of the part on screen and of the whole note, the engine's
//    warm-up counted (and reported apart); the time from the last keystroke to updated decorations
//    (the debounce included, and without it); the extension host's memory with the extension
//    active but no model loaded, and with the model loaded and the note annotated (the engine's
//    worker thread lives in the same process).
//  - review-workspace: a gold file with a decision, so VS Code activates the extension when the
//    window opens and the model loads then; the note opens 2 s after activation, as a user's first
//    click would. From opening it to its decorations, and where the warm-up stood when it opened.
// Each scenario runs BENCH_ROUNDS times (default 3), alternating; the summary gives the median of
// every number over the rounds (`engineLoad.loadMs`…), and each round.
// usage: npm run build && npm run bench:extension   (prints a JSON summary; needs no network)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SCENARIOS = ['baseline', 'new-workspace', 'review-workspace'];

/** Every number in a result, by its path (`engineWarmUpMs.loadMs`); lists of numbers are left out. */
function numbers(result, prefix = '') {
  return Object.entries(result).flatMap(([key, value]) => {
    if (typeof value === 'number') return [[prefix + key, value]];
    if (value && typeof value === 'object' && !Array.isArray(value)) return numbers(value, `${prefix}${key}.`);
    return [];
  });
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const rounds = Object.fromEntries(SCENARIOS.map((s) => [s, []]));
let status = 0;
// the scenarios alternate, so that a slow spell of this machine falls on all of them alike
for (let round = 0; round < ROUNDS; round++) {
  for (const scenario of SCENARIOS) {
    const out = path.join(os.tmpdir(), `clinical-ner-bench-${process.pid}-${scenario}.json`);
    const r = spawnSync(process.execPath, [path.join(__dirname, 'test-integration.js'), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, VSCODE_IT_BENCH: '1', VSCODE_IT_BENCH_SCENARIO: scenario, VSCODE_IT_BENCH_OUT: out },
    });
    if (fs.existsSync(out)) {
      rounds[scenario].push(JSON.parse(fs.readFileSync(out, 'utf8')));
      fs.rmSync(out);
    }
    if (r.status !== 0) status = r.status === null ? 1 : r.status;
  }
}
const summary = {};
for (const scenario of SCENARIOS) {
  const values = {};
  for (const result of rounds[scenario]) for (const [key, value] of numbers(result)) (values[key] ??= []).push(value);
  summary[scenario] = {
    medianOfRounds: Object.fromEntries(Object.entries(values).map(([key, xs]) => [key, median(xs)])),
    rounds: rounds[scenario],
  };
}
console.log('\n=== clinical-ner extension benchmark ===');
console.log(JSON.stringify(summary, null, 2));
process.exit(status);
