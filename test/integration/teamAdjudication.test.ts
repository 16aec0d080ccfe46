import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, drawn, entity, importColleague, openAnnotated, select, testState, waitFor, workspaceRoot, writeNote, type AdjudicationState } from './testSupport';

const TEXT = 'Febbre e tosse da tre giorni.\nEmocromo nella norma; si prescrive paracetamolo.\n';
const ID = 'notes/da-adjudicare.txt';
const said = (spans: { start: number; end: number }[] | undefined) => (spans ?? []).map((s) => TEXT.slice(s.start, s.end));

describe('adjudication of two annotators', () => {
  let file: string;
  before(async () => {
    file = path.join(workspaceRoot(), '.clinical-ner', 'adjudicated-squadra.jsonl');
    const uri = writeNote(ID, TEXT);
    await importColleague('dr.verdi', ID, TEXT, [['Febbre', 'PROBLEM'], ['tosse da tre giorni', 'PROBLEM'], ['paracetamolo', 'TREATMENT']]);
    const { editor } = await openAnnotated(uri);
    for (const words of ['Febbre', 'tosse', 'Emocromo']) {
      select(editor, TEXT.indexOf(words));
      await vscode.commands.executeCommand('clinicalNer.accept');
    }
    await drawn(editor.document, (s) => entity(s, 'Emocromo').state === 'accepted');
  });
  after(async () => {
    await vscode.commands.executeCommand('clinicalNer.stopAdjudication');
    await closeAllEditors();
  });

  const adjudicate = () => vscode.commands.executeCommand('clinicalNer.adjudicate', { a: 'dr.test', b: 'dr.verdi', file }) as Thenable<AdjudicationState>;

  it('writes what both agree on and shows the first disagreement, both versions drawn in their own style', async () => {
    const progress = await adjudicate();
    assert.deepEqual([progress.total, progress.resolved], [3, 0]);
    assert.deepEqual([said(progress.current?.a), said(progress.current?.b)], [['tosse'], ['tosse da tre giorni']]);
    const state = await waitFor('both versions drawn', async () => {
      const s = await testState();
      return s.overlays.length === 2 ? s : undefined;
    });
    assert.deepEqual(state.overlays.map((o) => [o.text, o.overlay, o.owner]), [['tosse', 'versionA', 'A: dr.test'], ['tosse da tre giorni', 'versionB', 'B: dr.verdi']]);
    assert.equal(state.overlays[0]!.decoration?.letter, 'A·P');
    assert.equal(state.overlays[1]!.decoration?.badge, 'B·P');
    const adjudicated = fs.readFileSync(file, 'utf8');
    assert.match(adjudicated, /"kind":"accepted","start":0,"end":6,"label":"PROBLEM","text":"Febbre","annotator":"dr\.test"/);
  });

  it('takes B, then resumes where it was after a stop', async () => {
    const next = (await vscode.commands.executeCommand('clinicalNer.adjudicationTakeB')) as AdjudicationState;
    assert.deepEqual([next.resolved, said(next.current?.a), said(next.current?.b)], [1, ['Emocromo'], []]);
    await vscode.commands.executeCommand('clinicalNer.stopAdjudication');
    assert.equal((await testState()).adjudication, undefined);
    const resumed = await adjudicate();
    assert.deepEqual([resumed.total, resumed.resolved, said(resumed.current?.a)], [3, 1, ['Emocromo']]);
  });

  it('settles the rest by a choice among both versions and by taking A, into a gold file of its own', async () => {
    const edited = (await vscode.commands.executeCommand('clinicalNer.adjudicationEdit', { keep: [0] })) as AdjudicationState;
    assert.deepEqual([edited.resolved, said(edited.current?.b)], [2, ['paracetamolo']]);
    const done = (await vscode.commands.executeCommand('clinicalNer.adjudicationTakeA')) as AdjudicationState;
    assert.deepEqual([done.resolved, done.current], [3, undefined]);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; decisions: { kind: string; text: string; annotator: string }[] });
    const doc = lines.find((l) => l.id === ID)!;
    assert.deepEqual(doc.decisions.map((d) => `${d.kind}:${d.text}`), [
      'accepted:Febbre',
      'rejected:tosse',
      'accepted:tosse da tre giorni',
      'accepted:Emocromo',
      'rejected:paracetamolo',
    ]);
    assert.ok(doc.decisions.every((d) => d.annotator === 'dr.test'), 'the adjudicator is the reviewer');
  });
});
