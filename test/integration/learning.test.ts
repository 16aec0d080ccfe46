import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, drawn, hoverText, openAnnotated, readGold, select, testState, waitFor, workspaceRoot, writeNote, type EntityState, type TestState } from './testSupport';

// The fixture model (sources: model) knows febbre, tosse, cefalea… but not bradicardia, which the
// reviewer teaches here. The other suites run with learning off; this one turns it on and back off.
const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand(command, ...args);
const config = () => vscode.workspace.getConfiguration('clinicalNer');

interface LearningState {
  enabled: boolean;
  terms: { term: string; label: string; positive: number; rejected: number }[];
  layer?: { model: string; notes: number; labels: string[] };
  fitting: boolean;
  state: { clearedAt?: string };
  folder: string;
}

async function learning(): Promise<{ learning: LearningState; statusBar: { text: string; tooltip: string } }> {
  const state = (await testState()) as TestState & { learning: LearningState; learningStatusBar: { text: string; tooltip: string } };
  return { learning: state.learning, statusBar: state.learningStatusBar };
}

const found = (state: TestState, text: string): (EntityState & { learnedFrom?: number }) | undefined => state.entities.find((e) => e.text === text);

/** Opens a note and waits until `check` holds for its entities (learning reaches the engine, then the note is annotated again). */
async function noteWhere(uri: vscode.Uri, check: (s: TestState) => boolean, what: string): Promise<{ editor: vscode.TextEditor; state: TestState }> {
  const { editor } = await openAnnotated(uri);
  const state = await drawn(editor.document, (s) => s.annotatedVersion === editor.document.version && !s.annotating && check(s), what);
  return { editor, state };
}

async function hoverAt(editor: vscode.TextEditor, words: string): Promise<string> {
  const at = editor.document.positionAt(editor.document.getText().indexOf(words) + 2);
  return hoverText((await run('vscode.executeHoverProvider', editor.document.uri, at)) as vscode.Hover[]);
}

/** Records a decision the way the reviewer does: the words selected, then the command. */
async function decide(editor: vscode.TextEditor, command: 'clinicalNer.addEntity' | 'clinicalNer.accept' | 'clinicalNer.reject', words: string, label = 'PROBLEM'): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  const start = editor.document.getText().indexOf(words);
  select(editor, start, start + words.length);
  await run(command, ...(command === 'clinicalNer.addEntity' ? [{ label }] : []));
  // a rejected suggestion is hidden, or gone once the term memory drops it
  const done = command === 'clinicalNer.reject' ? (s: TestState) => s.entities.every((e) => e.text !== words || e.state === 'rejected') : (s: TestState) => found(s, words)?.state === 'accepted';
  await drawn(editor.document, done, `${command} ${words}`);
}

