import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { drawn, entity, goldDoc, openAnnotated, select, sleep, testState, writeNote, type TestState } from './testSupport';

const TEXT = 'Ricovero per febbre e tosse. Nega dispnea.\nEmocromo nella norma, creatinina lievemente aumentata.\nTerapia con amoxicillina e paracetamolo.\n';
const ID = 'notes/schermata.txt';

describe('the review screen', () => {
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;
  const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand(command, ...args);
  const selected = () => document.getText(editor.selection);
  const stateWhere = (check: (s: TestState) => boolean, what?: string) => drawn(document, check, what);

  before(async () => {
    const opened = await openAnnotated(writeNote(ID, TEXT));
    editor = opened.editor;
    document = editor.document;
  });

  afterEach(async () => {
    if ((await testState(document.uri)).reviewMode) await run('clinicalNer.exitReviewMode');
  });

  it('starts review mode on the first unreviewed suggestion', async () => {
    select(editor, TEXT.indexOf('febbre') + 1);
    await run('clinicalNer.accept');
    await stateWhere((s) => entity(s, 'febbre').state === 'accepted');
    select(editor, TEXT.indexOf('Terapia'));
    await run('clinicalNer.toggleReviewMode');
    assert.equal(selected(), 'tosse', 'febbre is reviewed already; tosse is the first left');
  });

  it('starts review mode on the entity at the cursor when it still needs review', async () => {
    select(editor, TEXT.indexOf('creatinina') + 3);
    await run('clinicalNer.toggleReviewMode');
    assert.equal(selected(), 'creatinina');
  });

  it('moves to the next suggestion, deciding nothing, when a or x is pressed away from any entity', async () => {
    const before = await testState(document.uri);
    const decisions = (await goldDoc(ID))!.decisions.length;
    select(editor, TEXT.indexOf('Nega'));
    await run('clinicalNer.acceptAndNext');
    assert.equal(selected(), 'dispnea');
    select(editor, TEXT.indexOf('nella norma'));
    await run('clinicalNer.rejectAndNext');
    assert.equal(selected(), 'creatinina');
    await sleep(200);
    const after = await testState(document.uri);
    assert.equal(after.undoSize, before.undoSize, 'no undo entry');
    assert.deepEqual(after.entities.map((e) => e.state), before.entities.map((e) => e.state));
    assert.equal((await goldDoc(ID))!.decisions.length, decisions, 'no decision in the gold file');
  });

  it('records nothing when 2 is pressed on an entity that is TEST already, suggested or accepted', async () => {
    const undoSize = (await testState(document.uri)).undoSize;
    const decisions = (await goldDoc(ID))!.decisions.length;
    select(editor, TEXT.indexOf('Emocromo') + 2);
    await run('clinicalNer.changeLabel', { label: 'TEST' });
    await sleep(200);
    let state = await testState(document.uri);
    assert.equal(entity(state, 'Emocromo').state, 'suggested');
    assert.equal(state.undoSize, undoSize);
    await run('clinicalNer.accept');
    await stateWhere((s) => entity(s, 'Emocromo').state === 'accepted');
    await run('clinicalNer.changeLabel', { label: 'TEST' });
    await sleep(200);
    state = await testState(document.uri);
    assert.equal(state.undoSize, undoSize + 1, 'only the accept is on the undo stack');
    assert.equal((await goldDoc(ID))!.decisions.length, decisions + 1, 'only the accept is in the gold file');
  });

  it('wraps the notes it annotates, plain text and Markdown', () => {
    for (const languageId of ['plaintext', 'markdown']) {
      assert.equal(vscode.workspace.getConfiguration('editor', { uri: document.uri, languageId }).get('wordWrap'), 'on', languageId);
    }
  });

  it('draws every label with its letter, states with their border and assertions with a badge', async () => {
    const state = await testState(document.uri);
    const letters = Object.fromEntries(state.entities.filter((e) => e.visible).map((e) => [e.label, e.decoration?.letter]));
    assert.deepEqual(letters, { PROBLEM: 'P', TEST: 'T', TREATMENT: 'R' });
    assert.equal(entity(state, 'tosse').decoration?.border, '1px dashed', 'a suggestion');
    assert.equal(entity(state, 'febbre').decoration?.border, '1px solid', 'in gold');
    assert.equal(entity(state, 'dispnea').decoration?.badge, '¬', 'negated');
    assert.equal(entity(state, 'tosse').decoration?.badge, undefined, 'present: no badge');
  });
});
