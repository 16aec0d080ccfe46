import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_NOTE_EXCLUDE, DEFAULT_NOTE_INCLUDE } from '../engine/batch/noteGlobs';
import { ALL_LAYERS, type LayerSource } from '../engine/pipeline/nerPipeline';

export const SECTION = 'clinicalNer';

/** The `clinicalNer.*` settings, read once per change. */
export interface ExtensionConfig {
  /** Empty: the bundled default model. */
  modelPath: string;
  sources: LayerSource[];
  minScore: number;
  languages: string[];
  include: string[];
  exclude: string[];
  debounceMs: number;
  goldFile: string;
  annotator: string;
  /** Where adjudication writes the gold it settles. */
  adjudicatedFile: string;
}

function readConfig(): ExtensionConfig {
  const c = vscode.workspace.getConfiguration(SECTION);
  const sources = c.get<string[]>('sources', [...ALL_LAYERS]).filter((s): s is LayerSource => (ALL_LAYERS as readonly string[]).includes(s));
  return {
    modelPath: c.get<string>('modelPath', '').trim(),
    sources,
    minScore: clamp(c.get<number>('minScore', 0), 0, 1),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown']),
    include: c.get<string[]>('include', [...DEFAULT_NOTE_INCLUDE]),
    exclude: c.get<string[]>('exclude', [...DEFAULT_NOTE_EXCLUDE]),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 400)),
    goldFile: c.get<string>('goldFile', '.clinical-ner/gold.jsonl').trim() || '.clinical-ner/gold.jsonl',
    annotator: c.get<string>('annotator', '').trim() || safeUserName(),
    adjudicatedFile: c.get<string>('adjudicatedFile', '.clinical-ner/adjudicated.jsonl').trim() || '.clinical-ner/adjudicated.jsonl',
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? value : min));
}

function safeUserName(): string {
  try {
    return os.userInfo().username || 'annotator';
  } catch {
    return 'annotator';
  }
}

/** Holds the current settings and says which of them a change touched. */
export class ConfigService implements vscode.Disposable {
  private value = readConfig();
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      this.value = readConfig();
      this.emitter.fire(e);
    });
  }

  get current(): ExtensionConfig {
    return this.value;
  }

  /** A path setting resolved against the first workspace folder (`~` is the home folder). */
  resolvePath(setting: string): string | undefined {
    if (!setting) return undefined;
    const expanded = setting.startsWith('~') ? os.homedir() + setting.slice(1) : setting;
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    return root ? path.resolve(root, expanded) : path.resolve(expanded);
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
