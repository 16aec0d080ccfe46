import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, drawn, entity, openAnnotated, readGold, select, testState, waitFor, workspaceRoot, writeNote } from './testSupport';

const TEXT = 'Ricovero per febbre e tosse.\nRiferita stanchezza. Terapia con paracetamolo.\n';
const ID = 'valutazione/v-01.txt';

interface Prf { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
interface EvaluateResult {
  evaluation: {
    labels: string[];
    strict: { micro: Prf; perLabel: Record<string, Prf> };
    overlap: { micro: Prf };
    confusion: { classes: string[]; counts: Record<string, Record<string, number>> };
    documents: { id: string }[];
  };
  run: { model: string; sources: string[]; goldFile: string };
}
interface PanelState { open: boolean; visible: boolean; title?: string; html: string; written?: string; model?: string }

const panel = (arg?: unknown) => vscode.commands.executeCommand('clinicalNer._evaluationPanelForTesting', arg) as Thenable<PanelState>;

// Gold of one note: febbre accepted (a hit), tosse relabelled as TEST (a miss and a false
// positive), paracetamolo rejected (a false positive), "stanchezza" added (a miss the model has no
// word for). The fixture model finds febbre, tosse, paracetamolo.
describe('evaluate model against gold', () => {
  const config = () => vscode.workspace.getConfiguration('clinicalNer');
  let result: EvaluateResult;

  before(async () => {
    await config().update('goldFile', '.clinical-ner/evaluation-gold.jsonl', vscode.ConfigurationTarget.Workspace);
    await waitFor('the evaluation gold file', async () => (await testState()).goldFile.endsWith('evaluation-gold.jsonl'));
    const { editor } = await openAnnotated(writeNote(ID, TEXT));
    const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand(command, ...args);
    select(editor, TEXT.indexOf('febbre') + 1);
    await run('clinicalNer.accept');
    select(editor, TEXT.indexOf('tosse') + 1);
    await run('clinicalNer.changeLabel', { label: 'TEST' });
    select(editor, TEXT.indexOf('paracetamolo') + 1);
    await run('clinicalNer.reject');
    select(editor, TEXT.indexOf('stanchezza'), TEXT.indexOf('stanchezza') + 'stanchezza'.length);
    await run('clinicalNer.addEntity', { label: 'PROBLEM' });
    await drawn(editor.document, (s) => entity(s, 'stanchezza').state === 'accepted' && entity(s, 'paracetamolo').state === 'rejected');
    assert.equal((await readGold()).docs.length, 1);
    result = (await run('clinicalNer.evaluateModel', { model: 'configured' })) as EvaluateResult;
  });

  after(async () => {
    await closeAllEditors();
    await config().update('goldFile', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('scores the configured model on every gold note, strict and overlap, per label and micro', () => {
    assert.ok(result, 'the command returns the evaluation');
    assert.equal(result.run.model, 'seed-format-model');
    assert.deepEqual(result.evaluation.documents.map((d) => d.id), [ID]);
    const { micro, perLabel } = result.evaluation.strict;
    assert.deepEqual([micro.tp, micro.fp, micro.fn], [1, 2, 2]);
    assert.deepEqual([perLabel.PROBLEM!.tp, perLabel.PROBLEM!.fp, perLabel.PROBLEM!.fn], [1, 1, 1]);
    assert.deepEqual([perLabel.TEST!.tp, perLabel.TEST!.fp, perLabel.TEST!.fn], [0, 0, 1]);
    assert.deepEqual([perLabel.TREATMENT!.tp, perLabel.TREATMENT!.fp, perLabel.TREATMENT!.fn], [0, 1, 0]);
    const { counts } = result.evaluation.confusion;
    assert.equal(counts.TEST!.PROBLEM, 1, 'tosse: gold TEST, predicted PROBLEM');
    assert.equal(counts.PROBLEM!.O, 1, 'stanchezza: missed');
    assert.equal(counts.O!.TREATMENT, 1, 'paracetamolo: a false positive');
  });

  it('shows the report in a webview: chart, tables, strict CSP with a nonce', async () => {
    const state = await panel();
    assert.equal(state.open, true);
    assert.match(state.title ?? '', /Evaluation: seed-format-model/);
    const html = state.html;
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce, 'a nonce in the CSP');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.ok(html.includes(`<script nonce="${nonce}">`) && html.includes(`<style nonce="${nonce}">`));
    assert.ok(!/<script(?![^>]*nonce)/.test(html) && !/\son\w+="/.test(html) && !/src="https?:/.test(html), 'no other script, handler or remote resource');
    assert.match(html, /<svg class="chart"/);
    assert.equal((html.match(/<rect class="bar series-/g) ?? []).length, 4 * 4 + 4, 'four bars for each label and micro, and the legend');
    assert.match(html, /var\(--vscode-charts-blue\)/);
    assert.ok(html.includes(`data-id="${ID}"`), 'the worst documents link to their note');
    assert.match(html, /id="strict-micro-f1">33\.3</);
  });

  it('saves the report as Markdown and as JSON', async () => {
    const dir = path.join(workspaceRoot(), 'reports');
    fs.mkdirSync(dir, { recursive: true });
    const md = (await panel({ message: { type: 'save', format: 'markdown' }, target: path.join(dir, 'evaluation.md') })).written!;
    const markdown = fs.readFileSync(md, 'utf8');
    assert.match(markdown, /### Scores/);
    assert.match(markdown, /\| micro \| 33\.3 \| 33\.3 \| 33\.3 \|/);
    assert.match(markdown, new RegExp(`\\| ${ID.replace('/', '\\/')} \\|`));
    const json = (await panel({ message: { type: 'save', format: 'json' }, target: path.join(dir, 'evaluation.json') })).written!;
    const parsed = JSON.parse(fs.readFileSync(json, 'utf8'));
    assert.equal(parsed.strict.micro.tp, 1);
    assert.deepEqual(parsed.worstDocuments.map((d: { id: string }) => d.id), [ID]);
  });

  it('opens a worst document clicked in the report', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('clinicalNer.evaluateModel', { model: 'configured' });
    await panel({ message: { type: 'open', id: ID } });
    await waitFor('the note in an editor', () => vscode.window.visibleTextEditors.some((e) => e.document.uri.fsPath.endsWith(path.join('valutazione', 'v-01.txt'))));
  });
});
