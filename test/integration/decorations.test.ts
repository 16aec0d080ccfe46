import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { drawn, entity, hoverText, openAnnotated, testState, writeNote } from './testSupport';

const TEXT = 'Visita di controllo.\nPaziente con febbre e tosse. Nega dispnea.\nSospetta polmonite, richiesto emocromo.\nTerapia: paracetamolo.\n';

describe('decorations and hovers', () => {
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  before(async () => {
    uri = writeNote('notes/decorazioni.txt', TEXT);
    document = (await openAnnotated(uri)).editor.document;
  });

  it('decorates every entity with its exact range, label and state', async () => {
    const state = await testState(uri);
    assert.deepEqual(state.entities.map((e) => [e.text, e.label, e.state]), [
      ['febbre', 'PROBLEM', 'suggested'],
      ['tosse', 'PROBLEM', 'suggested'],
      ['dispnea', 'PROBLEM', 'suggested'],
      ['polmonite', 'PROBLEM', 'suggested'],
      ['emocromo', 'TEST', 'suggested'],
      ['paracetamolo', 'TREATMENT', 'suggested'],
    ]);
    for (const e of state.entities) {
      const start = TEXT.indexOf(e.text);
      const position = document.positionAt(start);
      assert.deepEqual(e.range.start, { line: position.line, character: position.character }, e.text);
      assert.equal(e.end - e.start, e.text.length);
      assert.equal(e.start, start);
    }
    assert.equal(state.render?.ranges, 6);
    assert.deepEqual(entity(state, 'febbre').range, { start: { line: 1, character: 13 }, end: { line: 1, character: 19 } });
  });

  it('carries the assertion the engine found (negated, uncertain, hypothetical)', async () => {
    const state = await testState(uri);
    assert.equal(entity(state, 'dispnea').assertion, 'negated');
    assert.equal(entity(state, 'polmonite').assertion, 'uncertain');
    assert.equal(entity(state, 'emocromo').assertion, 'hypothetical');
    assert.equal(entity(state, 'febbre').assertion, 'present');
  });

  it('says what a hypothetical status means in the hover', async () => {
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, document.positionAt(TEXT.indexOf('emocromo') + 2))) as vscode.Hover[];
    assert.match(hoverText(hovers), /assertion: hypothetical \(planned, future or conditional\)/);
  });

  it('shows label, score, sources, assertion, state and review links in the hover', async () => {
    const at = document.positionAt(TEXT.indexOf('dispnea') + 2);
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at)) as vscode.Hover[];
    const text = hoverText(hovers);
    assert.match(text, /\*\*PROBLEM\*\* · score 0\.98 · suggestion, not reviewed/);
    assert.match(text, /sources: model · assertion: negated \(stated absent\)/);
    assert.match(text, /\[\$\(check\) Accept\]\(command:clinicalNer\.accept\?/);
    assert.match(text, /\[\$\(close\) Reject\]\(command:clinicalNer\.reject\?/);
    assert.match(text, /\[\$\(tag\) Change label\]\(command:clinicalNer\.changeLabel\?/);
    const link = decodeURIComponent(/command:clinicalNer\.accept\?([^)]+)\)/.exec(text)![1]!);
    assert.deepEqual(JSON.parse(link), [{ uri: uri.toString(), start: TEXT.indexOf('dispnea'), end: TEXT.indexOf('dispnea') + 7, label: 'PROBLEM' }]);
  });

  it('gives no hover of its own away from entities', async () => {
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, document.positionAt(TEXT.indexOf('Visita') + 2))) as vscode.Hover[];
    assert.doesNotMatch(hoverText(hovers), /clinicalNer/);
  });

  it('offers accept, reject and change label as code actions at the cursor', async () => {
    const start = document.positionAt(TEXT.indexOf('emocromo') + 1);
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(start, start))) as vscode.CodeAction[];
    const titles = actions.map((a) => a.title);
    for (const t of ['Accept TEST "emocromo"', 'Reject TEST "emocromo"', 'Change label of "emocromo"…']) assert.ok(titles.includes(t), `${t} in ${titles}`);
  });

  it('hides suggestions scored below clinicalNer.minScore, and shows them again', async () => {
    const config = vscode.workspace.getConfiguration('clinicalNer');
    await config.update('minScore', 0.99, vscode.ConfigurationTarget.Workspace);
    try {
      const hidden = await drawn(document, (s) => s.render?.ranges === 0, 'no decorations');
      assert.ok(hidden.entities.every((e) => !e.visible));
      assert.equal(hidden.tree.groups.length, 0);
    } finally {
      await config.update('minScore', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await drawn(document, (s) => s.render?.ranges === 6, 'decorations back');
  });
});
