import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, drawn, entity, goldDoc, openAnnotated, readGold, select, testState, waitFor, writeNote } from './testSupport';

const TEXT = 'Dolore addominale da ieri, febbre serale.\nEcografia addominale negativa. Si prescrive paracetamolo.\n';
const ID = 'notes/persistenza.txt';

describe('gold file', () => {
  let uri: vscode.Uri;

  before(async () => {
    uri = writeNote(ID, TEXT);
    const { editor } = await openAnnotated(uri);
    select(editor, TEXT.indexOf('febbre'));
    await vscode.commands.executeCommand('clinicalNer.accept');
    select(editor, TEXT.indexOf('paracetamolo'));
    await vscode.commands.executeCommand('clinicalNer.reject');
    await drawn(editor.document, (s) => entity(s, 'paracetamolo').state === 'rejected');
  });

  it('writes one line per note with its text and decisions, never a suggestion', async () => {
    const doc = await goldDoc(ID);
    assert.ok(doc);
    assert.equal(doc.text, TEXT);
    assert.match(doc.textHash, /^[0-9a-f]{64}$|^sha256:/);
    assert.deepEqual(doc.decisions.map((d) => [d.kind, d.text]), [['accepted', 'febbre'], ['rejected', 'paracetamolo']]);
    const other = await goldDoc('notes/dimissione.txt');
    assert.equal(other, undefined, 'a note only looked at has no gold line');
  });

  it('restores the review when the note is closed and opened again', async () => {
    await closeAllEditors();
    const { state } = await openAnnotated(uri);
    assert.equal(entity(state, 'febbre').state, 'accepted');
    assert.equal(entity(state, 'paracetamolo').state, 'rejected');
  });

  it('restores the review from the file itself (as after a window reload)', async () => {
    const config = vscode.workspace.getConfiguration('clinicalNer');
    const original = (await testState(uri)).goldFile;
    await config.update('goldFile', '.clinical-ner/other.jsonl', vscode.ConfigurationTarget.Workspace);
    await waitFor('the other gold file', async () => (await testState(uri)).goldFile.endsWith('other.jsonl'));
    const document = await vscode.workspace.openTextDocument(uri);
    await drawn(document, (s) => s.entities.every((e) => e.state === 'suggested'), 'no decisions in an empty gold file');
    await config.update('goldFile', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the gold file back', async () => (await testState(uri)).goldFile === original);
    const state = await drawn(document, (s) => s.entities.some((e) => e.text === 'febbre' && e.state === 'accepted'), 'decisions read back from disk');
    assert.equal(entity(state, 'paracetamolo').state, 'rejected');
  });

  it('merges a decision another writer (the same annotator in another window) adds to the file', async () => {
    const file = (await testState(uri)).goldFile;
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    const index = lines.findIndex((l) => JSON.parse(l).id === ID);
    const doc = JSON.parse(lines[index]!);
    const start = TEXT.indexOf('Dolore addominale');
    doc.decisions.push({ kind: 'accepted', start, end: start + 17, label: 'PROBLEM', text: 'Dolore addominale', annotator: 'dr.test', time: new Date().toISOString() });
    lines[index] = JSON.stringify(doc);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const state = await drawn(document, (s) => s.entities.some((e) => e.text === 'Dolore addominale' && e.state === 'accepted'), 'the external decision');
    assert.equal(entity(state, 'febbre').state, 'accepted');
  });

  it('reports a malformed line by number and keeps it through later writes', async () => {
    const file = (await testState(uri)).goldFile;
    const broken = '{"id": "notes/rotta.txt", "text": "Tosse", oops';
    const content = fs.readFileSync(file, 'utf8');
    const lineNumber = content.trimEnd().split('\n').length + 1;
    fs.writeFileSync(file, content + broken + '\n');
    const warned = await waitFor('a warning about the malformed line', async () => {
      const w = (await testState(uri)).lastGoldWarning;
      return w && w.includes(`line ${lineNumber}`) ? w : undefined;
    });
    assert.match(warned, /kept unchanged/);
    const { editor } = await openAnnotated(uri);
    select(editor, TEXT.indexOf('Ecografia') + 1);
    await vscode.commands.executeCommand('clinicalNer.accept');
    await drawn(editor.document, (s) => s.entities.some((e) => e.text === 'Ecografia' && e.state === 'accepted'));
    const { lines } = await readGold();
    assert.equal(lines[lineNumber - 1], broken, 'the malformed line is written back verbatim, in place');
    assert.ok((await goldDoc(ID))!.decisions.some((d) => d.text === 'Ecografia'));
  });

  it('refuses to write a read-only gold file, says so, and writes the decision once it is writable', async () => {
    const noteId = 'notes/sola-lettura.txt';
    const note = 'Riferisce dispnea e febbre da due giorni.\n';
    const noteUri = writeNote(noteId, note);
    const file = (await testState(uri)).goldFile;
    const before = fs.readFileSync(file, 'utf8');
    const { editor } = await openAnnotated(noteUri);
    fs.chmodSync(file, 0o444);
    try {
      select(editor, note.indexOf('dispnea') + 1);
      await vscode.commands.executeCommand('clinicalNer.accept');
      const warned = await waitFor('a warning about the read-only gold file', async () => {
        const w = (await testState(noteUri)).lastGoldWarning;
        return w && w.includes('read-only') ? w : undefined;
      });
      assert.ok(warned.includes(`${file}: the file is read-only, so nothing was written`), warned);
      assert.equal(fs.readFileSync(file, 'utf8'), before);
      assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    } finally {
      fs.chmodSync(file, 0o644);
    }
    select(editor, note.indexOf('febbre') + 1);
    await vscode.commands.executeCommand('clinicalNer.accept');
    await waitFor('both decisions in the gold file', async () => {
      const accepted = (await goldDoc(noteId))?.decisions.map((d) => d.text) ?? [];
      return accepted.includes('dispnea') && accepted.includes('febbre') ? accepted : undefined;
    });
  });
});
