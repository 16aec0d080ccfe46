// Test entry loaded by the extension host (extensionTestsPath): run() runs the mocha suites bundled
// next to this file and writes {passes, failures, pending} to $VSCODE_IT_RESULT for the runner.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

// Suites that change global settings (the model folder) run last; the screenshot at the very end.
const LAST = ['model.test.js', 'screenshot.test.js'];

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const bench = !!process.env.VSCODE_IT_BENCH;
  const files = fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && (f === 'bench.test.js') === bench)
    .sort((a, b) => LAST.indexOf(a) - LAST.indexOf(b) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (process.env.VSCODE_IT_RESULT) fs.writeFileSync(process.env.VSCODE_IT_RESULT, JSON.stringify(runner.stats));
      if (failures) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
