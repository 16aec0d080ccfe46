import * as vscode from 'vscode';
import type { Container } from '../container';
import type { EvaluationPageMessage } from '../../gold/metrics/evaluationPage';
import { toRange } from '../rangeConversion';

/**
 * `clinicalNer._testState` (hidden from the palette): what the integration tests may look at, for
 * a document URI (default: the active editor's). Tests read state only through this.
 */
export function registerTestStateCommand(c: Container): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('clinicalNer._testState', (uriArg?: string | vscode.Uri) => {
      const uri = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : uriArg ?? vscode.window.activeTextEditor?.document.uri;
      const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const session = document && c.tracker.session(document);
      const entities = document && session
        ? c.tracker.allItems(document).map((item) => {
          const range = toRange(document, item);
          return {
            start: item.start,
            end: item.end,
            range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
            text: item.text,
            label: item.label,
            state: item.state,
            origin: item.origin,
            score: item.score,
            source: item.source,
            assertion: item.assertion,
            code: item.code,
            visible: item.state !== 'rejected' && (item.origin === 'gold' || (item.score ?? 1) >= c.config.current.minScore),
            decoration: c.decorations.describeStyle(c.decorations.styleKeyOf(item) ?? ''),
          };
        })
        : [];
      const render = document ? c.decorations.lastRender.get(document.uri.toString()) : undefined;
      const overlays = document ? [c.otherAnnotator, c.adjudication].flatMap((o) => o.overlaysFor(document)).map((o) => ({ ...o, text: document.getText(toRange(document, o)), decoration: c.decorations.describeStyle(`${o.label}.${o.overlay}`) })) : [];
      const adjudication = c.adjudication.progress();
      const engine = c.engine.state;
      return {
        uri: uri?.toString(),
        tracked: !!session,
        docId: session?.docId,
        version: document?.version,
        annotatedVersion: session?.annotatedVersion,
        annotating: !!(session?.running || session?.timer),
        lastRun: session?.lastRun,
        lastEditAt: session?.lastEditAt,
        discardedResults: session?.discardedResults ?? 0,
        render,
        firstDrawnAt: session?.firstDrawnAt,
        entities,
        tree: c.tree.content(),
        notes: c.notes.content(),
        overlays,
        otherAnnotator: c.otherAnnotator.shown,
        adjudication: adjudication && { ...adjudication, current: adjudication.current && { docId: adjudication.current.docId, start: adjudication.current.start, end: adjudication.current.end, a: adjudication.current.a, b: adjudication.current.b } },
        annotator: c.gold.annotator,
        done: session ? c.gold.isDone(session.docId) : undefined,
        statusBar: { text: c.statusBar.text, tooltip: c.statusBar.tooltip },
        engine: { state: engine.kind, model: engine.kind === 'ready' ? engine.info.modelName : undefined, sources: engine.kind === 'ready' ? engine.info.sources : undefined, lastLoad: c.engine.lastLoad },
        reviewMode: c.reviewMode.active,
        undoSize: c.review.undoSize,
        goldFile: c.gold.file,
        lastError: c.engine.lastError,
        lastGoldWarning: c.gold.lastWarning,
        memory: process.memoryUsage(),
      };
    }),
    vscode.commands.registerCommand('clinicalNer._crashEngineForTesting', () => c.engine.crashForTesting()),
    vscode.commands.registerCommand('clinicalNer._flushGoldForTesting', async () => {
      await c.gold.flushNow();
      await c.notes.updated();
    }),
    // the evaluation webview: its page, and a click on it (a message as its script posts it; `target` replaces the save dialog)
    vscode.commands.registerCommand('clinicalNer._evaluationPanelForTesting', async (arg?: { message?: EvaluationPageMessage; target?: string }) => {
      const written = arg?.message ? await c.evaluationPanel.handle(arg.message, arg.target ? vscode.Uri.file(arg.target) : undefined) : undefined;
      return { ...c.evaluationPanel.describe(), written, model: c.evaluationPanel.shown?.run.model };
    }),
  ];
}
