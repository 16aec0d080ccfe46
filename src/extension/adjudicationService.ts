import * as vscode from 'vscode';
import { agreedDecisions, candidateSpans, isResolved, resolutionDecisions } from '../gold/adjudication/adjudicationDecisions';
import { adjudicationPlan, type Disagreement } from '../gold/adjudication/disagreements';
import type { AnnotatedSpan } from '../gold/formats/annotatedDocument';
import { GoldStore } from '../gold/goldStore';
import { documentUri } from './documentEligibility';
import type { GoldService } from './goldService';
import { toRange } from './rangeConversion';
import type { OverlaySpan, SpanOverlayProvider } from './spanOverlay';

/** Where an adjudication stands (for the status bar, the commands' results and the test state). */
export interface AdjudicationProgress {
  a: string;
  b: string;
  file: string;
  total: number;
  resolved: number;
  /** The disagreement on screen, undefined once all are settled. */
  current?: Disagreement;
}

interface Session {
  a: string;
  b: string;
  store: GoldStore;
  texts: Map<string, string>;
  disagreements: Disagreement[];
  /** The unsettled disagreements, in the order they are shown (a skipped one goes last). */
  queue: Disagreement[];
  document?: vscode.TextDocument;
}

/**
 * Adjudication of two annotators of the workspace gold file into an adjudicated gold file: what
 * they agree on is written at once, then each disagreement is shown in its note (A's spans with
 * a solid line under, B's with a dashed line over, both in the hover) to be settled by taking A,
 * taking B or composing from both. Every resolution is written at once, and the progress is read
 * back from the adjudicated file, so stopping and starting again resumes where it was.
 */
export class AdjudicationService implements SpanOverlayProvider, vscode.Disposable {
  private session: Session | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly item = vscode.window.createStatusBarItem('clinicalNer.adjudication', vscode.StatusBarAlignment.Left, 49);

  constructor(private readonly gold: GoldService) {
    this.item.name = 'Clinical NER adjudication';
    this.item.command = 'clinicalNer.stopAdjudication';
    void vscode.commands.executeCommand('setContext', 'clinicalNer.adjudicating', false);
  }

  get active(): boolean {
    return this.session !== undefined;
  }

  progress(): AdjudicationProgress | undefined {
    const s = this.session;
    if (!s) return undefined;
    const current = s.queue[0];
    return { a: s.a, b: s.b, file: s.store.path, total: s.disagreements.length, resolved: s.disagreements.length - s.queue.length, ...(current ? { current } : {}) };
  }

  /** Starts (or resumes) adjudicating `a` and `b` into `file`; shows the first disagreement left. */
  async start(a: string, b: string, file: string): Promise<AdjudicationProgress> {
    await this.gold.flushNow();
    const docs = this.gold.allDocuments();
    const plan = adjudicationPlan(docs, a, b);
    const store = await GoldStore.open(file);
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    const time = new Date().toISOString();
    for (const { docId, text, spans } of plan.agreed) {
      const adjudicated = store.getDocument(docId);
      if (adjudicated && adjudicated.text !== text) throw new Error(`${file} has ${docId} with another text; adjudicate into another file`);
      for (const d of agreedDecisions(spans, adjudicated, { text, adjudicator: this.gold.annotator, time })) store.recordDecision(docId, text, d);
    }
    await store.flush();
    const queue = plan.disagreements.filter((d) => !isResolved(d, store.getDocument(d.docId)));
    this.session = { a, b, store, texts, disagreements: plan.disagreements, queue };
    await vscode.commands.executeCommand('setContext', 'clinicalNer.adjudicating', true);
    await this.showCurrent();
    return this.progress()!;
  }

  /** Settles the disagreement on screen with `chosen` spans (A's, B's, or a choice among both) and shows the next. */
  async resolve(chosen: (d: Disagreement) => readonly AnnotatedSpan[]): Promise<AdjudicationProgress | undefined> {
    const s = this.session;
    const current = s?.queue[0];
    if (!s || !current) return this.progress();
    const text = s.texts.get(current.docId)!;
    for (const d of resolutionDecisions(current, chosen(current), { text, adjudicator: this.gold.annotator, time: new Date().toISOString() })) {
      s.store.recordDecision(current.docId, text, d);
    }
    await s.store.flush();
    s.queue.shift();
    await this.showCurrent();
    return this.progress();
  }

  /** Leaves the disagreement on screen for later (it comes back after the others). */
  async skip(): Promise<AdjudicationProgress | undefined> {
    const s = this.session;
    if (s && s.queue.length > 1) s.queue.push(s.queue.shift()!);
    await this.showCurrent();
    return this.progress();
  }

  async stop(): Promise<void> {
    this.session = undefined;
    this.item.hide();
    await vscode.commands.executeCommand('setContext', 'clinicalNer.adjudicating', false);
    this.emitter.fire();
  }

  textOf(docId: string): string {
    return this.session?.texts.get(docId) ?? '';
  }

  candidates(): AnnotatedSpan[] {
    const current = this.session?.queue[0];
    return current ? candidateSpans(current) : [];
  }

  overlaysFor(document: vscode.TextDocument): OverlaySpan[] {
    const s = this.session;
    const current = s?.queue[0];
    if (!s || !current || s.document?.uri.toString() !== document.uri.toString()) return [];
    const version = (spans: readonly AnnotatedSpan[], overlay: 'versionA' | 'versionB', owner: string): OverlaySpan[] =>
      spans.map((x) => ({ start: x.start, end: x.end, label: x.label, overlay, owner, ...(x.assertion ? { assertion: x.assertion } : {}) }));
    return [...version(current.a, 'versionA', `A: ${s.a}`), ...version(current.b, 'versionB', `B: ${s.b}`)];
  }

  /** Opens the note of the disagreement on screen and selects it, or says that all are settled. */
  private async showCurrent(): Promise<void> {
    const s = this.session!;
    const current = s.queue[0];
    this.emitter.fire();
    if (!current) {
      this.item.text = `$(law) Adjudication done: ${s.disagreements.length} disagreement(s)`;
      this.item.show();
      void vscode.window.showInformationMessage(`Clinical NER: all ${s.disagreements.length} disagreement(s) between ${s.a} and ${s.b} are adjudicated in ${vscode.workspace.asRelativePath(s.store.path, false)}.`);
      return;
    }
    const uri = documentUri(current.docId);
    const text = s.texts.get(current.docId)!;
    const document = uri ? await vscode.workspace.openTextDocument(uri).then((d) => d, () => undefined) : undefined;
    s.document = document && document.getText() === text ? document : await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
    const editor = await vscode.window.showTextDocument(s.document, { preview: false });
    const range = toRange(s.document, current);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    const resolved = s.disagreements.length - s.queue.length;
    const describe = (spans: readonly AnnotatedSpan[]) => (spans.length === 0 ? 'nothing' : spans.map((x) => `${x.label}${x.assertion && x.assertion !== 'present' ? ` (${x.assertion})` : ''} "${text.slice(x.start, x.end)}"`).join(', '));
    this.item.text = `$(law) Adjudication ${resolved}/${s.disagreements.length} · A ${s.a} · B ${s.b}`;
    this.item.tooltip = `${current.docId}\nA (${s.a}): ${describe(current.a)}\nB (${s.b}): ${describe(current.b)}\nkeys: a take A · b take B · e edit · s skip · Esc stop (click to stop)`;
    this.item.show();
    this.emitter.fire();
  }

  dispose(): void {
    this.item.dispose();
    this.emitter.dispose();
  }
}
