import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { drawn, entity, openAnnotated, screenshotFrame, select, sleep, writeNote } from './testSupport';

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

const LOOP_TEXT = [
  'Verbale di pronto soccorso',
  '',
  'Giunge per febbre e tosse da tre giorni. Nega dispnea.',
  'Eseguiti emocromo e radiografia del torace: sospetta polmonite.',
  'Pregressa ipertensione in terapia con ramipril.',
  'Si imposta terapia con amoxicillina; paracetamolo al bisogno.',
  '',
].join('\n');

// The review loop step by step, for the README: media/review-1-suggestions.png (suggestions as
// they arrive, review mode on), review-2-accepted.png (after a few keys), review-3-tree.png (the
// Entities view with the review state), evaluation-report.png (the evaluation webview).
describe('review loop screenshots', () => {
  it('takes a frame at each step of the review loop', async function () {
    if (!process.env.VSCODE_IT_SHOT_DIR) this.skip();
    this.timeout(180000);
    const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand(command, ...args);
    await run('workbench.action.closeAllEditors');
    await run('workbench.action.closePanel');
    const { editor } = await openAnnotated(writeNote('notes/pronto-soccorso.txt', LOOP_TEXT));
    const document = editor.document;
    await run('workbench.view.extension.clinicalNer');
    await vscode.window.showTextDocument(document, { preserveFocus: false });
    select(editor, 0);
    await run('clinicalNer.toggleReviewMode'); // starts on febbre, the first suggestion
    await sleep(300);
    await run('editor.action.showHover');
    await sleep(300);
    await screenshotFrame('review-1-suggestions');
    await run('editor.action.hideHover');

    await run('clinicalNer.acceptAndNext'); // febbre
    await run('clinicalNer.acceptAndNext'); // tosse
    await run('clinicalNer.rejectAndNext'); // dispnea (negated: not wanted here)
    await run('clinicalNer.acceptAndNext'); // emocromo
    await drawn(document, (s) => entity(s, 'emocromo').state === 'accepted' && entity(s, 'dispnea').state === 'rejected');
    await sleep(300);
    await screenshotFrame('review-2-accepted');

    await run('clinicalNer.acceptAndNext'); // radiografia del torace
    await run('clinicalNer.acceptAndNext'); // polmonite
    await run('clinicalNer.acceptAndNext'); // ipertensione
    await run('clinicalNer.acceptAndNext'); // ramipril
    await drawn(document, (s) => entity(s, 'ramipril').state === 'accepted');
    await run('clinicalNer.entities.focus');
    await sleep(500);
    await screenshotFrame('review-3-tree');
    // the same screen in a dark theme: labels told apart by letter and border, not by colour alone
    const workbench = vscode.workspace.getConfiguration('workbench');
    await workbench.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    await vscode.window.showTextDocument(document, { preserveFocus: false });
    await sleep(800);
    await screenshotFrame('review-dark');
    await workbench.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await run('clinicalNer.exitReviewMode');

    await run('clinicalNer.evaluateModel', { model: 'configured' });
    await sleep(500);
    await screenshotFrame('evaluation-report');
    await run('workbench.action.closeAllEditors');
  });
});