describe('learning from the reviewer', () => {
  before(async () => {
    await config().update('learning.refitEvery', 0, vscode.ConfigurationTarget.Workspace);
    await config().update('learning.enabled', true, vscode.ConfigurationTarget.Workspace);
    await waitFor('learning on', async () => (await learning()).learning.enabled);
    // the suites before this one took decisions: start from nothing learned
    assert.equal(await run('clinicalNer.clearLearned', { confirmed: true }), true);
  });

  after(async () => {
    await closeAllEditors();
    await config().update('learning.enabled', false, vscode.ConfigurationTarget.Workspace);
    await config().update('learning.refitEvery', undefined, vscode.ConfigurationTarget.Workspace);
  });

  let teaching: vscode.TextEditor;
  const other = () => writeNote('learning/controllo.txt', 'Al controllo persiste bradicardia sinusale.\n');

  it('suggests a term the reviewer added in another note at once, with source learned, and the hover says why', async () => {
    teaching = (await openAnnotated(writeNote('learning/ingresso.txt', 'Da ieri bradicardia e febbre.\n'))).editor;
    await decide(teaching, 'clinicalNer.addEntity', 'bradicardia');
    const { editor, state } = await noteWhere(other(), (s) => found(s, 'bradicardia')?.source.includes('learned') === true, 'bradicardia learned in another note');
    const learned = found(state, 'bradicardia')!;
    assert.deepEqual([learned.label, learned.state, learned.source, learned.learnedFrom], ['PROBLEM', 'suggested', ['learned'], 1]);
    assert.match(await hoverAt(editor, 'bradicardia'), /learned from 1 decision\b/);
    const { learning: l, statusBar } = await learning();
    assert.deepEqual(l.terms, [{ term: 'bradicardia', label: 'PROBLEM', positive: 1, rejected: 0 }]);
    assert.match(statusBar.text, /1 term\b/);
    const stored = JSON.parse(fs.readFileSync(path.join(l.folder, 'terms.json'), 'utf8'));
    assert.equal(stored.format, 'clinical-ner-term-memory');
    assert.deepEqual(stored.terms.map((t: { term: string }) => t.term), ['bradicardia']);
  });

  it('takes the term back when the decision is undone', async () => {
    await run('clinicalNer.undo');
    await noteWhere(other(), (s) => found(s, 'bradicardia') === undefined, 'bradicardia no longer suggested');
    assert.deepEqual((await learning()).learning.terms, []);
  });

  it('no longer suggests a rejected term in that context, but still elsewhere', async () => {
    const rejecting = (await openAnnotated(writeNote('learning/accesso.txt', 'Ricovero per febbre e tosse.\n'))).editor;
    await decide(rejecting, 'clinicalNer.reject', 'febbre');
    await noteWhere(writeNote('learning/accesso-2.txt', 'Accesso per febbre e cefalea.\n'), (s) => found(s, 'cefalea') !== undefined && found(s, 'febbre') === undefined, 'febbre not suggested in the same context');
    const { state } = await noteWhere(writeNote('learning/anamnesi.txt', 'Nega febbre.\n'), (s) => found(s, 'febbre') !== undefined, 'febbre suggested elsewhere');
    assert.deepEqual(found(state, 'febbre')!.source, ['model']);
  });

  it('forgets everything learned when cleared, and keeps the gold file', async () => {
    const goldBefore = (await readGold()).lines;
    assert.equal(await run('clinicalNer.clearLearned', { confirmed: true }), true);
    const { learning: l, statusBar } = await learning();
    assert.deepEqual(l.terms, []);
    assert.ok(l.state.clearedAt, 'the time of the clear is kept');
    assert.equal(JSON.parse(fs.readFileSync(path.join(l.folder, 'terms.json'), 'utf8')).terms.length, 0);
    assert.match(statusBar.text, /nothing learned yet/);
    await noteWhere(writeNote('learning/accesso-2.txt', 'Accesso per febbre e cefalea.\n'), (s) => found(s, 'febbre') !== undefined, 'febbre suggested again');
    assert.deepEqual((await readGold()).lines, goldBefore);
  });

  it('"Next Note to Review" opens the unreviewed note whose suggestions are least certain', async () => {
    const folder = 'learning/da-rivedere';
    const notes: Record<string, { text: string; scores?: number[] }> = {
      'sicura.txt': { text: 'Febbre e tosse.\n', scores: [0.97, 0.96] },
      'incerta.txt': { text: 'Forse febbre, forse tosse.\n', scores: [0.55, 0.6] },
      'calcolata.txt': { text: 'Cefalea da due giorni.\n' },
      'rivista.txt': { text: 'Dubbia cefalea.\n', scores: [0.5] },
    };
    const lines: string[] = [];
    for (const [name, { text, scores }] of Object.entries(notes)) {
      writeNote(`${folder}/${name}`, text);
      if (!scores) continue;
      const words = text.match(/\p{L}+/gu)!.filter((w) => /febbre|tosse|cefalea/i.test(w));
      const entities = words.map((w, i) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, label: 'PROBLEM', text: w, score: scores[i], source: ['model'] }));
      lines.push(JSON.stringify({ id: `${folder}/${name}`, textHash: createHash('sha256').update(text, 'utf8').digest('hex'), length: text.length, entities }));
    }
    fs.mkdirSync(path.join(workspaceRoot(), '.clinical-ner/suggestions'), { recursive: true });
    fs.writeFileSync(path.join(workspaceRoot(), '.clinical-ner/suggestions/da-rivedere.jsonl'), lines.join('\n') + '\n');
    const reviewed = (await openAnnotated(vscode.Uri.file(path.join(workspaceRoot(), folder, 'rivista.txt')))).editor;
    await decide(reviewed, 'clinicalNer.accept', 'cefalea');
    await closeAllEditors();

    const outcome = (await run('clinicalNer.nextNoteToReview', { folder: path.join(workspaceRoot(), folder) })) as { id: string; uncertainty: number; compared: number; stored: number };
    assert.deepEqual({ ...outcome, uncertainty: outcome.uncertainty.toFixed(3) }, { id: `${folder}/incerta.txt`, uncertainty: '0.425', compared: 3, stored: 2, unreadable: 0 });
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, path.join(workspaceRoot(), folder, 'incerta.txt'));
  });

  it('"Adapt to My Review Now" fits the layer to the reviewed notes: "adapted on N notes", and its suggestions say so', async () => {
    const texts = ['Paziente con bradicardia e febbre.', 'Riferisce bradicardia sinusale, nega tosse.', 'Al controllo bradicardia e cefalea.', 'Nota bradicardia, riferita tosse.', 'Persiste bradicardia; febbre assente.'];
    for (const [i, text] of texts.entries()) {
      const { editor } = await openAnnotated(writeNote(`learning/adattamento/nota-${i + 1}.txt`, `${text}\n`));
      await decide(editor, 'clinicalNer.addEntity', 'bradicardia');
      for (const known of ['febbre', 'tosse', 'cefalea']) if (text.includes(known)) await decide(editor, 'clinicalNer.accept', known);
    }
    const outcome = (await run('clinicalNer.adaptNow')) as { kind: string; notes: number; labels: string[] };
    assert.equal(outcome.kind, 'adapted', JSON.stringify(outcome));
    assert.deepEqual(outcome.labels, ['PROBLEM']);
    const { learning: l, statusBar } = await learning();
    assert.equal(l.layer?.model, 'seed-format-model');
    assert.equal(l.layer?.notes, outcome.notes);
    assert.ok(outcome.notes >= texts.length, `${outcome.notes} notes`);
    assert.match(statusBar.text, new RegExp(`adapted on ${outcome.notes} notes`));
    assert.match(statusBar.tooltip, /PROBLEM: \d-fold check on \d+ notes, base strict [\d.]+ \/ overlap [\d.]+, adapted [\d.]+ \/ [\d.]+ → adapted/);
    const layerFile = JSON.parse(fs.readFileSync(path.join(l.folder, 'layer.json'), 'utf8'));
    assert.deepEqual([layerFile.format, layerFile.base.model], ['clinical-ner-fitted-layer', 'seed-format-model']);

    const { editor, state } = await noteWhere(writeNote('learning/nuova.txt', 'Da ieri bradicardia.\n'), (s) => found(s, 'bradicardia') !== undefined, 'bradicardia found by the layer');
    const byLayer = found(state, 'bradicardia')!;
    assert.ok(byLayer.source.includes('learned') && byLayer.learnedFrom === undefined, JSON.stringify(byLayer));
    assert.match(await hoverAt(editor, 'bradicardia'), new RegExp(`from the layer adapted on ${outcome.notes} notes`));
  });

  it('adapts again by itself after refitEvery decisions', async () => {
    const before = (await learning()).learning.layer!.notes;
    await config().update('learning.refitEvery', 2, vscode.ConfigurationTarget.Workspace);
    const { editor } = await openAnnotated(writeNote('learning/adattamento/nota-6.txt', 'Ancora bradicardia, febbre serale.\n'));
    await decide(editor, 'clinicalNer.addEntity', 'bradicardia');
    await decide(editor, 'clinicalNer.accept', 'febbre');
    const after = await waitFor('a fit after two decisions', async () => {
      const { learning: l } = await learning();
      return !l.fitting && l.layer && l.layer.notes > before ? l.layer.notes : undefined;
    }, 60000);
    assert.equal(after, before + 1);
    await config().update('learning.refitEvery', 0, vscode.ConfigurationTarget.Workspace);
  });

  it('turned off, suggestions come from the model alone', async () => {
    await config().update('learning.enabled', false, vscode.ConfigurationTarget.Workspace);
    await noteWhere(writeNote('learning/nuova.txt', 'Da ieri bradicardia.\n'), (s) => found(s, 'bradicardia') === undefined, 'no learned suggestion');
    const { learning: l, statusBar } = await learning();
    assert.equal(l.enabled, false);
    assert.equal(statusBar.text, '', 'the learning status bar item is hidden');
  });
});
