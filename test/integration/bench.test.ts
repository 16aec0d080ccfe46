// Runs only under VSCODE_IT_BENCH (scripts/bench-extension.js), in the extension host itself, so
// process.memoryUsage() is the host's (the engine's worker thread included). VSCODE_IT_BENCH_SCENARIO
// names the workspace the runner prepared and what is measured in it (see scripts/bench-extension.js).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { clinicalText } from '../../bench/benchNotes';
import { EXTENSION_ID, settled, sleep, testState, waitFor, writeNote } from './testSupport';

const scenario = process.env.VSCODE_IT_BENCH_SCENARIO ?? 'new-workspace';
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const only = (name: string) => (scenario === name ? it : it.skip);

function writeResult(result: object): void {
  const all = { scenario, ...result, node: process.versions.node, cpus: os.cpus().length };
  console.log('bench:', JSON.stringify(all));
  if (process.env.VSCODE_IT_BENCH_OUT) fs.writeFileSync(process.env.VSCODE_IT_BENCH_OUT, JSON.stringify(all, null, 2));
}

/** The 5,000-word note: the project's notes (npm run bench:extension compiles them), sentences the engine has not seen. */
function benchText(): string {
  return `${clinicalText(5000, vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath)}\n`;
}

/** Opens a file in an editor as a user would; `t0` when asked, `shownAt` when the workbench shows the editor. */
async function open(uri: vscode.Uri): Promise<{ t0: number; shownAt: number; editor: vscode.TextEditor }> {
  const t0 = Date.now();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return { t0, shownAt: Date.now(), editor };
}

/** What the first annotation of an opened note took, from the moment it was asked to open. */
async function firstDecorations(document: vscode.TextDocument, t0: number, shownAt: number) {
  const first = await settled(document, 300000);
  const drawnAt = first.firstDrawnAt!;
  const visible = drawnAt.visiblePart ?? drawnAt.document!;
  return {
    first,
    timings: {
      openToEditorShownMs: shownAt - t0,
      openToVisibleDecorationsMs: visible - t0,
      // how long the note is on screen without its suggestions
      editorShownToVisibleDecorationsMs: Math.max(0, visible - shownAt),
      openToAllDecorationsMs: drawnAt.document! - t0,
    },
  };
}

describe('benchmark', function () {
  this.timeout(600000);

  only('baseline')('measures the workbench alone: the same note opened as a file the extension does not annotate', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await sleep(1500);
    const uri = writeNote('notes/bench-5000.log', benchText());
    const { t0, shownAt, editor } = await open(uri);
    assert.ok(!['plaintext', 'markdown'].includes(editor.document.languageId), editor.document.languageId);
    assert.equal((await testState(uri)).engine.state, 'idle', 'the extension left the file alone');
    writeResult({ openToEditorShownMs: shownAt - t0 });
  });

  only('review-workspace')('measures opening a 5,000-word note in a workspace with review work', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // VS Code activated it when the window opened (workspaceContains: the gold file), not this test
    await waitFor('activation by the workspace', () => ext.isActive, 120000);
    const activeAt = Date.now();
    await sleep(2000);
    const uri = writeNote('notes/bench-5000.txt', benchText());
    const engineBefore = (await testState()).engine.state;
    assert.ok(engineBefore === 'loading' || engineBefore === 'ready', `the model started loading when the window opened (engine: ${engineBefore})`);
    const { t0, shownAt, editor } = await open(uri);
    const { first, timings } = await firstDecorations(editor.document, t0, shownAt);
    const load = first.engine.lastLoad!;
    writeResult({
      model: process.env.CLINICAL_NER_BENCH_MODEL ?? first.engine.model,
      openedAfterActivationMs: t0 - activeAt,
      engineWhenOpened: engineBefore,
      // the model's load (the warm-up annotation that follows it is not in it)
      engineLoad: { startedBeforeOpenMs: t0 - load.startedAt, loadMs: load.finishedAt! - load.startedAt },
      ...timings,
    });
  });

  only('new-workspace')('measures opening, keystroke-to-decoration latency and host memory on a 5,000-word note in a new workspace', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    await sleep(1500);
    const idle = (await testState()).memory;
    assert.equal((await testState()).engine.state, 'idle', 'no model loaded yet');

    const text = benchText();
    const uri = writeNote('notes/bench-5000.txt', text);
    const { t0, shownAt, editor } = await open(uri);
    const document = editor.document;
    const { first, timings } = await firstDecorations(document, t0, shownAt);
    const load = first.engine.lastLoad!;
    await sleep(1500);
    const loaded = (await testState(uri)).memory;

    const debounceMs = vscode.workspace.getConfiguration('clinicalNer').get<number>('debounceMs', 400);
    const single: number[] = [];
    const annotated: number[] = [];
    for (let i = 0; i < 8; i++) {
      const offset = Math.floor(((i + 0.5) / 8) * document.getText().length);
      await editor.edit((b) => b.insert(document.positionAt(offset), ' '));
      const s = await settled(document, 120000);
      single.push(s.render!.at - s.lastEditAt!);
      annotated.push(s.lastRun!.annotatedSentences);
      await sleep(100);
    }
    // a burst of typing: 20 keystrokes 60 ms apart, then the pause
    const at = document.getText().indexOf('.', Math.floor(document.getText().length / 2));
    let typed = 0;
    for (const ch of ' Nega febbre e tosse') {
      await editor.edit((b) => b.insert(document.positionAt(at + typed), ch));
      typed++;
      await sleep(60);
    }
    const burst = await settled(document, 120000);

    writeResult({
      model: process.env.CLINICAL_NER_BENCH_MODEL ?? first.engine.model,
      words: text.split(/\s+/).filter(Boolean).length,
      characters: text.length,
      sentences: first.lastRun!.sentences,
      entities: first.entities.length,
      debounceMs,
      // the engine is not loaded when the note opens: its warm-up is in these times
      ...timings,
      engineLoad: { startsAfterOpenMs: load.startedAt - t0, loadMs: load.finishedAt! - load.startedAt },
      keystrokeToDecorationsMs: { median: median(single), max: Math.max(...single), all: single },
      afterDebounceMs: { median: median(single) - debounceMs, max: Math.max(...single) - debounceMs },
      sentencesReannotatedPerKeystroke: annotated,
      burstOf20KeystrokesLastToDecorationsMs: burst.render!.at - burst.lastEditAt!,
      memoryMB: {
        activeWithoutModel: { rss: mb(idle.rss), heapUsed: mb(idle.heapUsed), external: mb(idle.external) },
        withModelAndNote: { rss: mb(loaded.rss), heapUsed: mb(loaded.heapUsed), external: mb(loaded.external) },
        rssIncrease: mb(loaded.rss - idle.rss),
      },
    });
  });
});
