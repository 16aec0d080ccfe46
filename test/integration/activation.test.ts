import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openAnnotated, sleep, testState, workspaceRoot } from './testSupport';

const note = () => vscode.Uri.file(path.join(workspaceRoot(), 'notes/dimissione.txt'));

describe('activation', () => {
  it('activates when a plain-text note is opened and annotates it in the worker', async () => {
    const { state } = await openAnnotated(note());
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'the extension is active');
    assert.equal(state.tracked, true);
    assert.equal(state.docId, 'notes/dimissione.txt');
    assert.equal(state.engine.state, 'ready');
    assert.deepEqual(state.engine.sources, ['model']);
    assert.equal(state.entities.length, 14);
    assert.ok(state.lastRun && state.lastRun.sentences >= 6, 'every sentence was annotated');
  });

  it('shows the model, the counts per label and the progress in the status bar', async () => {
    const state = await testState(note());
    assert.ok(state.engine.model && state.statusBar.text.includes(state.engine.model), state.statusBar.text);
    assert.match(state.statusBar.text, /P 6 · T 4 · R 4 \| 0\/14 reviewed/);
  });

  it('annotates a Markdown note too', async () => {
    const { state } = await openAnnotated(vscode.Uri.file(path.join(workspaceRoot(), 'notes/visita.md')));
    assert.deepEqual(state.entities.map((e) => `${e.text}:${e.label}`), ['cefalea:PROBLEM', 'Pressione arteriosa:TEST', 'ecografia:TEST', 'aspirina:TREATMENT']);
  });

  it('leaves alone files under an excluded glob and other languages', async () => {
    const excluded = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(workspaceRoot(), 'scratch/appunti.txt')));
    await vscode.window.showTextDocument(excluded);
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{"nota": "febbre e tosse"}' });
    await vscode.window.showTextDocument(json);
    await sleep(500);
    assert.equal((await testState(excluded.uri)).tracked, false);
    assert.equal((await testState(json.uri)).tracked, false);
  });

  it('declares its settings, views, colours and an activation that is lazy', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.ok(pkg.activationEvents.includes('onLanguage:plaintext') && pkg.activationEvents.includes('onLanguage:markdown'));
    assert.ok(!pkg.activationEvents.includes('*') && !pkg.activationEvents.includes('onStartupFinished'));
    const settings = Object.keys(pkg.contributes.configuration.properties);
    for (const key of ['modelPath', 'sources', 'minScore', 'languages', 'include', 'exclude', 'debounceMs', 'goldFile', 'annotator']) {
      assert.ok(settings.includes(`clinicalNer.${key}`), key);
    }
    assert.equal(pkg.contributes.configuration.properties['clinicalNer.debounceMs'].default, 400);
    assert.equal(pkg.contributes.views.clinicalNer[0].id, 'clinicalNer.entities');
    const colors: { id: string; defaults: Record<string, string> }[] = pkg.contributes.colors;
    assert.ok(colors.some((c) => c.id === 'clinicalNer.problemBackground' && c.defaults.dark && c.defaults.light && c.defaults.highContrast));
    const hidden = pkg.contributes.menus.commandPalette.find((m: { command: string }) => m.command === 'clinicalNer._testState');
    assert.equal(hidden?.when, 'false');
  });
});
