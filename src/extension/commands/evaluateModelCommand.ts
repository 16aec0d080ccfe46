import * as path from 'node:path';
import * as vscode from 'vscode';
import { annotateBatch, type BatchResult } from '../../engine/batch/batchAnnotator';
import type { SuggestionOutput } from '../../engine/batch/suggestionFile';
import type { Entity } from '../../engine/entity';
import { ALL_LAYERS } from '../../engine/pipeline/nerPipeline';
import { DEFAULT_MODEL_NAME } from '../../engine/pipeline/defaultModel';
import { goldScoredDocument } from '../../gold/metrics/goldScoredDocument';
import { evaluate, type Evaluation } from '../../gold/metrics/evaluate';
import type { EvaluationRunInfo } from '../../gold/metrics/evaluationPage';
import type { ScoredDocument } from '../../gold/metrics/scoredDocument';
import type { Container } from '../container';

export interface EvaluateModelArgs {
  /** `default` (the bundled model), `configured` (clinicalNer.modelPath), or a model folder path. */
  model?: 'default' | 'configured' | string;
  /** Open the report (default true). */
  show?: boolean;
}

interface ModelChoice {
  name: string;
  /** undefined: the bundled default. */
  dir: string | undefined;
}

/**
 * "Evaluate Model Against Gold": runs a model over every document of the workspace gold file
 * (texts from the gold file), scores it with gold/metrics and shows the report in a webview.
 * Returns the evaluation (for tests and other extensions).
 */
export function registerEvaluateModelCommand(c: Container): vscode.Disposable {
  return vscode.commands.registerCommand('clinicalNer.evaluateModel', async (arg?: EvaluateModelArgs): Promise<{ evaluation: Evaluation; run: EvaluationRunInfo } | undefined> => {
    const model = await chooseModel(c, arg?.model);
    if (!model) return undefined;
    await c.gold.ready();
    await c.gold.flushNow();
    const goldDocuments = c.gold.ownDocuments();
    if (goldDocuments.length === 0) {
      void vscode.window.showWarningMessage(`Clinical NER: the gold file ${c.gold.file} has no reviewed note yet; review a note first.`);
      return undefined;
    }
    let staleSpans = 0;
    const gold: ScoredDocument[] = goldDocuments.map((doc) => {
      const scored = goldScoredDocument(doc);
      staleSpans += scored.staleSpans;
      return scored.document;
    });
    const withText = goldDocuments.filter((d) => typeof d.text === 'string');
    const { sources } = c.config.current;
    const predicted = new Map<string, Entity[]>();
    const output: SuggestionOutput = { done: new Set(), append: (line) => { const r = JSON.parse(line) as { id: string; entities: Entity[] }; predicted.set(r.id, r.entities); }, close: () => undefined };
    const started = Date.now();
    let result: BatchResult;
    try {
      result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Clinical NER: evaluating ${model.name} on ${withText.length} gold note(s)`, cancellable: true },
        (progress, token) => {
          const controller = new AbortController();
          token.onCancellationRequested(() => controller.abort());
          let reported = 0;
          return annotateBatch(withText.map((d) => ({ id: d.id, load: () => d.text })), output, {
            modelDir: model.dir,
            pipelineOptions: { sources: ALL_LAYERS.every((s) => sources.includes(s)) ? undefined : sources },
            signal: controller.signal,
            onProgress: (p) => {
              progress.report({ increment: ((p.done - reported) / p.total) * 100, message: `${p.done}/${p.total} notes` });
              reported = p.done;
            },
          });
        },
      );
    } catch (error) {
      void vscode.window.showErrorMessage(`Clinical NER: cannot evaluate ${model.name}: ${(error as Error).message}`);
      return undefined;
    }
    if (result.aborted) return undefined;
    if (result.failed.length > 0) {
      void vscode.window.showWarningMessage(`Clinical NER: ${result.failed.length} note(s) could not be annotated and count as predicting nothing: ${result.failed.slice(0, 3).map((f) => `${f.id} (${f.message})`).join(', ')}`);
    }
    const pred: ScoredDocument[] = [...predicted].map(([id, entities]) => ({ id, entities }));
    const evaluation = evaluate(gold, pred);
    const run: EvaluationRunInfo = {
      model: result.pipeline?.modelName ?? model.name,
      modelDir: result.pipeline?.modelDir ?? model.dir,
      sources: result.pipeline?.sources ?? [],
      goldFile: vscode.workspace.asRelativePath(c.gold.file, false),
      withoutText: goldDocuments.length - withText.length,
      staleSpans,
      elapsedMs: Date.now() - started,
    };
    if (arg?.show !== false) c.evaluationPanel.show({ evaluation, run });
    return { evaluation, run };
  });
}

async function chooseModel(c: Container, wanted: EvaluateModelArgs['model']): Promise<ModelChoice | undefined> {
  const configured = c.config.current.modelPath ? c.config.resolvePath(c.config.current.modelPath) : undefined;
  if (wanted === 'default') return { name: DEFAULT_MODEL_NAME, dir: undefined };
  if (wanted === 'configured') return configured ? { name: path.basename(configured), dir: configured } : { name: DEFAULT_MODEL_NAME, dir: undefined };
  if (wanted) return { name: path.basename(wanted), dir: c.config.resolvePath(wanted) };
  type Item = vscode.QuickPickItem & { choice?: ModelChoice };
  const items: Item[] = [
    { label: '$(package) Bundled default model', description: DEFAULT_MODEL_NAME, choice: { name: DEFAULT_MODEL_NAME, dir: undefined } },
    ...(configured ? [{ label: '$(gear) Configured model', description: configured, choice: { name: path.basename(configured), dir: configured } }] : []),
    { label: '$(folder-opened) Choose a model folder…' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Clinical NER: model to evaluate against the gold file' });
  if (!picked) return undefined;
  if (picked.choice) return picked.choice;
  const folder = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Evaluate this model', title: 'Model folder (model.onnx, config.json, tokenizer)' }))?.[0];
  return folder ? { name: path.basename(folder.fsPath), dir: folder.fsPath } : undefined;
}
