import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'clinical-ner.clinical-ner';

export interface EntityState {
  start: number;
  end: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  label: 'PROBLEM' | 'TEST' | 'TREATMENT';
  state: 'suggested' | 'accepted' | 'stale' | 'rejected';
  origin: 'gold' | 'suggestion';
  score?: number;
  source: string[];
  assertion?: string;
  code?: string;
  visible: boolean;
  /** How its decoration type draws it (undefined when it is not drawn). */
  decoration?: { border?: string; letter?: string; badge?: string };
}

export interface TestState {
  uri?: string;
  tracked: boolean;
  docId?: string;
  version?: number;
  annotatedVersion?: number;
  annotating: boolean;
  lastRun?: { version: number; startedAt: number; finishedAt: number; sentences: number; annotatedSentences: number; storedIn?: string; covered?: { start: number; end: number } };
  lastEditAt?: number;
  discardedResults: number;
  render?: { version: number; at: number; ranges: number };
  firstDrawnAt?: { visiblePart?: number; document?: number };
  entities: EntityState[];
  tree: { filter: string; groups: { label: string; total: number; reviewed: number; items: { text: string; line: number; score?: number; state: string }[] }[] };
  notes: { sort: string; notes: { id: string; status: 'notStarted' | 'inProgress' | 'done'; reviewed: number; total?: number }[] };
  /** Spans drawn over the reviewer's: another annotator's (`other`), versions being adjudicated (`versionA`, `versionB`). */
  overlays: { start: number; end: number; label: string; overlay: string; owner: string; text: string; decoration?: { border?: string; letter?: string; badge?: string } }[];
  otherAnnotator?: string;
  adjudication?: AdjudicationState;
  annotator: string;
  done?: boolean;
  statusBar: { text: string; tooltip: string };
  engine: { state: string; model?: string; sources?: string[]; lastLoad?: { startedAt: number; finishedAt?: number } };
  reviewMode: boolean;
  undoSize: number;
  goldFile: string;
  lastError?: string;
  lastGoldWarning?: string;
  memory: NodeJS.MemoryUsage;
}

export interface AdjudicationState {
  a: string;
  b: string;
  file: string;
  total: number;
  resolved: number;
  current?: { docId: string; start: number; end: number; a: { start: number; end: number; label: string }[]; b: { start: number; end: number; label: string }[] };
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run in a workspace');
  return folder.uri.fsPath;
}

export async function testState(uri?: vscode.Uri): Promise<TestState> {
  return (await vscode.commands.executeCommand('clinicalNer._testState', uri?.toString())) as TestState;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      last = value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(20);
  }
}

/** Writes a note into the workspace (a fresh file per test keeps tests independent). */
export function writeNote(relative: string, text: string): vscode.Uri {
  const file = path.join(workspaceRoot(), relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

/** Opens a note in an editor and waits until its entities for this version are decorated. */
export async function openAnnotated(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; state: TestState }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  const state = await settled(editor.document);
  return { editor, state };
}

/** Waits until the engine's result for the document's current version is applied and drawn. */
export async function settled(document: vscode.TextDocument, timeoutMs = 30000): Promise<TestState> {
  return waitFor(`annotation of ${path.basename(document.uri.fsPath)} v${document.version}`, async () => {
    const s = await testState(document.uri);
    return s.annotatedVersion === document.version && !s.annotating && s.render && s.render.version === document.version && s.render.at >= (s.lastRun?.finishedAt ?? 0) ? s : undefined;
  }, timeoutMs);
}

/** Waits for the state after a review action has been applied and drawn. */
export async function drawn(document: vscode.TextDocument, check: (s: TestState) => boolean, what = 'the review state'): Promise<TestState> {
  return waitFor(what, async () => {
    const s = await testState(document.uri);
    return check(s) ? s : undefined;
  });
}

export function entity(state: TestState, text: string, label?: string): EntityState {
  const found = state.entities.find((e) => e.text === text && (!label || e.label === label));
  assert.ok(found, `entity "${text}" in ${JSON.stringify(state.entities.map((e) => `${e.text}:${e.label}:${e.state}`))}`);
  return found;
}

export function select(editor: vscode.TextEditor, start: number, end = start): void {
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
}

export interface GoldLine {
  id: string;
  text: string;
  textHash: string;
  decisions: { kind: string; start: number; end: number; label: string; text: string; annotator: string; time: string; assertion?: string; code?: string; original?: { start: number; end: number; label: string } }[];
  done?: { annotator: string; time: string }[];
}

/** The gold file as written (after the pending write has happened). */
export async function readGold(): Promise<{ lines: string[]; docs: GoldLine[] }> {
  await vscode.commands.executeCommand('clinicalNer._flushGoldForTesting');
  const file = (await testState()).goldFile;
  const content = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  const docs = lines.flatMap((l) => {
    try {
      return [JSON.parse(l) as GoldLine];
    } catch {
      return [];
    }
  });
  return { lines, docs };
}

/** Imports a colleague's annotations of a note (a Label Studio file of theirs), as their own decisions. */
export async function importColleague(annotator: string, id: string, text: string, spans: [words: string, label: string][]): Promise<void> {
  const result = spans.map(([words, label], i) => ({ id: `r${i}`, type: 'labels', value: { start: text.indexOf(words), end: text.indexOf(words) + words.length, text: words, labels: [label] } }));
  const file = path.join(workspaceRoot(), 'imports', `${annotator}-${path.basename(id)}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify([{ data: { text, doc_id: id }, annotations: [{ completed_by: { email: annotator }, result }] }]));
  await vscode.commands.executeCommand('clinicalNer.importAnnotations', { format: 'label-studio', path: file });
}

export async function goldDoc(id: string): Promise<GoldLine | undefined> {
  return (await readGold()).docs.find((d) => d.id === id);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Asks the runner for a screenshot named `name` (saved as NAME.png next to its --screenshot file)
 * and waits until it is taken. False when the run takes no screenshots.
 */
export async function screenshotFrame(name: string): Promise<boolean> {
  const dir = process.env.VSCODE_IT_SHOT_DIR;
  if (!dir) return false;
  await vscode.commands.executeCommand('notifications.clearAll');
  fs.writeFileSync(path.join(dir, `ready-${name}`), '');
  await waitFor(`screenshot ${name}`, () => fs.existsSync(path.join(dir, `done-${name}`)), 30000);
  return true;
}
