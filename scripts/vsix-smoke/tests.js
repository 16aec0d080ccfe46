// Smoke tests of the extension installed from a VSIX (scripts/vsix-smoke.js): run() in the
// extension host; a thrown error fails the run. Plain JS and no mocha: nothing here is built.
'use strict';
const vscode = require('vscode');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const EXTENSION_ID = 'clinical-ner.clinical-ner';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, timeoutMs, probe) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

const checks = [
  ['the extension is the installed one, from the extensions folder', async (ctx) => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed`);
    const installed = process.env.VSIX_SMOKE_EXTENSIONS_DIR;
    assert.ok(installed && ext.extensionPath.startsWith(installed), `loaded from ${ext.extensionPath}, not from ${installed}`);
    ctx.ext = ext;
  }],
  ['the package carries only linux-x64 native binaries', async ({ ext }) => {
    const nm = path.join(ext.extensionPath, 'node_modules');
    const ortBin = path.join(nm, 'onnxruntime-node', 'bin', 'napi-v6');
    assert.deepEqual(fs.readdirSync(ortBin), ['linux']);
    assert.deepEqual(fs.readdirSync(path.join(ortBin, 'linux')), ['x64']);
    assert.deepEqual(fs.readdirSync(path.join(nm, 'tokenizers')).filter((f) => f.endsWith('.node')), ['tokenizers.linux-x64-gnu.node']);
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'src')), 'sources are not shipped');
  }],
  ['opening a sample note activates it', async (ctx) => {
    const folder = vscode.workspace.workspaceFolders[0].uri;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, '02-verbale-pronto-soccorso.txt'));
    await vscode.window.showTextDocument(doc);
    await waitFor('activation', 60000, () => ctx.ext.isActive);
    ctx.doc = doc;
  }],
  ['its commands are registered', async (ctx) => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('clinicalNer.annotateNow'), 'clinicalNer.annotateNow is missing');
    ctx.hasTestState = commands.includes('clinicalNer._testState');
  }],
  ['the engine loads in the installed folder and finds entities in the note', async (ctx) => {
    if (!ctx.hasTestState) {
      console.log('[vsix-smoke] clinicalNer._testState is not registered: entities not checked');
      return;
    }
    await vscode.commands.executeCommand('clinicalNer.annotateNow');
    const state = await waitFor('entities', 90000, async () => {
      const s = await vscode.commands.executeCommand('clinicalNer._testState', ctx.doc.uri.toString());
      if (s && s.lastError) throw new Error(`engine error: ${JSON.stringify(s.lastError)}`);
      return s && s.engine && s.engine.state === 'ready' && s.entities.length > 0 ? s : undefined;
    });
    const byLabel = {};
    for (const e of state.entities) byLabel[e.label] = (byLabel[e.label] || 0) + 1;
    console.log(`[vsix-smoke] model ${state.engine.model} (${state.engine.sources.join('+')}): ${state.entities.length} entities ${JSON.stringify(byLabel)}`);
    for (const e of state.entities) assert.equal(ctx.doc.getText().slice(e.start, e.end), e.text);
    assert.ok(byLabel.PROBLEM > 0, 'no PROBLEM entity in an emergency report');
  }],
];

exports.run = async function run() {
  const ctx = {};
  let passes = 0;
  let failures = 0;
  for (const [name, check] of checks) {
    try {
      await check(ctx);
      passes++;
      console.log(`[vsix-smoke] ok   ${name}`);
    } catch (error) {
      failures++;
      console.log(`[vsix-smoke] FAIL ${name}: ${error && error.stack || error}`);
      break; // the later checks build on the earlier ones
    }
  }
  if (process.env.VSCODE_IT_RESULT) fs.writeFileSync(process.env.VSCODE_IT_RESULT, JSON.stringify({ passes, failures }));
  if (failures > 0) throw new Error(`${failures} VSIX smoke check(s) failed`);
};
