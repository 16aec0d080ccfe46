// Runs only under VSCODE_IT_BENCH (scripts/bench-extension.js), in the extension host itself, so
// process.memoryUsage() is the host's (the engine's worker thread included).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import { clinicalText } from '../../bench/benchNotes';
import { EXTENSION_ID, settled, sleep, testState, writeNote } from './testSupport';

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('benchmark', function () {
  this.timeout(600000);

  it('measures keystroke-to-decoration latency and host memory on a 5,000-word note', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    console.log('bench: activating');
    await ext.activate();
    console.log('bench: active');
    await sleep(1500);
    const idle = (await testState()).memory;
    assert.equal((await testState()).engine.state, 'idle', 'no model loaded yet');

    // the project's notes (npm run bench:extension compiles them), sentences the engine has not seen
    const text = `${clinicalText(5000, ext.extensionPath)}\n`;
    const uri = writeNote('notes/bench-5000.txt', text);
    const t0 = Date.now();
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    console.log('bench: note open');
    const first = await settled(document, 300000);
    console.log('bench: first annotation done');
    const load = first.engine.lastLoad!;
    const drawnAt = first.firstDrawnAt!;
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
    const burstMs = burst.render!.at - burst.lastEditAt!;

    const result = {
      model: process.env.CLINICAL_NER_BENCH_MODEL ?? (await testState(uri)).engine.model,
      engineModel: (await testState(uri)).engine.model,
      words: text.split(/\s+/).filter(Boolean).length,
      characters: text.length,
      sentences: first.lastRun!.sentences,
      entities: first.entities.length,
      debounceMs,
      // from opening the note (engine not loaded yet) to decorations: the engine's warm-up is counted
      openToVisibleDecorationsMs: (drawnAt.visiblePart ?? drawnAt.document!) - t0,
      openToAllDecorationsMs: drawnAt.document! - t0,
      engineWarmUpMs: { startsAfterOpenMs: load.startedAt - t0, loadMs: load.finishedAt! - load.startedAt },
      keystrokeToDecorationsMs: { median: median(single), max: Math.max(...single), all: single },
      afterDebounceMs: { median: median(single) - debounceMs, max: Math.max(...single) - debounceMs },
      sentencesReannotatedPerKeystroke: annotated,
      burstOf20KeystrokesLastToDecorationsMs: burstMs,
      memoryMB: {
        activeWithoutModel: { rss: mb(idle.rss), heapUsed: mb(idle.heapUsed), external: mb(idle.external) },
        withModelAndNote: { rss: mb(loaded.rss), heapUsed: mb(loaded.heapUsed), external: mb(loaded.external) },
        rssIncrease: mb(loaded.rss - idle.rss),
      },
      node: process.versions.node,
      cpus: os.cpus().length,
    };
    console.log('bench:', JSON.stringify(result));
    if (process.env.VSCODE_IT_BENCH_OUT) fs.writeFileSync(process.env.VSCODE_IT_BENCH_OUT, JSON.stringify(result, null, 2));
  });
});
