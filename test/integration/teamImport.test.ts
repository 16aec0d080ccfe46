import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, entity, goldDoc, openAnnotated, workspaceRoot, writeNote } from './testSupport';

const TEXT = 'Febbre e tosse da tre giorni.\nEmocromo nella norma; si prescrive paracetamolo.\n';
const ID = 'notes/importata.txt';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

interface ImportReport {
  imported: number;
  annotators: string[];
  problems: { reason: string; kept: boolean }[];
  documentsLeftOut: { docId: string; reason: string }[];
}

function writeImport(name: string, content: string): string {
  const file = path.join(workspaceRoot(), 'imports', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('Import Annotations…', () => {
  before(() => {
    writeNote(ID, TEXT);
  });
  after(closeAllEditors);

  it("imports a doccano file as the reviewer's decisions, mapping a label of its own, and the note opens reviewed", async () => {
    const file = writeImport('doccano.jsonl', JSON.stringify({ id: ID, text: TEXT, label: [[...Object.values(at('Emocromo')), 'ESAME'], [...Object.values(at('paracetamolo')), 'FARMACO']] }) + '\n');
    const report = (await vscode.commands.executeCommand('clinicalNer.importAnnotations', { format: 'doccano', path: file, map: 'ESAME=TEST,FARMACO=TREATMENT' })) as ImportReport;
    assert.deepEqual([report.imported, report.annotators, report.problems], [2, ['dr.test'], []]);
    const { state } = await openAnnotated(vscode.Uri.file(path.join(workspaceRoot(), ID)));
    assert.deepEqual([entity(state, 'Emocromo').state, entity(state, 'Emocromo').label], ['accepted', 'TEST']);
    assert.equal(entity(state, 'paracetamolo').state, 'accepted');
    assert.equal(entity(state, 'Febbre').state, 'suggested', 'what the file did not annotate is still to review');
  });

  it("keeps a colleague's Label Studio annotations theirs: in the gold file, not in the reviewer's gold", async () => {
    const tasks = [{ data: { text: TEXT, doc_id: ID }, annotations: [{ completed_by: { email: 'bianchi@asl.it' }, result: [{ id: 'r1', type: 'labels', value: { ...at('Febbre'), text: 'Febbre', labels: ['PROBLEM'] } }] }] }];
    const report = (await vscode.commands.executeCommand('clinicalNer.importAnnotations', { format: 'label-studio', path: writeImport('ls.json', JSON.stringify(tasks)) })) as ImportReport;
    assert.deepEqual([report.imported, report.annotators], [1, ['bianchi@asl.it']]);
    const doc = await goldDoc(ID);
    assert.deepEqual(doc!.decisions.map((d) => [d.annotator, d.text]), [['dr.test', 'Emocromo'], ['dr.test', 'paracetamolo'], ['bianchi@asl.it', 'Febbre']]);
    const { state } = await openAnnotated(vscode.Uri.file(path.join(workspaceRoot(), ID)));
    assert.equal(entity(state, 'Febbre').state, 'suggested');
  });

  it('reports what it cannot import, and leaves the gold file as it was', async () => {
    const before = await goldDoc(ID);
    const edited = TEXT.replace('Febbre', 'Febbricola');
    const file = writeImport('changed.jsonl', JSON.stringify({ id: ID, text: edited, label: [[0, 10, 'PROBLEM']] }) + '\n');
    const report = (await vscode.commands.executeCommand('clinicalNer.importAnnotations', { format: 'doccano', path: file, ask: false })) as ImportReport;
    assert.deepEqual(report.documentsLeftOut, [{ docId: ID, reason: 'the gold file has this note with another text; its offsets would not fit' }]);
    assert.deepEqual(await goldDoc(ID), before);
  });
});
