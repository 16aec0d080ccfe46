import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { drawn, entity, EXTENSION_ID, goldDoc, openAnnotated, select, testState, writeNote, type TestState } from './testSupport';

const TEXT = 'Ricovero per febbre e tosse. Nega dispnea.\nEmocromo nella norma, creatinina lievemente aumentata.\nTerapia con amoxicillina e paracetamolo.\n';
const ID = 'notes/revisione.txt';

function group(state: TestState, label: string) {
  return state.tree.groups.find((g) => g.label === label);
}

function selected(editor: vscode.TextEditor): string {
  return editor.document.getText(editor.selection);
}

describe('review commands', () => {
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;
  const run = (command: string, ...args: unknown[]) => vscode.commands.executeCommand(command, ...args);
  const stateWhere = (check: (s: TestState) => boolean, what?: string) => drawn(document, check, what);

  before(async () => {
    const opened = await openAnnotated(writeNote(ID, TEXT));
    editor = opened.editor;
    document = editor.document;
    assert.equal(opened.state.entities.length, 7);
  });

  it('goes to the next and previous suggestion', async () => {
    select(editor, 0);
    await run('clinicalNer.nextSuggestion');
    assert.equal(selected(editor), 'febbre');
    await run('clinicalNer.nextSuggestion');
    assert.equal(selected(editor), 'tosse');
    await run('clinicalNer.previousSuggestion');
    assert.equal(selected(editor), 'febbre');
    await run('clinicalNer.previousSuggestion');
    assert.equal(selected(editor), 'paracetamolo', 'wraps around');
  });

  it('accepts the entity at the cursor into gold and updates tree and status bar', async () => {
    select(editor, TEXT.indexOf('febbre') + 2);
    await run('clinicalNer.accept');
    const state = await stateWhere((s) => entity(s, 'febbre').state === 'accepted');
    assert.equal(entity(state, 'febbre').origin, 'gold');
    const problems = group(state, 'PROBLEM')!;
    assert.deepEqual([problems.total, problems.reviewed], [3, 1]);
    assert.deepEqual(problems.items.map((i) => ({ ...i, score: i.score?.toFixed(2) })), [
      { text: 'febbre', line: 0, score: '0.98', state: 'accepted' },
      { text: 'tosse', line: 0, score: '0.98', state: 'suggested' },
      { text: 'dispnea', line: 0, score: '0.98', state: 'suggested' },
    ]);
    assert.match(state.statusBar.text, /1\/7 reviewed/);
    const gold = await goldDoc(ID);
    assert.ok(gold, 'the note is in the gold file');
    assert.equal(gold.text, TEXT);
    assert.deepEqual(gold.decisions.map((d) => [d.kind, d.text, d.label, d.annotator]), [['accepted', 'febbre', 'PROBLEM', 'dr.test']]);
  });

  it('accepts and advances to the next suggestion', async () => {
    select(editor, TEXT.indexOf('tosse'));
    await run('clinicalNer.acceptAndNext');
    await stateWhere((s) => entity(s, 'tosse').state === 'accepted');
    assert.equal(selected(editor), 'dispnea');
  });

  it('rejects and advances; a rejected suggestion disappears', async () => {
    await run('clinicalNer.rejectAndNext');
    const state = await stateWhere((s) => entity(s, 'dispnea').state === 'rejected');
    assert.equal(entity(state, 'dispnea').visible, false);
    assert.equal(group(state, 'PROBLEM')!.total, 2);
    assert.equal(selected(editor), 'Emocromo');
    assert.deepEqual((await goldDoc(ID))!.decisions.map((d) => d.kind), ['accepted', 'accepted', 'rejected']);
  });

  it('relabels with a label argument (the 1/2/3 review keys)', async () => {
    select(editor, TEXT.indexOf('creatinina') + 1);
    await run('clinicalNer.changeLabel', { label: 'PROBLEM' });
    const state = await stateWhere((s) => s.entities.some((e) => e.text === 'creatinina' && e.label === 'PROBLEM'));
    assert.equal(entity(state, 'creatinina', 'PROBLEM').state, 'accepted');
    const corrected = (await goldDoc(ID))!.decisions.at(-1)!;
    assert.deepEqual([corrected.kind, corrected.label, corrected.original?.label], ['corrected', 'PROBLEM', 'TEST']);
  });

  it('relabels the entity a hover link names', async () => {
    const e = entity(await testState(document.uri), 'creatinina', 'PROBLEM');
    await run('clinicalNer.changeLabel', { uri: document.uri.toString(), start: e.start, end: e.end, label: e.label }, 'TEST');
    const state = await stateWhere((s) => s.entities.some((x) => x.text === 'creatinina' && x.label === 'TEST' && x.state === 'accepted'));
    assert.equal(state.entities.filter((x) => x.text === 'creatinina').length, 1);
  });

  it('adds an entity from the selection, trimming spaces and punctuation', async () => {
    const start = TEXT.indexOf('lievemente aumentata');
    select(editor, start - 1, start + 'lievemente aumentata.'.length);
    await run('clinicalNer.addEntity', { label: 'PROBLEM' });
    const state = await stateWhere((s) => s.entities.some((e) => e.text === 'lievemente aumentata'));
    const added = entity(state, 'lievemente aumentata');
    assert.deepEqual([added.label, added.state, added.origin, added.source], ['PROBLEM', 'accepted', 'gold', ['manual']]);
  });

  it('removes an entity, and undo brings it back', async () => {
    select(editor, TEXT.indexOf('lievemente') + 3);
    await run('clinicalNer.removeEntity');
    await stateWhere((s) => !s.entities.some((e) => e.text === 'lievemente aumentata'), 'the added entity removed');
    assert.equal(await run('clinicalNer.undo'), 'reject "lievemente aumentata"');
    await stateWhere((s) => s.entities.some((e) => e.text === 'lievemente aumentata' && e.state === 'accepted'), 'the entity back');
    const kinds = (await goldDoc(ID))!.decisions.map((d) => d.kind);
    assert.equal(kinds.filter((k) => k === 'rejected').length, 1, 'the undone decision left the gold file');
  });

  it('accepts every suggestion of a label as one action, undone at once', async () => {
    assert.equal(await run('clinicalNer.acceptAllOfLabel', { label: 'TREATMENT' }), 2);
    const state = await stateWhere((s) => group(s, 'TREATMENT')?.reviewed === 2);
    assert.deepEqual(group(state, 'TREATMENT')!.items.map((i) => i.state), ['accepted', 'accepted']);
    await run('clinicalNer.undo');
    await stateWhere((s) => group(s, 'TREATMENT')?.reviewed === 0, 'the bulk accept undone');
  });

  it('accepts every suggestion above a score', async () => {
    assert.equal(await run('clinicalNer.acceptAllAboveScore', { minScore: 0.99 }), 0);
    assert.equal(await run('clinicalNer.acceptAllAboveScore', { minScore: 0.9 }), 3);
    const state = await stateWhere((s) => s.entities.filter((e) => e.visible).every((e) => e.state === 'accepted'));
    assert.match(state.statusBar.text, /7\/7 reviewed/);
    await run('clinicalNer.undo');
    await stateWhere((s) => s.entities.filter((e) => e.state === 'suggested').length === 3, 'undone');
  });

  it('rejects every remaining suggestion', async () => {
    assert.equal(await run('clinicalNer.rejectAllRemaining'), 3);
    const state = await stateWhere((s) => s.entities.filter((e) => e.state === 'rejected').length === 4);
    assert.deepEqual(state.tree.groups.map((g) => [g.label, g.total, g.reviewed]), [['PROBLEM', 3, 3], ['TEST', 1, 1]]);
    await run('clinicalNer.undo');
    await stateWhere((s) => s.entities.filter((e) => e.state === 'suggested').length === 3, 'undone');
  });

  it('filters the tree to unreviewed entities and back', async () => {
    await run('clinicalNer.showUnreviewedOnly');
    let state = await stateWhere((s) => s.tree.filter === 'unreviewed');
    assert.deepEqual(state.tree.groups.flatMap((g) => g.items.map((i) => i.text)), ['Emocromo', 'amoxicillina', 'paracetamolo']);
    await run('clinicalNer.showAllEntities');
    state = await stateWhere((s) => s.tree.filter === 'all');
    assert.equal(state.tree.groups.flatMap((g) => g.items).length, 7);
  });

  it('reveals and selects an entity clicked in the tree', async () => {
    select(editor, 0);
    const e = entity(await testState(document.uri), 'amoxicillina');
    await run('clinicalNer.revealEntity', { uri: document.uri.toString(), start: e.start, end: e.end, label: e.label });
    assert.equal(selected(editor), 'amoxicillina');
  });

  it('toggles review mode, shown in the status bar', async () => {
    assert.equal(await run('clinicalNer.toggleReviewMode'), true);
    let state = await stateWhere((s) => s.reviewMode);
    assert.match(state.statusBar.text, /REVIEW/);
    await run('clinicalNer.exitReviewMode');
    state = await stateWhere((s) => !s.reviewMode);
    assert.doesNotMatch(state.statusBar.text, /REVIEW/);
  });

  it('declares the review keybindings in package.json', () => {
    const keybindings: { command: string; key: string; mac?: string; when?: string; args?: { label: string } }[] =
      vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.keybindings;
    const has = (key: string, command: string, when: RegExp, label?: string) =>
      assert.ok(keybindings.some((k) => k.key === key && k.command === command && when.test(k.when ?? '') && (!label || k.args?.label === label)), `${key} → ${command}`);
    const review = /clinicalNer\.reviewMode/;
    has('ctrl+alt+r', 'clinicalNer.toggleReviewMode', /editorTextFocus/);
    assert.equal(keybindings.find((k) => k.key === 'ctrl+alt+r')!.mac, 'cmd+alt+r');
    has('a', 'clinicalNer.acceptAndNext', review);
    has('x', 'clinicalNer.rejectAndNext', review);
    has('l', 'clinicalNer.changeLabel', review);
    has('1', 'clinicalNer.changeLabel', review, 'PROBLEM');
    has('2', 'clinicalNer.changeLabel', review, 'TEST');
    has('3', 'clinicalNer.changeLabel', review, 'TREATMENT');
    for (const key of ['n', 'j']) has(key, 'clinicalNer.nextSuggestion', review);
    for (const key of ['p', 'k']) has(key, 'clinicalNer.previousSuggestion', review);
    has('s', 'clinicalNer.setAssertion', review);
    has('e', 'clinicalNer.addEntity', review);
    has('d', 'clinicalNer.removeEntity', review);
    has('u', 'clinicalNer.undo', review);
    has('escape', 'clinicalNer.exitReviewMode', review);
    const entities = /clinicalNer\.hasEntities/;
    has('alt+]', 'clinicalNer.nextSuggestion', entities);
    has('alt+[', 'clinicalNer.previousSuggestion', entities);
    has('ctrl+alt+enter', 'clinicalNer.acceptAndNext', entities);
    has('ctrl+alt+backspace', 'clinicalNer.rejectAndNext', entities);
    has('ctrl+alt+l', 'clinicalNer.changeLabel', entities);
    has('ctrl+alt+m', 'clinicalNer.addEntity', /editorHasSelection/);
    has('ctrl+alt+n', 'clinicalNer.annotateNow', /editorTextFocus/);
    has('ctrl+alt+z', 'clinicalNer.undo', /editorTextFocus/);
    // AltGr is Ctrl+Alt on Windows: none of the Italian AltGr characters' keys may be bound with ctrl+alt
    for (const k of keybindings) assert.doesNotMatch(k.key, /^ctrl\+alt\+(e|è|ò|à|\+|\[|\]|@|#)$/, k.key);
    const menus = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['view/item/context'] as { command: string; group: string; when: string }[];
    assert.ok(menus.some((m) => m.command === 'clinicalNer.accept' && m.group.startsWith('inline') && /viewItem/.test(m.when)));
    assert.ok(menus.some((m) => m.command === 'clinicalNer.reject' && m.group.startsWith('inline')));
  });

  it('exports the gold data in a chosen format', async () => {
    const target = path.join(os.tmpdir(), `clinical-ner-export-${process.pid}.jsonl`);
    const result = (await run('clinicalNer.exportGold', { format: 'spacy', target })) as { exported: number };
    assert.ok(result.exported >= 4);
    const lines = fs.readFileSync(target, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const mine = lines.find((l) => l.text === TEXT);
    assert.ok(mine, 'the reviewed note is exported');
    assert.ok(mine.spans.some((s: { start: number; label: string }) => s.start === TEXT.indexOf('febbre') && s.label === 'PROBLEM'));
    const brat = path.join(os.tmpdir(), `clinical-ner-brat-${process.pid}`);
    await run('clinicalNer.exportGold', { format: 'brat', target: brat });
    assert.ok(fs.existsSync(path.join(brat, 'notes/revisione.txt.ann')));
  });
});
