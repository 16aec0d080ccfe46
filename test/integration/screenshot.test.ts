import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { drawn, entity, openAnnotated, select, sleep, writeNote } from './testSupport';

const TEXT = [
  'Lettera di dimissione',
  '',
  'Ricoverato per febbre e tosse. Nega dispnea.',
  'Emocromo e glicemia nella norma,',
  'creatinina lievemente aumentata.',
  'Radiografia del torace: sospetta polmonite.',
  'Madre con diabete. Pregressa ipertensione.',
  'Avviata terapia con amoxicillina.',
  'Alla dimissione si consiglia di proseguire paracetamolo.',
  '',
].join('\n');

// Sets up a note showing every look (suggested, accepted, stale, negated, uncertain, family,
// historical), the tree and a hover, then lets the runner take media/screenshot.png.
describe('screenshot', () => {
  it('shows decorations, a hover and the tree view', async function () {
    const dir = process.env.VSCODE_IT_SHOT_DIR;
    if (!dir) this.skip();
    const { editor } = await openAnnotated(writeNote('notes/screenshot.txt', TEXT));
    const document = editor.document;
    for (const words of ['febbre', 'tosse', 'Radiografia del torace', 'amoxicillina']) {
      select(editor, TEXT.indexOf(words) + 1);
      await vscode.commands.executeCommand('clinicalNer.accept');
    }
    select(editor, TEXT.indexOf('glicemia') + 1);
    await vscode.commands.executeCommand('clinicalNer.reject');
    await drawn(document, (s) => entity(s, 'amoxicillina').state === 'accepted');
    const creatinina = TEXT.indexOf('creatinina');
    select(editor, creatinina + 1);
    await vscode.commands.executeCommand('clinicalNer.accept');
    await editor.edit((b) => b.insert(document.positionAt(creatinina + 5), 'n'));
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.view.extension.clinicalNer');
    await vscode.window.showTextDocument(document, { preserveFocus: false });
    select(editor, document.getText().indexOf('paracetamolo') + 2);
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(300);
    fs.writeFileSync(path.join(dir!, 'ready'), '');
    for (let i = 0; i < 80 && !fs.existsSync(path.join(dir!, 'done')); i++) await sleep(250);
  });
});
