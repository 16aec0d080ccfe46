import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isInShard } from '../../src/engine/batch/noteShard';
import { mergeSuggestionFiles } from '../../src/engine/batch/suggestionMerge';
import { closeAllEditors, openAnnotated, readGold, testState, workspaceRoot, writeNote } from './testSupport';

// Six notes; the fixture model finds exactly the terms of its list (see its MODEL_CARD.md).
const NOTES: Record<string, string> = {
  'r-01.txt': 'Paziente con febbre e tosse da tre giorni.\nSi prescrive paracetamolo.\n',
  'r-02.txt': 'Dolore addominale. Ecografia addominale nella norma.\n',
  'r-03.txt': 'Nota di ipertensione in terapia con ramipril.\nPressione arteriosa 140/90.\n',
  'r-04.txt': 'Diabete in terapia con metformina; emoglobina glicata 7,2%.\n',
  'r-05.txt': 'Cefalea persistente, assume aspirina al bisogno.\n',
  'sub/r-06.md': '# Visita\n\nAsma nota, eseguito ECG nella norma.\n',
};
const FOLDER = 'ricoveri';

interface Outcome {
  file: string;
  total: number;
  annotated: number;
  skipped: number;
  failed: { id: string }[];
  aborted: boolean;
  workers: number;
}

interface Line {
  id: string;
  textHash: string;
  length: number;
  entities: { start: number; end: number; label: string; text: string; score: number; source: string[] }[];
}

function readLines(file: string): Line[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Line);
}

const ids = Object.keys(NOTES).map((name) => `${FOLDER}/${name}`).sort();

describe('annotate folder', () => {
  let folder: string;
  let file: string;

  before(async () => {
    for (const [name, text] of Object.entries(NOTES)) writeNote(`${FOLDER}/${name}`, text);
    folder = path.join(workspaceRoot(), FOLDER);
    file = path.join(workspaceRoot(), '.clinical-ner/suggestions', `${FOLDER}.jsonl`);
  });

  after(closeAllEditors);

  it('is cancelled part-way, leaving the notes done so far in the suggestions file', async () => {
    const outcome = (await vscode.commands.executeCommand('clinicalNer.annotateFolder', { folder, workers: 1, cancelAfterForTesting: 2 })) as Outcome;
    assert.equal(outcome.file, file, 'the default file is .clinical-ner/suggestions/<folder name>.jsonl');
    assert.equal(outcome.aborted, true);
    assert.equal(outcome.total, 6);
    assert.equal(outcome.annotated, 2);
    assert.deepEqual(readLines(file).map((l) => l.id), ids.slice(0, 2));
  });

  it('resumes on the next run, skipping the notes already in the file, with the worker pool', async () => {
    const outcome = (await vscode.commands.executeCommand('clinicalNer.annotateFolder', { folder })) as Outcome;
    assert.equal(outcome.aborted, false);
    assert.equal(outcome.skipped, 2);
    assert.equal(outcome.annotated, 4);
    assert.deepEqual(outcome.failed, []);
    assert.ok(outcome.workers >= 1);
    const lines = readLines(file);
    assert.deepEqual(lines.map((l) => l.id), ids, 'every note once, in order');
  });

  it('writes each note\'s text hash and length with its suggestions, and nothing into gold', async () => {
    const lines = readLines(file);
    for (const line of lines) {
      const text = NOTES[line.id.slice(FOLDER.length + 1)]!;
      assert.equal(line.textHash, createHash('sha256').update(text, 'utf8').digest('hex'), line.id);
      assert.equal(line.length, text.length);
      for (const e of line.entities) assert.equal(text.slice(e.start, e.end), e.text);
    }
    const first = lines.find((l) => l.id === `${FOLDER}/r-01.txt`)!;
    assert.deepEqual(first.entities.map((e) => `${e.text}:${e.label}`), ['febbre:PROBLEM', 'tosse:PROBLEM', 'paracetamolo:TREATMENT']);
    const gold = await readGold();
    assert.ok(gold.docs.every((d) => !d.id.startsWith(`${FOLDER}/`)), 'suggestions never enter gold');
  });

  it('shows the stored suggestions as soon as a note of the folder is opened', async () => {
    const stored = readLines(file).find((l) => l.id === `${FOLDER}/r-03.txt`)!;
    const { state } = await openAnnotated(vscode.Uri.file(path.join(folder, 'r-03.txt')));
    assert.equal(state.lastRun?.storedIn, file, 'from the suggestions file, not from the engine');
    assert.deepEqual(state.entities.map((e) => [e.start, e.end, e.label, e.state]), stored.entities.map((e) => [e.start, e.end, e.label, 'suggested']));
    assert.ok(state.entities.length >= 3);
  });

  it('annotates a note again when its text changed since the folder was annotated', async () => {
    const changed = NOTES['r-05.txt']!.replace('Cefalea persistente', 'Febbre e cefalea persistente');
    const uri = writeNote(`${FOLDER}/r-05.txt`, changed);
    const { state } = await openAnnotated(uri);
    assert.equal(state.lastRun?.storedIn, undefined, 'the engine ran');
    assert.ok(state.lastRun!.annotatedSentences > 0);
    assert.deepEqual(state.entities.map((e) => e.text), ['Febbre', 'cefalea', 'aspirina']);
  });

  it('refuses to write suggestions into the gold file', async () => {
    const goldFile = (await testState()).goldFile;
    const before = fs.existsSync(goldFile) ? fs.readFileSync(goldFile, 'utf8') : undefined;
    const outcome = await vscode.commands.executeCommand('clinicalNer.annotateFolder', { folder, out: goldFile });
    assert.equal(outcome, undefined);
    assert.equal(fs.existsSync(goldFile) ? fs.readFileSync(goldFile, 'utf8') : undefined, before);
  });

  it('shows the suggestions of a sharded run joined by merge-suggestions, as those of one run', async () => {
    // the folder's file cut as `annotate --shard K/3` cuts a run, then joined as merge-suggestions does
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const shards = [0, 1, 2].map((k) => path.join(workspaceRoot(), `shard-${k}-of-3.jsonl`));
    shards.forEach((shard, k) => fs.writeFileSync(shard, lines.filter((l) => isInShard((JSON.parse(l) as Line).id, { index: k, count: 3 })).map((l) => l + '\n').join('')));
    const joined = path.join(workspaceRoot(), '.clinical-ner/suggestions', 'archive.jsonl');
    try {
      mergeSuggestionFiles(shards, joined);
      fs.rmSync(file);
      const stored = readLines(joined).find((l) => l.id === `${FOLDER}/r-01.txt`)!;
      const { state } = await openAnnotated(vscode.Uri.file(path.join(folder, 'r-01.txt')));
      assert.equal(state.lastRun?.storedIn, joined, 'from the joined file, not from the engine');
      assert.deepEqual(state.entities.map((e) => [e.start, e.end, e.label]), stored.entities.map((e) => [e.start, e.end, e.label]));
    } finally {
      shards.forEach((shard) => fs.rmSync(shard, { force: true }));
    }
  });
});
