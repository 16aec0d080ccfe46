import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, drawn, entity, importColleague, goldDoc, hoverText, openAnnotated, select, testState, waitFor, writeNote, type TestState } from './testSupport';

const TEXT = 'Febbre e tosse da tre giorni.\nEmocromo nella norma; si prescrive paracetamolo.\n';
const ID = 'notes/doppia.txt';

interface AgreementReport {
  raters: { name: string; documents: number; done: number }[];
  pairs: { a: string; b: string; documents: number; strict: { micro: { f1: number } }; kappa: number | null; leftOut: { id: string; reason: string }[] }[];
}

describe('a second annotator in the same workspace', () => {
  let editor: vscode.TextEditor;
  before(async () => {
    const uri = writeNote(ID, TEXT);
    // dr.bianchi's annotations reach the gold file as their own decisions
    await importColleague('dr.bianchi', ID, TEXT, [['Febbre', 'PROBLEM'], ['tosse da tre giorni', 'PROBLEM'], ['paracetamolo', 'TREATMENT']]);
    ({ editor } = await openAnnotated(uri));
    select(editor, TEXT.indexOf('Febbre'));
    await vscode.commands.executeCommand('clinicalNer.accept');
    select(editor, TEXT.indexOf('tosse'));
    await vscode.commands.executeCommand('clinicalNer.accept');
    await drawn(editor.document, (s) => entity(s, 'tosse').state === 'accepted');
  });
  after(async () => {
    await vscode.commands.executeCommand('clinicalNer.hideOtherAnnotator');
    await closeAllEditors();
  });

  it("never overwrites the other's decisions: each annotator's gold stays their own", async () => {
    const doc = await goldDoc(ID);
    assert.deepEqual(doc!.decisions.map((d) => `${d.annotator}:${d.kind}:${d.text}`), [
      'dr.bianchi:added:Febbre',
      'dr.bianchi:added:tosse da tre giorni',
      'dr.bianchi:added:paracetamolo',
      'dr.test:accepted:Febbre',
      'dr.test:accepted:tosse',
    ]);
    const state = await testState(editor.document.uri);
    assert.equal(entity(state, 'paracetamolo').state, 'suggested', "dr.bianchi's span is not in dr.test's gold");
    assert.equal(state.entities.some((e) => e.text === 'tosse da tre giorni'), false);
  });

  it("shows the other annotator's spans beside one's own, in a style of their own, and hides them again", async () => {
    assert.equal(await vscode.commands.executeCommand('clinicalNer.showOtherAnnotator', 'dr.bianchi'), 'dr.bianchi');
    const state = await drawn(editor.document, (s) => s.overlays.length === 3, "dr.bianchi's spans");
    assert.deepEqual(state.overlays.map((o) => [o.text, o.overlay, o.owner, o.decoration?.letter]), [
      ['Febbre', 'other', 'dr.bianchi', 'p'],
      ['tosse da tre giorni', 'other', 'dr.bianchi', 'p'],
      ['paracetamolo', 'other', 'dr.bianchi', 'r'],
    ]);
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(TEXT.indexOf('giorni')))) as vscode.Hover[];
    assert.match(hoverText(hovers), /dr\.bianchi: \*\*PROBLEM\*\* "tosse da tre giorni"/);
    await vscode.commands.executeCommand('clinicalNer.hideOtherAnnotator');
    await drawn(editor.document, (s) => s.overlays.length === 0, 'no overlay');
  });

  it("sets an entity's status, which the decision records and the decorations show", async () => {
    select(editor, TEXT.indexOf('tosse'));
    await vscode.commands.executeCommand('clinicalNer.setAssertion', { assertion: 'uncertain' });
    const state = await drawn(editor.document, (s) => entity(s, 'tosse').assertion === 'uncertain');
    assert.equal(entity(state, 'tosse').decoration?.badge, '?');
    const latest = (await goldDoc(ID))!.decisions.filter((d) => d.text === 'tosse').pop()!;
    assert.deepEqual([latest.kind, latest.assertion, latest.annotator], ['accepted', 'uncertain', 'dr.test']);
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(TEXT.indexOf('tosse') + 1))) as vscode.Hover[];
    assert.match(hoverText(hovers), /assertion: uncertain/);
    assert.match(hoverText(hovers), /command:clinicalNer\.setAssertion/);
  });

  it('marks the note done: the Notes view, the status bar and the gold file say so, and it can be reopened', async () => {
    assert.equal(await vscode.commands.executeCommand('clinicalNer.markNoteDone'), true);
    const doc = await goldDoc(ID);
    assert.deepEqual(doc!.done?.map((m) => m.annotator), ['dr.test']);
    const state: TestState = await waitFor('the done note in the views', async () => {
      const s = await testState(editor.document.uri);
      return s.done && /done/.test(s.statusBar.text) ? s : undefined;
    });
    const note = state.notes.notes.find((n) => n.id === ID)!;
    assert.deepEqual([note.status, note.reviewed, note.total], ['done', 2, 4]);
    assert.equal(await vscode.commands.executeCommand('clinicalNer.sortNotes', 'status'), 'status');
    const order = (await testState(editor.document.uri)).notes.notes.map((n) => ['inProgress', 'notStarted', 'done'].indexOf(n.status));
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'under way first, then not started, then done');
    assert.equal(await vscode.commands.executeCommand('clinicalNer.reopenNote'), false);
    assert.equal((await testState(editor.document.uri)).notes.notes.find((n) => n.id === ID)!.status, 'inProgress');
    assert.equal(await vscode.commands.executeCommand('clinicalNer.markNoteDone'), true);
  });

  it('computes the agreement of the two in the evaluation view, on all notes or only the done ones', async () => {
    const report = (await vscode.commands.executeCommand('clinicalNer.showAgreement')) as AgreementReport;
    const pair = report.pairs.find((p) => p.a === 'dr.bianchi' && p.b === 'dr.test')!;
    assert.equal(pair.documents >= 1, true);
    assert.ok(pair.strict.micro.f1 > 0 && pair.strict.micro.f1 < 1);
    const panel = (await vscode.commands.executeCommand('clinicalNer._evaluationPanelForTesting')) as { open: boolean; title: string; html: string };
    assert.deepEqual([panel.open, panel.title], [true, 'Inter-annotator agreement']);
    assert.match(panel.html, /Cohen&#39;s kappa|Cohen's kappa/);
    const doneOnly = (await vscode.commands.executeCommand('clinicalNer._evaluationPanelForTesting', { message: { type: 'doneOnly', value: true } })) as { html: string };
    assert.match(doneOnly.html, /not marked done by dr\.bianchi/);
  });
});
