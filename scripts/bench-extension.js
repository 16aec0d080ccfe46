#!/usr/bin/env node
// Measures the extension in a real extension host (same runner as the integration tests), on a
// 5,000-word note made of the project's notes (training/data/notes.jsonl):
//  - from opening the note, with no model loaded yet, to the decorations of the part on screen and
//    of the whole note (the engine's warm-up counted, and reported apart);
//  - the time from the last keystroke to updated decorations (the debounce included, and without it);
//  - the extension host's memory with the extension active but no model loaded, and with the model
//    loaded and the note annotated (the engine's worker thread lives in the same process).
// usage: npm run build && npm run bench:extension   (prints a JSON summary; needs no network)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const out = path.join(os.tmpdir(), `clinical-ner-bench-${process.pid}.json`);
const r = spawnSync(process.execPath, [path.join(__dirname, 'test-integration.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, VSCODE_IT_BENCH: '1', VSCODE_IT_BENCH_OUT: out },
});
if (fs.existsSync(out)) {
  console.log('\n=== clinical-ner extension benchmark ===');
  console.log(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out);
}
process.exit(r.status === null ? 1 : r.status);
