import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { drawn, entity, goldDoc, openAnnotated, select, settled, testState, writeNote, type TestState } from './testSupport';

const TEXT = 'Paziente con febbre e tosse. Terapia con paracetamolo.\nControllo glicemia.\n';
const ID = 'notes/modifiche.txt';

function consistent(state: TestState, document: vscode.TextDocument): void {
  const text = document.getText();
  for (const e of state.entities) if (e.state !== 'stale') assert.equal(text.slice(e.start, e.end), e.text, `${e.text} at [${e.start}, ${e.end})`);
}

describe('edits', () => {
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;

  before(async () => {
    editor = (await openAnnotated(writeNote(ID, TEXT))).editor;
    document = editor.document;
    select(editor, TEXT.indexOf('tosse'));
    await vscode.commands.executeCommand('clinicalNer.accept');
    await drawn(document, (s) => entity(s, 'tosse').state === 'accepted');
  });

  it('moves every span at once when text is inserted before them, before re-annotation', async () => {
    const before = await testState(document.uri);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Anamnesi: '));
    const now = await testState(document.uri);
    assert.equal(now.version, document.version);
    assert.notEqual(now.annotatedVersion, document.version, 'the engine has not run on this version yet');
    assert.deepEqual(now.entities.map((e) => [e.text, e.start, e.state]), before.entities.map((e) => [e.text, e.start + 10, e.state]));
    consistent(now, document);
    const after = await settled(document);
    assert.deepEqual(after.entities.map((e) => [e.text, e.state]), before.entities.map((e) => [e.text, e.state]));
    assert.ok(after.lastRun!.annotatedSentences < after.lastRun!.sentences, `only the changed sentence ran (${after.lastRun!.annotatedSentences}/${after.lastRun!.sentences})`);
  });

  it('leaves spans before an edit alone', async () => {
    const before = await testState(document.uri);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, 'Rivalutazione tra una settimana.\n'));
    const now = await testState(document.uri);
    assert.deepEqual(now.entities.map((e) => [e.text, e.start, e.state]), before.entities.map((e) => [e.text, e.start, e.state]));
    await settled(document);
  });

  it('marks a gold span an edit touches stale, asks for review again, and keeps it in the gold file', async () => {
    const start = document.getText().indexOf('tosse');
    await editor.edit((b) => b.insert(document.positionAt(start + 3), 's'));
    const now = await testState(document.uri);
    const stale = now.entities.find((e) => e.origin === 'gold' && e.start === start);
    assert.ok(stale, JSON.stringify(now.entities));
    assert.deepEqual([stale.state, stale.text, stale.end - stale.start], ['stale', 'tossse', 6]);
    const state = await settled(document);
    assert.equal(state.entities.filter((e) => e.state === 'stale').length, 1, 'still stale after re-annotation');
    assert.ok(state.tree.groups.some((g) => g.items.some((i) => i.state === 'stale')));
    const gold = await goldDoc(ID);
    assert.equal(gold!.text, document.getText(), 'the gold file follows the text');
    const decision = gold!.decisions.find((d) => d.label === 'PROBLEM')!;
    assert.deepEqual([decision.start, decision.end, decision.text], [start, start + 6, 'tosse'], 'moved, not dropped, and stale in the file');
  });

  it('accepting a stale span confirms it on the new text', async () => {
    select(editor, document.getText().indexOf('tossse') + 1);
    await vscode.commands.executeCommand('clinicalNer.accept');
    const state = await drawn(document, (s) => s.entities.some((e) => e.text === 'tossse' && e.state === 'accepted'));
    assert.equal(state.entities.filter((e) => e.state === 'stale').length, 0);
  });

  it('applies a multi-cursor change batch in one go', async () => {
    const text = document.getText();
    const before = await testState(document.uri);
    const a = text.indexOf('Paziente');
    const b = text.indexOf('Terapia');
    await editor.edit((e) => {
      e.insert(document.positionAt(a), '[1] ');
      e.insert(document.positionAt(b), '[2] ');
    });
    const now = await testState(document.uri);
    for (const e of before.entities) {
      const shift = e.start >= b ? 8 : e.start >= a ? 4 : 0;
      assert.ok(now.entities.some((n) => n.text === e.text && n.start === e.start + shift), `${e.text} moved by ${shift}`);
    }
    consistent(now, document);
    await settled(document);
  });

  it('re-annotates after the pause in typing and keeps only the result for the current version', async () => {
    const end = document.lineAt(document.lineCount - 1).range.end;
    for (const ch of 'Comparsa di cefalea.') {
      await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, ch));
    }
    assert.ok(end.line >= 0);
    const state = await settled(document);
    assert.ok(state.entities.some((e) => e.text === 'cefalea' && e.state === 'suggested'), 'the new sentence is annotated');
    assert.equal(state.lastRun!.version, document.version);
    consistent(state, document);
  });

  it('undoing the edits in the editor moves the spans back', async () => {
    for (let i = 0; i < 40 && document.getText() !== TEXT; i++) await vscode.commands.executeCommand('undo');
    const state = await settled(document);
    consistent(state, document);
    assert.ok(state.entities.some((e) => e.text === 'febbre' && e.start === TEXT.indexOf('febbre')));
  });
});
