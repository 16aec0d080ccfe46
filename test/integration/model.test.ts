import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { drawn, openAnnotated, settled, testState, waitFor, writeNote } from './testSupport';

const TEXT = 'Febbre e tosse. Terapia con aspirina.\n';

function fixtures(): string {
  const dir = process.env.CLINICAL_NER_IT_FIXTURES;
  assert.ok(dir && fs.existsSync(dir), 'CLINICAL_NER_IT_FIXTURES points at test/fixtures');
  return dir;
}

/** A model folder whose model.onnx lacks the `logits` output. */
function brokenModelFolder(): string {
  const seed = path.join(fixtures(), 'seed-format-model');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinical-ner-bad-model-'));
  for (const f of ['config.json', 'vocab.txt', 'tokenizer_config.json']) fs.copyFileSync(path.join(seed, f), path.join(dir, f));
  fs.copyFileSync(path.join(seed, 'invalid-onnx', 'no-logits.onnx'), path.join(dir, 'model.onnx'));
  return dir;
}

describe('model problems', () => {
  const config = () => vscode.workspace.getConfiguration('clinicalNer');
  let original: string | undefined;
  let uri: vscode.Uri;

  before(async () => {
    original = config().inspect<string>('modelPath')?.workspaceValue;
    uri = writeNote('notes/modello.txt', TEXT);
    await openAnnotated(uri);
  });

  after(async () => {
    await config().update('modelPath', original, vscode.ConfigurationTarget.Workspace);
  });

  it('says clearly that a model folder is invalid, and the editor keeps working', async () => {
    const bad = brokenModelFolder();
    await config().update('modelPath', bad, vscode.ConfigurationTarget.Workspace);
    const state = await waitFor('the model error', async () => {
      const s = await testState(uri);
      return s.engine.state === 'failed' ? s : undefined;
    });
    assert.match(state.lastError ?? '', /cannot load the model/);
    assert.ok(state.lastError!.includes(bad), state.lastError);
    assert.match(state.lastError!, /model\.onnx|logits/);
    assert.match(state.statusBar.text, /model error/);
    assert.equal(state.entities.length, 0, 'no suggestions from the previous model remain');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Nota: ')));
    assert.ok(editor.document.getText().startsWith('Nota: Febbre'));
    await vscode.commands.executeCommand('clinicalNer.annotateNow');
    assert.equal((await testState(uri)).engine.state, 'failed');
  });

  it('recovers when the setting points at a good model again', async () => {
    await config().update('modelPath', original, vscode.ConfigurationTarget.Workspace);
    const document = await vscode.workspace.openTextDocument(uri);
    const state = await waitFor('suggestions again', async () => {
      const s = await settled(document);
      return s.engine.state === 'ready' && s.entities.length === 3 ? s : undefined;
    }, 40000);
    assert.equal(state.lastError, undefined);
  });

  it('reports a crashed engine and restarts it on the next run', async () => {
    await vscode.commands.executeCommand('clinicalNer._crashEngineForTesting');
    const crashed = await waitFor('the crash report', async () => {
      const s = await testState(uri);
      return s.engine.state === 'crashed' ? s : undefined;
    });
    assert.match(crashed.lastError ?? '', /restarts on the next annotation/);
    assert.match(crashed.statusBar.text, /engine stopped/);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await editor.edit((b) => b.insert(editor.document.lineAt(0).range.end, ' Cefalea.'));
    const state = await drawn(editor.document, (s) => s.engine.state === 'ready' && s.annotatedVersion === editor.document.version && s.entities.some((e) => e.text === 'Cefalea'), 'a restarted engine');
    assert.doesNotMatch(state.statusBar.text, /engine stopped/);
  });
});
