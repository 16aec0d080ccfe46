import * as vscode from 'vscode';
import type { Disagreement } from '../../gold/adjudication/disagreements';
import type { AnnotatedSpan } from '../../gold/formats/annotatedDocument';
import type { AdjudicationProgress } from '../adjudicationService';
import type { Container } from '../container';

export interface AdjudicateArgs {
  a?: string;
  b?: string;
  /** The adjudicated gold file (default `clinicalNer.adjudicatedFile`). */
  file?: string;
}

/**
 * "Adjudicate Disagreements…" (start or resume) and the keys that settle what is on screen: take
 * A, take B, edit (a choice among both versions; `{keep: [i…]}` picks candidates by index without
 * the quick pick), skip, stop. Each returns the progress.
 */
export function registerAdjudicationCommands(c: Container): vscode.Disposable[] {
  const whileActive = (action: () => Promise<AdjudicationProgress | undefined>) => () => {
    if (!c.adjudication.active) {
      void vscode.window.setStatusBarMessage('Clinical NER: no adjudication under way; run "Adjudicate Disagreements…"', 3000);
      return undefined;
    }
    return action();
  };
  return [
    vscode.commands.registerCommand('clinicalNer.adjudicate', async (arg?: AdjudicateArgs) => {
      await c.gold.ready();
      const pair = arg?.a && arg.b ? { a: arg.a, b: arg.b } : await pickPair(c.gold.allAnnotators());
      if (!pair) return undefined;
      await c.reviewMode.set(false);
      const file = arg?.file ?? c.config.resolvePath(c.config.current.adjudicatedFile) ?? c.config.current.adjudicatedFile;
      try {
        return await c.adjudication.start(pair.a, pair.b, file);
      } catch (error) {
        void vscode.window.showErrorMessage(`Clinical NER: cannot adjudicate: ${(error as Error).message}`);
        return undefined;
      }
    }),
    vscode.commands.registerCommand('clinicalNer.adjudicationTakeA', whileActive(() => c.adjudication.resolve((d: Disagreement) => d.a))),
    vscode.commands.registerCommand('clinicalNer.adjudicationTakeB', whileActive(() => c.adjudication.resolve((d: Disagreement) => d.b))),
    vscode.commands.registerCommand('clinicalNer.adjudicationEdit', (arg?: { keep?: number[] }) => whileActive(async () => {
      const candidates = c.adjudication.candidates();
      const kept = arg?.keep ? arg.keep.flatMap((i) => (candidates[i] ? [candidates[i]!] : [])) : await pickSpans(c, candidates);
      return kept ? c.adjudication.resolve(() => kept) : c.adjudication.progress();
    })()),
    vscode.commands.registerCommand('clinicalNer.adjudicationSkip', whileActive(() => c.adjudication.skip())),
    vscode.commands.registerCommand('clinicalNer.stopAdjudication', async () => {
      await c.adjudication.stop();
      return undefined;
    }),
  ];
}

async function pickPair(annotators: string[]): Promise<{ a: string; b: string } | undefined> {
  if (annotators.length < 2) {
    void vscode.window.showInformationMessage('Clinical NER: adjudication needs two annotators in the gold file.');
    return undefined;
  }
  if (annotators.length === 2) return { a: annotators[0]!, b: annotators[1]! };
  const a = await vscode.window.showQuickPick(annotators, { title: 'Adjudicate: first annotator (A)' });
  const b = a && (await vscode.window.showQuickPick(annotators.filter((x) => x !== a), { title: `Adjudicate ${a} (A) against… (B)` }));
  return a && b ? { a, b } : undefined;
}

/** A multi-select of both versions' spans, A's preselected; undefined when dismissed. */
async function pickSpans(c: Container, candidates: AnnotatedSpan[]): Promise<AnnotatedSpan[] | undefined> {
  const progress = c.adjudication.progress();
  const current = progress?.current;
  if (!progress || !current) return undefined;
  const text = c.adjudication.textOf(current.docId);
  const side = (s: AnnotatedSpan) => [current.a.includes(s) ? 'A' : '', current.b.includes(s) ? 'B' : ''].filter(Boolean).join('+');
  const items = candidates.map((span) => ({
    label: `${side(span)} · ${span.label} "${text.slice(span.start, span.end)}"`,
    description: span.assertion && span.assertion !== 'present' ? span.assertion : undefined,
    picked: current.a.includes(span),
    span,
  }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: `Keep which spans? (${progress.a} = A, ${progress.b} = B; none = neither)` });
  return picked?.map((p) => p.span);
}
